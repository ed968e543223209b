import type { Doc } from '../../localcloud';
import { startTestCloud, type TestCloud } from '../support/testCloud';
import { allowTaskNotice, detail, file, lastSeq, messagesTo, step } from './support/requests';

/**
 * The timer-triggered sweep, with the runtime's clock moved forward: what is
 * past its deadline goes one level up (new handler and deadline, both told),
 * the township's goes to the county, the county supervises what is overdue
 * at the top, resolved requests
 * close themselves after 7 days, and only due requests are read.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterEach(() => test.cloud.setClockOffset(0));
afterAll(() => test.close());

const DAY = 86_400_000;

interface SweepData {
  pages: number;
  due: number;
  escalated: number;
  supervised: number;
  closed: number;
  conflicts: number;
  docsRead: number;
  finished: boolean;
}

/** Fires the timer; counts, independently of the function, the documents the store handed out. */
async function sweep(): Promise<SweepData & { storeDocsRead: number }> {
  const documents = test.cloud.store.documents;
  const original = documents.find.bind(documents);
  let storeDocsRead = 0;
  documents.find = (...args: Parameters<typeof original>): readonly Doc[] => {
    const docs = original(...args);
    storeDocsRead += docs.length;
    return docs;
  };
  try {
    const { result } = await test.cloud.fireTimer('requests', 'sweep');
    const envelope = result as { ok: boolean; data: SweepData };
    expect(envelope.ok).toBe(true);
    return { ...envelope.data, storeDocsRead };
  } finally {
    documents.find = original;
  }
}

it('escalates an overdue request to the village, the township, then the county, then alerts the county to supervise', async () => {
  const request = await file(test, 'demo-resident-li', { gridId: 'g-hubin-2', categoryId: 'security', text: '郭屋组路灯全坏了' });
  expect(request.handler?.name).toBe('郭长林');
  // Two days later nothing is due yet (2 working days, due at the end of the second).
  test.cloud.setClockOffset(1 * DAY);
  await sweep();
  expect((await detail(test, 'demo-resident-li', request.id)).state).toBe('assigned');

  // 李大毛 and 黄文斌 tapped 接收新诉求和超期提醒 in their inboxes now and then (other overdue demo
  // requests reach them too); 李建国 allowed a progress notice when filing.
  await allowTaskNotice(test, 'demo-staff-hubin', 20);
  await allowTaskNotice(test, 'demo-staff-township', 20);
  const since = lastSeq(test);
  test.cloud.setClockOffset(8 * DAY);
  const first = await sweep();
  expect(first.escalated).toBeGreaterThanOrEqual(1);
  const atVillage = await detail(test, 'demo-resident-li', request.id);
  expect(atVillage).toEqual(
    expect.objectContaining({ state: 'escalated', handler: { name: '李大毛', title: '村党总支书记', level: 'village', place: '湖滨村' } }),
  );
  expect(atVillage.timeline.at(-1)).toEqual(
    expect.objectContaining({
      actor: '系统',
      what: expect.stringMatching(/^超过办理时限（\d+月\d+日）未办结，自动上报至湖滨村，由湖滨村 李大毛（村党总支书记） 办理/),
    }),
  );
  expect(atVillage.countdown?.overdue).toBe(false);
  expect(messagesTo(test, 'demo-staff-hubin', since, request.id).map((m) => m.data.phrase2?.value)).toEqual(['新诉求']);
  expect(messagesTo(test, 'demo-resident-li', since, request.id).map((m) => m.data.phrase2?.value)).toEqual(['已上报']);
  // The grid member who had it can still see it and add notes, no longer act on it.
  expect((await detail(test, 'demo-grid-guo', request.id)).allowed).toEqual(['addNote']);

  test.cloud.setClockOffset(16 * DAY);
  await sweep();
  const atTownship = await detail(test, 'demo-resident-li', request.id);
  expect(atTownship.handler).toEqual({ name: '黄文斌', title: '乡党委副书记', level: 'township', place: '凉泉乡' });

  // Past the township's deadline: the county, whose data names no first responsible person, so its duty queue.
  await allowTaskNotice(test, 'demo-staff-county', 20);
  const beforeCounty = lastSeq(test);
  test.cloud.setClockOffset(24 * DAY);
  await sweep();
  const atCounty = await detail(test, 'demo-resident-li', request.id);
  expect(atCounty).toEqual(expect.objectContaining({ state: 'escalated', handler: null, queued: true }));
  expect(atCounty.county?.words).toMatch(/^望江县（限(\d+年)?\d+月\d+日前办结）$/);
  expect(atCounty.timeline.at(-1)?.what).toMatch(
    /^超过办理时限（(\d+年)?\d+月\d+日）未办结，已上报到县里，由望江县值班工作人员负责，限(\d+年)?\d+月\d+日前办结$/,
  );
  expect(messagesTo(test, 'demo-staff-county', beforeCounty, request.id).map((m) => m.data.phrase2?.value)).toEqual(['待认领']);
  expect(messagesTo(test, 'demo-staff-township', beforeCounty, request.id)).toEqual([]);

  const beforeAlert = lastSeq(test);
  test.cloud.setClockOffset(40 * DAY);
  const supervise = await sweep();
  expect(supervise.supervised).toBeGreaterThanOrEqual(1);
  const supervised = await detail(test, 'demo-staff-county', request.id);
  expect(supervised.state).toBe('escalated');
  expect(supervised.county?.name).toBe('望江县');
  expect(supervised.timeline.at(-1)?.what).toMatch(/已提醒县里工作人员督办$/);
  expect(messagesTo(test, 'demo-staff-county', beforeAlert, request.id).map((m) => m.data.phrase2?.value)).toEqual(['已超期']);
  // Once: the next sweep does not alert again, and does not read it again.
  const again = await sweep();
  expect(messagesTo(test, 'demo-staff-county', beforeAlert, request.id)).toHaveLength(1);
  expect(again.due).toBe(0);
});

it('leaves suspended requests alone (the clock is stopped) and closes resolved ones 7 days on', async () => {
  const suspended = await step(test, 'demo-grid-wang', 'suspend', await step(test, 'demo-grid-wang', 'accept', await file(test)), {
    reason: '等材料',
  });
  const resolved = await step(test, 'demo-grid-wang', 'resolve', await step(test, 'demo-grid-wang', 'accept', await file(test)));
  test.cloud.setClockOffset(6 * DAY);
  await sweep();
  expect((await detail(test, 'demo-resident-wang', resolved.id)).state).toBe('resolved');
  test.cloud.setClockOffset(7 * DAY + 60_000);
  const result = await sweep();
  expect(result.closed).toBeGreaterThanOrEqual(1);
  const closed = await detail(test, 'demo-resident-wang', resolved.id);
  expect(closed.state).toBe('closed');
  expect(closed.timeline.at(-1)?.what).toBe('办结7天内未评价，自动完成');
  expect((await detail(test, 'demo-resident-wang', suspended.id)).state).toBe('suspended');
});

it('reads only what is due: documents read grow with the overdue count, not with all requests', async () => {
  // 200 requests that are not due, 30 that are.
  const now = Date.now();
  const filed = await file(test, 'demo-resident-zhao', { gridId: 'g-taihua-1' });
  const [template] = await test.cloud.store.find('requests', { _id: filed.id });
  const notDue = Array.from({ length: 200 }, (_, i) => ({
    ...template,
    _id: `bulk-later-${i}`,
    sweepAt: new Date(now + 40 * DAY),
    deadline: new Date(now + 40 * DAY),
  }));
  const due = Array.from({ length: 30 }, (_, i) => ({
    ...template,
    _id: `bulk-due-${i}`,
    version: 1,
    sweepAt: new Date(now - DAY),
    deadline: new Date(now - DAY),
  }));
  test.cloud.store.insertMany('requests', [...notDue, ...due]);
  const result = await sweep();
  expect(result.due).toBeGreaterThanOrEqual(30);
  expect(result.escalated).toBeGreaterThanOrEqual(30);
  expect(result.conflicts).toBe(0);
  expect(result.finished).toBe(true);
  expect(result.storeDocsRead).toBe(result.docsRead);
  expect(result.storeDocsRead).toBeLessThanOrEqual(2 * result.due);
  const escalated = await test.cloud.store.count('requests', {
    _id: { $regex: '^bulk-due-' },
    state: 'escalated',
    level: 'village',
    'handler.name': '方丽',
  });
  expect(escalated).toBe(30);
});
