import type { Doc } from '../../localcloud';
import { acceptSubscribe } from '../support/subscribeConsent';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { bj, build, type Spec } from './support/dashboardFixture';
import { key } from './support/requests';

/**
 * The dashboard's figures for a small fixture whose answers are worked out
 * by hand below, through the local runtime (buckets built by the timer,
 * summed by the view). The fixture lies in Jan–Feb 2025, where the
 * demo data has nothing, so the demo requests do not disturb the sums.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

const STAFF = 'demo-staff-hubin'; // over 湖滨村 (grids hubin1..3)

const FIXTURE: Spec[] = [
  // January, 第一网格 (handler 汪德华):
  { id: 'fx-r1', grid: 'hubin1', category: 'environment', filed: '2025-01-06T09:00:00', resolvedAfter: 10, stars: 5 },
  { id: 'fx-r2', grid: 'hubin1', category: 'environment', filed: '2025-01-10T09:00:00', resolvedAfter: 50, stars: 3, overdueOnce: true },
  { id: 'fx-r3', grid: 'hubin1', category: 'policy', filed: '2025-01-20T09:00:00' },
  // February, 第二网格 (handler 郭):
  { id: 'fx-r4', grid: 'hubin2', category: 'infrastructure', filed: '2025-02-03T09:00:00', resolvedAfter: 24, notSolved: true },
  { id: 'fx-r5', grid: 'hubin2', category: 'infrastructure', filed: '2025-02-05T09:00:00', state: 'rejected' },
  // Outside: another village; and just outside the period on either side (China midnight).
  { id: 'fx-out-village', grid: 'taihua1', category: 'environment', filed: '2025-02-10T09:00:00', resolvedAfter: 5, stars: 1 },
  { id: 'fx-out-before', grid: 'hubin1', category: 'environment', filed: '2024-12-31T23:30:00', resolvedAfter: 5, stars: 1 },
  { id: 'fx-out-after', grid: 'hubin1', category: 'environment', filed: '2025-03-01T00:30:00', resolvedAfter: 5, stars: 1 },
];

async function overview() {
  return dataOf(await test.call(STAFF, 'dashboard', 'overview', { from: '2025-01', to: '2025-02' }));
}

it('adds up requests, on-time rate, resolve time, satisfaction and the rankings exactly', async () => {
  const requests = FIXTURE.map(build);
  expect(requests.find((r) => r._id === 'fx-r1')!.state).toBe('closed');
  expect(requests.find((r) => r._id === 'fx-r4')!.handler!.name).not.toBe('汪德华');
  test.cloud.store.insertMany('requests', requests as unknown as Doc[]);
  // Other activity of the period: one service-day date with three bookings, claims and service logs.
  test.cloud.store.insertMany('serviceSessions', [
    {
      _id: 'fx-session',
      scopeIds: ['c-wangjiang', 't-liangquan', 'v-hubin'],
      date: '2025-02-12',
      bookings: [{ status: 'checkedIn' }, { status: 'noShow' }, { status: 'cancelled' }],
    },
  ] as unknown as Doc[]);
  test.cloud.store.insertMany('claims', [
    {
      _id: 'fx-claim-1',
      placeIds: ['c-wangjiang', 't-liangquan', 'v-hubin', 'g-hubin-1'],
      status: 'active',
      claimedAt: bj('2025-01-15T10:00:00'),
    },
    {
      _id: 'fx-claim-2',
      placeIds: ['c-wangjiang', 't-liangquan', 'v-hubin', 'g-hubin-2'],
      status: 'ended',
      claimedAt: bj('2025-02-15T10:00:00'),
    },
  ] as unknown as Doc[]);
  test.cloud.store.insertMany('serviceLogs', [
    { _id: 'fx-log-1', placeIds: ['c-wangjiang', 't-liangquan', 'v-hubin', 'g-hubin-1'], status: 'approved', month: '2025-01', hours: 2.5 },
    { _id: 'fx-log-2', placeIds: ['c-wangjiang', 't-liangquan', 'v-hubin', 'g-hubin-1'], status: 'approved', month: '2025-02', hours: 1.5 },
    { _id: 'fx-log-3', placeIds: ['c-wangjiang', 't-liangquan', 'v-hubin', 'g-hubin-1'], status: 'pending', month: '2025-02', hours: 8 },
    { _id: 'fx-log-4', placeIds: ['c-wangjiang', 't-liangquan', 'v-hubin', 'g-hubin-1'], status: 'approved', month: '2025-03', hours: 8 },
  ] as unknown as Doc[]);
  await test.cloud.fireTimer('dashboard', 'refreshStats');

  const d = await overview();
  // In the period and in 湖滨村: r1..r5 → 5.
  expect(d.requests.total).toBe(5);
  // closed r1, r2; accepted r3; resolved r4 (awaiting its rating); rejected r5.
  expect(d.requests.byState.map((s) => [s.state, s.count])).toEqual([
    ['accepted', 1],
    ['resolved', 1],
    ['closed', 2],
    ['rejected', 1],
  ]);
  // 环境卫生 r1 r2; 基础设施 r4 r5; 政策咨询 r3.
  expect(d.requests.byCategory.map((c) => [c.id, c.count])).toEqual([
    ['environment', 2],
    ['infrastructure', 2],
    ['policy', 1],
  ]);
  // Finished r1 r2 r4 = 3; on time r1 r4 = 2 (r2 was escalated by the timer) → 2/3.
  expect(d.requests.finished).toBe(3);
  expect(d.requests.onTime).toBe(2);
  expect(d.requests.onTimeRate).toBeCloseTo(2 / 3, 10);
  // (10 h + 50 h + 24 h) / 3 = 28 h.
  expect(d.requests.avgResolveHours).toBe(28);
  // Ratings 5 and 3 → 2 rated, average 4; feedback r1 r2 (rated) r4 (没解决) = 3, of which 1 没解决 → 1/3.
  expect(d.requests.rated).toBe(2);
  expect(d.requests.avgStars).toBe(4);
  expect(d.requests.feedback).toBe(3);
  expect(d.requests.notSolved).toBe(1);
  expect(d.requests.notSolvedShare).toBeCloseTo(1 / 3, 10);
  // 第一网格: finished 2, on time 1 → 0.5; stars 4 → 100 × (0.6 × 0.5 + 0.4 × 4/5) = 30 + 32 = 62 (low).
  // 第二网格: finished 1, on time 1, no rating → 100 × 1 = 100.
  expect(d.grids.map((g) => [g.id, g.total, g.finished, g.onTime, g.score, g.low])).toEqual([
    ['g-hubin-2', 2, 1, 1, 100, false],
    ['g-hubin-1', 3, 2, 1, 62, true],
  ]);
  // The same two people resolved them: 汪德华 62 (low), 第二网格's handler 100.
  expect(d.members.map((m) => [m.name, m.finished, m.onTime, m.avgStars, m.score, m.low])).toEqual([
    [expect.any(String), 1, 1, null, 100, false],
    ['汪德华', 2, 1, 4, 62, true],
  ]);
  // One date: 3 bookings, one cancelled → 2 counted, 1 checked in, 1 no-show.
  expect(d.serviceDays).toEqual({ sessions: 1, bookings: 2, checkedIn: 1, noShows: 1 });
  // Claims active now: fx-claim-1 and the demo's two in 湖滨村 (p-hubin1-mediation, p-hubin2-public) = 3;
  // claimed inside Jan–Feb: both fixture claims = 2 (the demo's are from this year).
  // Approved hours in Jan–Feb: 2.5 + 1.5 = 4 (the pending log and March left out).
  expect(d.posts).toEqual({ activeClaims: 3, claimedInPeriod: 2, approvedHours: 4, approvedLogs: 2 });
  // Demo messages of 湖滨村: ms-1 (30 h), ms-4, ms-5 waiting; only ms-1 over 24 hours.
  expect(d.messages.waiting).toBe(3);
  expect(d.messages.unansweredOver24h.map((m) => [m.id, m.waitingHours])).toEqual([['demo-ms-1', 30]]);
  // r3 is still open and long past its deadline: on the 督办 list.
  expect(d.overdue.map((o) => o.id)).toContain('fx-r3');
  expect(d.overdue.map((o) => o.id)).not.toContain('fx-out-village');
});

it('reminds the handler once per key; after the next timer run the figures count the change', async () => {
  const outbox = () => test.cloud.outbox().filter((m) => m.touser === 'demo-grid-wang');
  // 汪德华 tapped 接收新诉求和超期提醒 on his inbox once (the ids the inbox gave him).
  const { subscribeTemplateIds } = dataOf(await test.call('demo-grid-wang', 'requests', 'inbox', { view: 'mine' }));
  await acceptSubscribe(test.cloud.url, 'demo-grid-wang', subscribeTemplateIds);
  const before = outbox().length;
  const opId = key('remind');
  const first = dataOf(await test.call(STAFF, 'dashboard', 'remind', { requestId: 'fx-r3', opId }));
  const again = dataOf(await test.call(STAFF, 'dashboard', 'remind', { requestId: 'fx-r3', opId }));
  expect([first.replayed, again.replayed]).toEqual([false, true]);
  expect(outbox().length - before).toBe(1);
  const detail = dataOf(await test.call('demo-grid-wang', 'requests', 'detail', { requestId: 'fx-r3' }));
  expect(detail.timeline.filter((e) => e.what.startsWith('督办'))).toHaveLength(1);
  expect((await overview()).overdue.find((o) => o.id === 'fx-r3')!.remindedAt).toBe(first.remindedAt);

  // 汪德华 now resolves r3: finished 4; r3 was supervised, so on time stays 2.
  dataOf(
    await test.call('demo-grid-wang', 'requests', 'resolve', {
      requestId: 'fx-r3',
      version: detail.version,
      opId: key('res'),
      outcome: '已答复',
      photos: [],
    }),
  );
  expect((await overview()).requests.finished).toBe(3);
  await test.cloud.fireTimer('dashboard', 'refreshStats');
  const d = await overview();
  expect(d.requests.finished).toBe(4);
  expect(d.requests.onTime).toBe(2);
  expect(d.requests.byState.find((s) => s.state === 'resolved')!.count).toBe(2);
  expect(d.overdue.map((o) => o.id)).not.toContain('fx-r3');

  // A request not overdue cannot be supervised, and nothing is written.
  const fresh = await test.call(STAFF, 'dashboard', 'remind', { requestId: 'demo-rq-9', opId: key('remind') });
  expect(fresh).toEqual(expect.objectContaining({ ok: false, code: 'NOT_OVERDUE' }));
});
