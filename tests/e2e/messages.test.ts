import path from 'node:path';
import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { actAs, useH5App } from '../support/h5App';

/**
 * 留言 in a real browser against the H5 build and the local cloud: a resident
 * leaves a message, staff open and reply (the resident gets a subscribe
 * message), the resident sees the reply; staff turn the message into a 诉求,
 * which is routed to the grid member like any other.
 */
const app = useH5App();

function tap(page: Page, label: string): Promise<void> {
  return page
    .locator('.gt-button', { hasText: new RegExp(`^\\s*${label}\\s*$`) })
    .first()
    .click();
}

type StoredMessage = { _id: string; status: string; ownerId: string | null; requestId: string | null; posts: Array<{ text: string }> };

it('a resident leaves a message, staff reply, the resident sees it; staff turn it into a routed request', async () => {
  const question = '村里的路灯晚上几点关？我家门口那盏一直不亮。';
  const answer = '路灯晚上十一点关，您门口那盏明天安排电工来修。';

  const resident = await app().browser.newPage();
  await actAs(app(), resident, '王秀英');
  await resident.goto(`${app().cloud.cloud.url}/packages/console/messages/index`);
  // Her messages (and with them the reply notice's template) load before she writes.
  await resident.waitForLoadState('networkidle');
  await tap(resident, '写留言');
  await resident.locator('.gt-cs-new__text textarea').fill(question);
  await tap(resident, '发送留言');
  await resident.locator('.gt-cs-detail .gt-cs__text', { hasText: question }).waitFor();
  const [stored] = (await app().cloud.cloud.store.find('messages', { text: question })) as unknown as StoredMessage[];
  expect(stored).toEqual(expect.objectContaining({ status: 'waiting', ownerId: null }));

  const staff = await app().browser.newPage();
  await actAs(app(), staff, '李大毛');
  await staff.goto(`${app().cloud.cloud.url}/packages/console/staff-messages/index`);
  await staff.locator('.gt-cs__card', { hasText: question }).click();
  // Opening it made 李大毛 its owner (首问负责).
  await staff.locator('.gt-cs-detail .gt-cs__line', { hasText: '首问负责人：李大毛' }).waitFor();
  await staff.locator('.gt-cs-detail__text textarea').fill(answer);
  await tap(staff, '发送答复');
  await staff.locator('.gt-cs-detail .gt-cs__text', { hasText: answer }).waitFor();
  await eventually(() => {
    expect(
      app()
        .cloud.cloud.outbox()
        .some((m) => m.touser === 'demo-resident-wang' && m.page?.includes(stored._id)),
    ).toBe(true);
  });

  await resident.goto(`${app().cloud.cloud.url}/packages/console/messages/index`);
  await resident.locator('.gt-cs__card', { hasText: question }).click();
  await resident.locator('.gt-cs-detail .gt-cs__text', { hasText: answer }).waitFor();
  expect(await resident.locator('.gt-cs-detail .gt-cs__post').count()).toBe(2);

  await tap(staff, '转为诉求');
  await staff.locator('.gt-cs-detail .gt-choices__item', { hasText: '基础设施' }).click();
  await staff.locator('.gt-button', { hasText: '查看诉求办理情况' }).waitFor();
  const [linked] = (await app().cloud.cloud.store.find('messages', { _id: stored._id })) as unknown as StoredMessage[];
  expect(linked.requestId).toBeTruthy();
  const [request] = (await app().cloud.cloud.store.find('requests', { _id: linked.requestId })) as unknown as Array<{
    state: string;
    handler: { name: string } | null;
    sourceMessageId: string;
  }>;
  expect(request).toEqual(
    expect.objectContaining({ state: 'assigned', sourceMessageId: stored._id, handler: expect.objectContaining({ name: '汪德华' }) }),
  );
  await tap(staff, '查看诉求办理情况');
  await staff.locator('.gt-request__state').waitFor();
  expect(await staff.locator('.gt-request__state').innerText()).toContain('已分派');
});

it('staff see the 工作台: the message waiting over 24 hours, the figures and the rankings', async () => {
  await app().cloud.cloud.fireTimer('dashboard', 'refreshStats');
  const staff = await app().browser.newPage();
  await actAs(app(), staff, '李大毛');
  await staff.goto(`${app().cloud.cloud.url}/packages/console/home/index`);
  const home = staff.locator('.gt-cs-home');
  await home.locator('.gt-cs__alert', { hasText: '超过24小时未答复' }).waitFor();
  await home.locator('.gt-cs__line', { hasText: '村里什么时候统一办理新农合缴费' }).waitFor();
  await home.locator('.gt-cs__heading', { hasText: '网格考核排名' }).waitFor();
  // The charts are drawn: bars with a length, each beside its figure.
  // Runs in the page (this file compiles without the DOM typings).
  const widths = (await staff.evaluate(
    `Array.from(document.querySelectorAll('.gt-chart__fill')).map((fill) => fill.getBoundingClientRect().width)`,
  )) as number[];
  expect(widths.length).toBeGreaterThan(0);
  expect(widths.every((w) => w > 0)).toBe(true);
  await staff.screenshot({ path: path.resolve(__dirname, '../../dist/console-home.png'), fullPage: true });
});
