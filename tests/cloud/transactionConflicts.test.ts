import type { User } from '../../cloudfunctions/domain/people/User';
import { slotTallyIdOf } from '../../cloudfunctions/domain/servicedays/dateLayout';
import type { ServiceDay } from '../../cloudfunctions/domain/servicedays/ServiceDay';
import type { ServiceSession } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { sessionIdOf } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { uploadFolder } from '../../cloudfunctions/shared/uploadFolder';
import { DEMO_SERVICE_DAY_ID, demoBookingDate } from '../../localcloud/seed/demoServiceDays';
import { storedSession } from '../support/bookingRush';
import { eventually } from '../support/eventually';
import { holdTransaction as openTransaction, type HeldTransaction } from '../support/heldTransaction';
import { importRosterCsv } from '../support/importRosterCsv';
import { issuePhoneCode } from '../support/phoneCode';
import { resetDemoData } from '../support/resetDemoData';
import { snapshotStore } from '../support/snapshotStore';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * Actions meeting another writer, as on WeChat cloud: a transaction that
 * writes a document another transaction holds (or that changed after its
 * snapshot) fails at that write, and wx-server-sdk does not retry it. Each
 * action runs its transaction again, then answers CONFLICT with words a
 * person can act on, never INTERNAL; a plain write waits for the other's
 * commit. The other writer is a transaction the test holds open on the
 * backend's wire, exactly as another function's would be.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());
beforeEach(async () => {
  await resetDemoData(test);
  test.cloud.setClockOffset(0);
});

/** The other writers a test holds open, released after it whatever happened. */
const held: HeldTransaction[] = [];
async function holdTransaction(url: string): Promise<HeldTransaction> {
  const other = await openTransaction(url);
  held.push(other);
  return other;
}
afterEach(async () => {
  for (const other of held.splice(0)) await other.release();
});

const STAFF = 'demo-staff-township';
const demoDate = demoBookingDate(new Date());
const demoSession = sessionIdOf(DEMO_SERVICE_DAY_ID, demoDate);
const CONFLICT = { ok: false, code: 'CONFLICT', message: '有人同时在修改，请稍后再试' };

const session = () => test.cloud.store.find('serviceSessions', { _id: demoSession })[0] as unknown as ServiceSession;
const stats = () => test.cloud.store.documents.transactionStats;

/** 凉泉乡's Wednesday service day as stored, with 社保 raised to 6 places a slot. */
function raisedPayload() {
  const [day] = test.cloud.store.find('serviceDays', { _id: DEMO_SERVICE_DAY_ID }) as unknown as ServiceDay[];
  const { placeId, title, venue, recurrence, startTime, endTime, slotMinutes, horizonWeeks, cancelCutoffMinutes, maxActivePerPerson } = day;
  const windows = day.windows.map(({ id, name, capacity }) => ({ id, name, capacity: id === 'w1' ? 6 : capacity }));
  return {
    id: DEMO_SERVICE_DAY_ID,
    expectedVersion: day.version,
    placeId,
    title,
    venue,
    recurrence,
    startTime,
    endTime,
    slotMinutes,
    horizonWeeks,
    cancelCutoffMinutes,
    maxActivePerPerson,
    windows,
  };
}

describe('service days', () => {
  it('saveServiceDay meeting another transaction on a date answers CONFLICT and writes nothing; afterwards it goes through', async () => {
    const other = await holdTransaction(test.cloud.url);
    await other.update('serviceSessions', demoSession, { note: 'another staff member is changing this date' });
    const before = await snapshotStore(test);
    expect(await test.call(STAFF, 'servicedays', 'saveServiceDay', raisedPayload())).toEqual(CONFLICT);
    expect(await snapshotStore(test)).toBe(before);
    await other.abort();
    expect(dataOf(await test.call(STAFF, 'servicedays', 'saveServiceDay', raisedPayload())).version).toBe(2);
    expect(session().slots.w1_0900).toEqual(expect.objectContaining({ capacity: 6, remaining: 5 }));
  });

  it('saveServiceDay that met another writer runs again once that one commits, keeping what it wrote', async () => {
    const other = await holdTransaction(test.cloud.url);
    await other.update('serviceSessions', demoSession, { note: 'kept' });
    const conflictsBefore = stats().conflicts;
    const saving = test.call(STAFF, 'servicedays', 'saveServiceDay', raisedPayload());
    await eventually(() => expect(stats().conflicts).toBeGreaterThan(conflictsBefore), 1000, 5);
    await other.commit();
    expect(dataOf(await saving).version).toBe(2);
    expect(session()).toEqual(
      expect.objectContaining({
        note: 'kept',
        slots: expect.objectContaining({ w1_0900: expect.objectContaining({ capacity: 6, remaining: 5 }) }),
      }),
    );
  });

  it('a booking landing while a change holds the slot waits for its commit and never takes a place that is gone', async () => {
    const other = await holdTransaction(test.cloud.url);
    // The other writer takes 法律咨询 09:00's two places, stamped as takes are (their bookings may still be coming).
    await other.update('slotTallies', slotTallyIdOf(demoSession, 'w4_0900'), { taken: 2, takenAt: new Date() });
    const waitsBefore = stats().lockWaits;
    const booking = test.call('demo-resident-zhao', 'servicedays', 'book', {
      sessionId: demoSession,
      slotKey: 'w4_0900',
      requestKey: 'held-up-key-1',
    });
    await eventually(() => expect(stats().lockWaits).toBeGreaterThan(waitsBefore), 1000, 5);
    expect((await storedSession(test, demoSession)).slots.w4_0900.remaining).toBe(2);
    await other.commit();
    expect(await booking).toEqual(expect.objectContaining({ ok: false, code: 'SLOT_FULL' }));
    const stored = await storedSession(test, demoSession);
    expect(stored.slots.w4_0900.remaining).toBe(0);
    expect(stored.bookings.filter((b) => b.slotKey === 'w4_0900')).toEqual([]);
  });

  it('cancelDate meeting another transaction on the date answers CONFLICT and writes nothing; afterwards it goes through', async () => {
    const other = await holdTransaction(test.cloud.url);
    await other.update('serviceSessions', demoSession, { note: 'held' });
    const before = await snapshotStore(test);
    const noticesBefore = test.cloud.outbox().length;
    const cancel = { serviceDayId: DEMO_SERVICE_DAY_ID, date: demoDate, reason: '停电' };
    expect(await test.call(STAFF, 'servicedays', 'cancelDate', cancel)).toEqual(CONFLICT);
    expect(await snapshotStore(test)).toBe(before);
    expect(test.cloud.outbox()).toHaveLength(noticesBefore);
    await other.abort();
    expect(dataOf(await test.call(STAFF, 'servicedays', 'cancelDate', cancel)).cancelledBookings).toBe(3);
  });
});

describe('binding a phone', () => {
  const PHONE = '13800000021';
  const ROSTER_ID = `roster-${PHONE}`;
  const bind = async (openid: string) => test.call(openid, 'users', 'linkPhone', { code: await issuePhoneCode(test.cloud.url, PHONE) });

  it('two accounts binding one imported phone at once: the one meeting the other’s take-over is told PHONE_TAKEN', async () => {
    await importRosterCsv(test, [['汪大海', PHONE, '第一网格（汪屋组）', '网格员', '治安', '否']]);
    const imported = test.cloud.store.find('users', { _id: ROSTER_ID })[0] as unknown as User;
    // The first account's take-over, under way: the account written, the imported person removed.
    const first = await holdTransaction(test.cloud.url);
    const { _id: _ignored, ...person } = imported;
    await first.set('users', 'wx-first', person);
    await first.remove('users', ROSTER_ID);
    const conflictsBefore = stats().conflicts;
    const second = bind('wx-second');
    await eventually(() => expect(stats().conflicts).toBeGreaterThan(conflictsBefore), 1000, 5);
    await first.commit();
    expect(await second).toEqual(expect.objectContaining({ ok: false, code: 'PHONE_TAKEN' }));
    expect(test.cloud.store.find('users', { phone: PHONE }).map((user) => user._id)).toEqual(['wx-first']);
  });

  it('binding while another transaction holds the imported person answers CONFLICT and writes nothing', async () => {
    await importRosterCsv(test, [['汪大海', PHONE, '第一网格（汪屋组）', '网格员', '治安', '否']]);
    const other = await holdTransaction(test.cloud.url);
    await other.update('users', ROSTER_ID, { note: 'held' });
    const before = await snapshotStore(test);
    expect(await bind('wx-dahai')).toEqual(CONFLICT);
    expect(await snapshotStore(test)).toBe(before);
    await other.abort();
    expect(dataOf(await bind('wx-dahai')).rosterName).toBe('汪大海');
  });
});

describe('administration', () => {
  it('a change to a person another transaction holds answers CONFLICT and writes nothing', async () => {
    const other = await holdTransaction(test.cloud.url);
    await other.update('users', 'demo-grid-wang', { note: 'held' });
    const before = await snapshotStore(test);
    const duty = {
      userId: 'demo-grid-wang',
      version: 0,
      gridId: 'g-hubin-1',
      duty: { title: '网格员', categoryIds: ['security'], firstResponsible: false },
    };
    expect(await test.call('demo-admin', 'admin', 'setGridDuty', duty)).toEqual(CONFLICT);
    expect(await snapshotStore(test)).toBe(before);
    await other.abort();
    expect(await test.call('demo-admin', 'admin', 'setGridDuty', duty)).toEqual(expect.objectContaining({ ok: true }));
  });
});

describe('roster import', () => {
  const GRIDS = ['第一网格（汪屋组）', '第二网格（郭屋组）'];
  const row = (n: number, name = `导入${n}`) => [
    name,
    `1380001${String(n).padStart(4, '0')}`,
    GRIDS[n % 2],
    n % 3 ? '居民' : '网格员',
    n % 3 ? '' : '治安',
    n % 3 ? '' : '否',
  ];
  const rows = (from: number, count: number) => Array.from({ length: count }, (_, i) => row(from + i));
  const imported = () => test.cloud.store.count('users', { _id: { $regex: '^roster-1380001' } });
  const logs = () => test.cloud.store.find('adminLog', { action: 'importRoster' });

  it('writes a 200-person file all together, a log entry each, no transaction over 100 operations', async () => {
    test.cloud.store.documents.resetTransactionStats();
    expect(await importRosterCsv(test, rows(0, 200))).toEqual({
      written: true,
      problems: [],
      created: 200,
      updated: 0,
      unchanged: 0,
      households: { created: 0, updated: 0, unchanged: 0, pending: 0 },
    });
    expect(imported()).toBe(200);
    expect(logs()).toHaveLength(200);
    expect(stats().maxOperations).toBeLessThanOrEqual(100);
    expect(stats().maxOperations).toBeGreaterThan(50);
  });

  /** A 100-person file whose 91st person is held by another transaction: the import stops half way with CONFLICT. */
  async function interruptedImport(): Promise<{ fileID: string; release: () => Promise<void> }> {
    await importRosterCsv(test, [row(90, '汪小明')]);
    const other = await holdTransaction(test.cloud.url);
    await other.update('users', 'roster-13800010090', { note: 'held' });
    const file = rows(0, 100).map((cells, n) => (n === 90 ? [...row(90, '汪小明').slice(0, 3), '网格员', '环境卫生', '否'] : cells));
    const fileID = await uploadCsv(file);
    expect(await test.call('demo-admin', 'admin', 'importRoster', { fileID })).toEqual(CONFLICT);
    // Accepted and under way: the first 80 are in, the rest will follow.
    expect(imported()).toBe(81);
    return { fileID, release: () => other.abort() };
  }

  it('an import stopped half way is finished when the same upload is sent again, each person written once', async () => {
    const { fileID, release } = await interruptedImport();
    await release();
    expect(dataOf(await test.call('demo-admin', 'admin', 'importRoster', { fileID }))).toEqual({
      written: true,
      problems: [],
      created: 99,
      updated: 1,
      unchanged: 0,
      households: { created: 0, updated: 0, unchanged: 0, pending: 0 },
    });
    expect(imported()).toBe(100);
    expect(logs()).toHaveLength(101);
    expect(test.cloud.store.find('users', { _id: 'roster-13800010090' })[0]).toMatchObject({
      roles: ['gridMember'],
      gridDuties: [expect.objectContaining({ categoryIds: ['environment'] })],
    });
  });

  it('an import stopped half way is finished before the next import is checked', async () => {
    await interruptedImport().then(({ release }) => release());
    expect(await importRosterCsv(test, [row(150)])).toEqual({
      written: true,
      problems: [],
      created: 1,
      updated: 0,
      unchanged: 0,
      households: { created: 0, updated: 0, unchanged: 0, pending: 0 },
    });
    expect(imported()).toBe(101);
    expect(test.cloud.store.count('rosterImports', { status: 'applying' })).toBe(0);
  });

  let uploads = 0;
  async function uploadCsv(table: string[][]): Promise<string> {
    uploads += 1;
    const csv = ['姓名,手机号,所属网格,角色,职责类别,第一责任人', ...table.map((cells) => cells.join(','))].join('\r\n');
    const upload = await fetch(
      `${test.cloud.url}/dev/upload?cloudPath=${encodeURIComponent(`${uploadFolder('rosters', 'demo-admin')}held-${uploads}.csv`)}`,
      {
        method: 'POST',
        headers: { 'x-wx-openid': 'demo-admin' },
        body: Buffer.from(csv, 'utf8'),
      },
    );
    return ((await upload.json()) as { fileID: string }).fileID;
  }
});
