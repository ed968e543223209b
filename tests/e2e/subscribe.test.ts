import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { templateIdOf } from '../../cloudfunctions/shared/subscribeTemplates';
import { eventually } from '../support/eventually';
import { actAs, useH5App } from '../support/h5App';
import { unusedAcceptances } from '../support/subscribeConsent';
import { takeSubscribeOutsideTap } from '../support/subscribeViolations';

/**
 * Subscribe messages in the browser as on WeChat: a page may ask only
 * synchronously inside a tap (the H5 build checks the browser's live user
 * activation and the tap being dispatched), each acceptance lets the server
 * send one message, and a page that asks anywhere else fails the test.
 */
const app = useH5App();

it('写留言 asks for the reply notice in the tap on 发送留言, so the reply reaches the resident', async () => {
  const url = app().cloud.cloud.url;
  const resident = await app().browser.newPage();
  await actAs(app(), resident, '王秀英');
  // The page loads the reply notice's template id as it opens (a person takes longer to type than that).
  const templatesLoaded = resident.waitForResponse((response) => response.url().endsWith('/cloud/messages'));
  await resident.goto(`${url}/packages/console/message-new/index`);
  await templatesLoaded;
  const question = '村卫生室周末开门吗？';
  await resident.locator('.gt-cs-new__text textarea').fill(question);
  const before = (await unusedAcceptances(url, 'demo-resident-wang'))[templateIdOf('messageReply')] ?? 0;
  await resident.locator('.gt-button', { hasText: '发送留言' }).click();
  await resident.locator('.gt-cs-detail .gt-cs__text', { hasText: question }).waitFor();
  expect((await unusedAcceptances(url, 'demo-resident-wang'))[templateIdOf('messageReply')]).toBe(before + 1);

  const [stored] = await app().cloud.cloud.store.find('messages', { text: question });
  const reply = await app().cloud.call('demo-staff-hubin', 'messages', 'reply', {
    messageId: String(stored._id),
    opId: 'e2e-reply-00000001',
    text: '周六上午开门。',
    photos: [],
  });
  expect(reply.ok).toBe(true);
  expect(
    app()
      .cloud.cloud.outbox()
      .filter((m) => m.touser === 'demo-resident-wang' && m.page?.endsWith(`?id=${String(stored._id)}`)),
  ).toHaveLength(1);
});

it('a tap on 接收新诉求和超期提醒 allows one task notice; the same request from a script is refused and reported', async () => {
  const url = app().cloud.cloud.url;
  const page = await app().browser.newPage();
  await actAs(app(), page, '汪德华');
  await page.goto(`${url}/packages/requests/inbox/index`);
  const button = page.locator('.gt-inbox__subscribe');
  await button.click();
  await eventually(async () => expect(await unusedAcceptances(url, 'demo-grid-wang')).toEqual({ [templateIdOf('requestTask')]: 1 }));

  // No user gesture: a click a script dispatches (untrusted, no user activation).
  await button.dispatchEvent('click');
  await eventually(() => expect(takeSubscribeOutsideTap()).toEqual([expect.stringContaining('can only be invoked by user TAP gesture')]));
  expect(await unusedAcceptances(url, 'demo-grid-wang')).toEqual({ [templateIdOf('requestTask')]: 1 });
});

it('no page calls requestSubscribeMessage itself: only the subscribe service, whose H5 side enforces the tap', () => {
  const src = path.resolve(__dirname, '../../src');
  const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => /\.(ts|tsx)$/.test(f));
  const callers = files.filter((f) => /requestSubscribeMessage\s*\(/.test(readFileSync(path.join(src, f), 'utf8')));
  expect(callers.map((f) => f.split(path.sep).join('/'))).toEqual(['services/subscribe/weapp.ts']);
});
