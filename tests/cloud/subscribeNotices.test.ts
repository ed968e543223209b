import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sessionIdOf } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { SUBSCRIBE_TEMPLATES, type TemplateName } from '../../cloudfunctions/shared/subscribeTemplates';
import { DEMO_SERVICE_DAY_ID, demoBookingDate } from '../../localcloud/seed/demoServiceDays';
import { acceptSubscribe } from '../support/subscribeConsent';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { allowTaskNotice, detail, file, key, lastSeq, messagesTo, step } from './support/requests';

/**
 * Every subscribe message the product sends, through the local cloud that
 * checks it as WeChat does: whatever people typed, the values fit their
 * keyword types; each needs the recipient's acceptance; a refusal is kept
 * where staff see it; the template ids and the build a message opens come
 * from the functions' configuration, the same variables the local cloud
 * reads for its template list.
 */
const CONFIGURED: Record<string, string> = {
  REQUEST_PROGRESS_TEMPLATE_ID: 'tmpl-progress-configured',
  REQUEST_TASK_TEMPLATE_ID: 'tmpl-task-configured',
  MESSAGE_REPLY_TEMPLATE_ID: 'tmpl-reply-configured',
  SERVICEDAY_REMINDER_TEMPLATE_ID: 'tmpl-reminder-configured',
  SERVICEDAY_CANCELLED_TEMPLATE_ID: 'tmpl-cancelled-configured',
  SUBSCRIBE_MINIPROGRAM_STATE: 'trial',
};
const saved: Record<string, string | undefined> = {};

let test: TestCloud;
beforeAll(async () => {
  // A deployment's configuration: the functions' environment (the runtime's workers inherit it).
  for (const [name, value] of Object.entries(CONFIGURED)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
  test = await startTestCloud();
});
afterAll(async () => {
  await test.close();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const NASTY_TEXT = `路灯坏了😡😡\n晚上\t出门很危险！！\u200b${'池塘边的垃圾桶倒了，垃圾撒了一地。'.repeat(20)}`.slice(0, 480);

it("uses the configured template ids and build everywhere, and every message passes WeChat's checks whatever was typed", async () => {
  const since = lastSeq(test);
  // 诉求: filed with emoji, line breaks and 480 characters; resolved with the same kind of words.
  expect(dataOf(await test.call('demo-resident-wang', 'requests', 'formOptions', {})).subscribeTemplateIds).toEqual([
    'tmpl-progress-configured',
  ]);
  await allowTaskNotice(test, 'demo-grid-wang');
  const request = await file(test, 'demo-resident-wang', { text: NASTY_TEXT });
  const accepted = await step(test, 'demo-grid-wang', 'accept', request);
  await step(test, 'demo-grid-wang', 'resolve', accepted, { outcome: `已处理👍\n${'回复内容很长。'.repeat(30)}` });
  expect(messagesTo(test, 'demo-resident-wang', since, request.id).map((m) => m.templateId)).toEqual(['tmpl-progress-configured']);
  expect(messagesTo(test, 'demo-grid-wang', since, request.id).map((m) => m.templateId)).toEqual(['tmpl-task-configured']);

  // 督办 from the dashboard (its own function, its own configuration): the request is overdue a month on.
  const late = await file(test, 'demo-resident-wang', { text: '🚧🚧🚧' });
  const remindSince = lastSeq(test);
  await allowTaskNotice(test, 'demo-grid-wang');
  test.cloud.setClockOffset(30 * 86_400_000);
  try {
    dataOf(await test.call('demo-staff-hubin', 'dashboard', 'remind', { requestId: late.id, opId: key('remind') }));
  } finally {
    test.cloud.setClockOffset(0);
  }
  expect(
    messagesTo(test, 'demo-grid-wang', remindSince, late.id).map((m) => [m.functionName, m.data.thing1?.value, m.data.phrase2?.value]),
  ).toEqual([['dashboard', '环境卫生：', '已超期']]);

  // 留言: only emoji; a reply with line breaks.
  const { subscribeTemplateIds: replyIds } = dataOf(await test.call('demo-resident-wang', 'messages', 'mine', {}));
  expect(replyIds).toEqual(['tmpl-reply-configured']);
  await acceptSubscribe(test.cloud.url, 'demo-resident-wang', replyIds);
  const message = dataOf(
    await test.call('demo-resident-wang', 'messages', 'leave', {
      clientKey: key('leave'),
      text: '👍👍👍',
      photos: [],
      publicConsent: false,
    }),
  ).message;
  dataOf(
    await test.call('demo-staff-hubin', 'messages', 'reply', {
      messageId: message.id,
      opId: key('r'),
      text: '收到\n\n我们明天\t去看看😀',
      photos: [],
    }),
  );
  expect(
    messagesTo(test, 'demo-resident-wang', since)
      .filter((m) => m.templateId === 'tmpl-reply-configured')
      .map((m) => m.data),
  ).toEqual([
    {
      thing1: { value: '无' },
      thing2: { value: '收到 我们明天 去看看' },
      thing3: { value: '湖滨村工作人员' },
      time4: { value: expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d$/) },
    },
  ]);

  // 便民服务日: 王秀英 allowed both messages when she booked; the date is cancelled with an emoji and a line break.
  const demoDate = demoBookingDate(new Date());
  const { subscribeTemplateIds: bookingIds } = dataOf(
    await test.call('demo-resident-wang', 'servicedays', 'getSession', { sessionId: sessionIdOf(DEMO_SERVICE_DAY_ID, demoDate) }),
  );
  expect(bookingIds).toEqual(['tmpl-reminder-configured', 'tmpl-cancelled-configured']);
  await acceptSubscribe(test.cloud.url, 'demo-resident-wang', bookingIds);
  const cancelled = dataOf(
    await test.call('demo-staff-township', 'servicedays', 'cancelDate', {
      serviceDayId: DEMO_SERVICE_DAY_ID,
      date: demoDate,
      reason: '停电⚡\n暂停一次',
    }),
  );
  expect(cancelled.notified).toBe(1);
  expect(
    messagesTo(test, 'demo-resident-wang', since)
      .filter((m) => m.templateId === 'tmpl-cancelled-configured')
      .map((m) => m.data.thing3),
  ).toEqual([{ value: '停电⚡ 暂停一次' }]);

  // Every message: the configured build, from each function that sent one, to a page the mini-program has.
  const sent = messagesTo(test, 'demo-resident-wang', since).concat(messagesTo(test, 'demo-grid-wang', since));
  expect(new Set(sent.map((m) => m.functionName))).toEqual(new Set(['requests', 'dashboard', 'messages', 'servicedays']));
  expect(sent.every((m) => m.extra.miniprogram_state === 'trial')).toBe(true);
  const pages = appPages();
  for (const m of sent) expect(pages).toContain(m.page?.split('?')[0]);
});

it('a refused reply notice is kept on the thread for staff; the reply itself is posted', async () => {
  // 李建国 never allowed reply notices.
  const message = dataOf(
    await test.call('demo-resident-li', 'messages', 'leave', {
      clientKey: key('leave'),
      text: '低保什么时候发？',
      photos: [],
      publicConsent: false,
    }),
  ).message;
  const since = lastSeq(test);
  const replied = dataOf(
    await test.call('demo-staff-hubin', 'messages', 'reply', {
      messageId: message.id,
      opId: key('r'),
      text: '每月10号前发到卡上。',
      photos: [],
    }),
  );
  expect(messagesTo(test, 'demo-resident-li', since)).toEqual([]);
  expect(replied.posts.map((p) => p.text)).toContain('每月10号前发到卡上。');
  expect(replied.events.map((e) => e.what)).toContain('回复的微信消息未送达群众');
  const reopened = dataOf(await test.call('demo-staff-hubin', 'messages', 'detail', { messageId: message.id }));
  expect(reopened.events.find((e) => e.what === '回复的微信消息未送达群众')?.note).toMatch(/电话告知/);
  expect(dataOf(await test.call('demo-resident-li', 'messages', 'detail', { messageId: message.id })).events).toEqual([]);
});

it('a refused progress notice is kept in the ledger for handlers and staff, not shown to the resident', async () => {
  const request = await file(test, 'demo-resident-zhao', { gridId: 'g-taihua-1' });
  const holder = async () => (await test.cloud.store.find('requests', { _id: request.id }))[0].openHandlerId as string;
  // Her one acceptance (the submit tap) goes to the first news, the escalation; the resolution finds none.
  const gridMember = await holder();
  const escalated = await step(test, gridMember, 'escalate', await step(test, gridMember, 'accept', request));
  const village = await holder();
  const since = lastSeq(test);
  await step(test, village, 'resolve', await step(test, village, 'accept', escalated));
  expect(messagesTo(test, 'demo-resident-zhao', since)).toEqual([]);
  const forHandler = await detail(test, village, request.id);
  expect(forHandler.state).toBe('resolved');
  expect(forHandler.timeline.at(-1)).toEqual(
    expect.objectContaining({ what: '办理进度的微信消息未送达群众', internal: true, note: expect.stringMatching(/电话告知/) }),
  );
  expect((await detail(test, 'demo-resident-zhao', request.id)).timeline.map((e) => e.what)).not.toContain('办理进度的微信消息未送达群众');
});

it('each template is sent only by functions allowed to call subscribeMessage.send', () => {
  for (const name of Object.keys(SUBSCRIBE_TEMPLATES) as TemplateName[]) {
    for (const fn of SUBSCRIBE_TEMPLATES[name].senders) {
      const config = JSON.parse(readFileSync(path.resolve(__dirname, `../../cloudfunctions/functions/${fn}/config.json`), 'utf8')) as {
        permissions?: { openapi?: string[] };
      };
      expect({ name, fn, openapi: config.permissions?.openapi }).toEqual({
        name,
        fn,
        openapi: expect.arrayContaining(['subscribeMessage.send']),
      });
    }
  }
});

/** The pages of the mini-program (app.config.ts), subpackages included: WeChat refuses a message to any other (41030). */
function appPages(): string[] {
  const source = readFileSync(path.resolve(__dirname, '../../src/app.config.ts'), 'utf8');
  const pages = [...source.matchAll(/^\s*pages:\s*\[([^\]]*)\]/gm)].map((m) => m[1]);
  const roots = [...source.matchAll(/root:\s*'([^']+)'/g)].map((m) => m[1]);
  const main = [...pages[0].matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const sub = pages.slice(1).flatMap((list, i) => [...list.matchAll(/'([^']+)'/g)].map((m) => `${roots[i]}/${m[1]}`));
  return [...main, ...sub];
}
