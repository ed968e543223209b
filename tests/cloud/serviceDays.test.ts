import type { Envelope } from '../../cloudfunctions/contract';
import { addDays, instantAt } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import type { ServiceSession } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { sessionIdOf } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { DEMO_SERVICE_DAY_ID, DEMO_VILLAGE_SERVICE_DAY_ID, demoBookingDate } from '../../localcloud/seed/demoServiceDays';
import { storedSession } from '../support/bookingRush';
import { snapshotStore } from '../support/snapshotStore';
import { acceptSubscribe } from '../support/subscribeConsent';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { key } from './support/requests';

/**
 * Service days through the local runtime and the real SDK, on the demo
 * data: 凉泉乡 every Wednesday 09:00–12:00 (社保 w1 4 places, 医保 w2 4,
 * 户籍 w3 3, 法律咨询 w4 2, 农技 w5 3 per half hour), with 王秀英 (w1 09:00,
 * 100001), 李建国 (w2 09:30, 100002) and 孙小明 (w3 09:00, 100003) booked on
 * the first Wednesday two or more days ahead.
 */
const demoDate = demoBookingDate(new Date());
const demoSession = sessionIdOf(DEMO_SERVICE_DAY_ID, demoDate);
const nextWeekSession = sessionIdOf(DEMO_SERVICE_DAY_ID, addDays(demoDate, 7));

let test: TestCloud;

function refused(code: string) {
  return expect.objectContaining({ ok: false, code });
}

/** Moves the runtime's clock to a China time on a date. */
function clockAt(date: string, time: string): void {
  test.cloud.setClockOffset(instantAt(date, time).getTime() - Date.now());
}

/** A date as stored: its document, its bookings' documents and its slots' tallies. */
function session(id = demoSession): Promise<ServiceSession> {
  return storedSession(test, id);
}

/** `openid` allows the booking page's messages, as the tap on 确认预约 does (ids from getSession, as the page has them). */
async function allowMessages(openid: string): Promise<void> {
  const { subscribeTemplateIds } = dataOf(await test.call(openid, 'servicedays', 'getSession', { sessionId: demoSession }));
  await acceptSubscribe(test.cloud.url, openid, subscribeTemplateIds);
}

async function unchanged(call: () => Promise<Envelope<unknown>>, expected: ReturnType<typeof refused>): Promise<void> {
  const before = await snapshotStore(test);
  expect(await call()).toEqual(expected);
  expect(await snapshotStore(test)).toBe(before);
}

const township = {
  placeId: 't-liangquan',
  title: '凉泉乡便民服务日',
  venue: '凉泉乡为民服务大厅',
  recurrence: { kind: 'weekly' as const, weekdays: [3] },
  startTime: '09:00',
  endTime: '12:00',
  slotMinutes: 30,
  windows: [
    { id: 'w1', name: '社保', capacity: 4 },
    { id: 'w2', name: '医保', capacity: 4 },
    { id: 'w3', name: '户籍', capacity: 3 },
    { id: 'w4', name: '法律咨询', capacity: 2 },
    { id: 'w5', name: '农技', capacity: 3 },
  ],
};

beforeEach(async () => {
  test = await startTestCloud();
});
afterEach(() => test.close());

describe('who may do what', () => {
  const staffCalls = {
    listServiceDays: {},
    saveServiceDay: { ...township, id: DEMO_SERVICE_DAY_ID, expectedVersion: 1 },
    cancelDate: { serviceDayId: DEMO_SERVICE_DAY_ID, date: demoDate, reason: '停电' },
    addExtraDate: { serviceDayId: DEMO_SERVICE_DAY_ID, date: addDays(demoDate, 1) },
    dayList: { sessionId: demoSession },
    checkIn: { sessionId: demoSession, code: '100001' },
    addWalkIn: { sessionId: demoSession, windowId: 'w1', name: '汪大爷', requestKey: 'walkin-key-1' },
    markNoShow: { sessionId: demoSession, code: '100001' },
  } as const;

  it.each(Object.entries(staffCalls))(
    '%s: refused to residents, grid members and party members, writing nothing',
    async (action, payload) => {
      for (const openid of ['demo-resident-wang', 'demo-grid-wang', 'demo-party-gao']) {
        await unchanged(() => test.call(openid, 'servicedays', action as 'dayList', payload as never), refused('FORBIDDEN'));
      }
      await unchanged(() => test.call('stranger-1', 'servicedays', action as 'dayList', payload as never), refused('NOT_REGISTERED'));
    },
  );

  it.each(Object.entries(staffCalls).filter(([a]) => a !== 'listServiceDays'))(
    '%s: refused to staff of another village, writing nothing',
    async (action, payload) => {
      await unchanged(
        () => test.call('demo-staff-hubin', 'servicedays', action as 'dayList', payload as never),
        refused('OUT_OF_JURISDICTION'),
      );
    },
  );

  it('lets village staff manage their own village’s service day but not the township’s', async () => {
    const list = dataOf(await test.call('demo-staff-hubin', 'servicedays', 'listServiceDays', {}));
    expect(list.serviceDays.map((d) => d.id)).toEqual([DEMO_VILLAGE_SERVICE_DAY_ID]);
    expect(list.places.map((p) => p.name)).toEqual(['湖滨村']);
    const township = dataOf(await test.call('demo-staff-township', 'servicedays', 'listServiceDays', {}));
    expect(township.serviceDays.map((d) => d.id).sort()).toEqual([DEMO_SERVICE_DAY_ID, DEMO_VILLAGE_SERVICE_DAY_ID].sort());
    expect(township.places.map((p) => p.name)).toEqual(['凉泉乡', '湖滨村', '太华村']);
    expect(township.sessions.length).toBeGreaterThanOrEqual(4);
    await unchanged(
      () => test.call('demo-staff-hubin', 'servicedays', 'saveServiceDay', { ...township_(), placeId: 'v-taihua' }),
      refused('OUT_OF_JURISDICTION'),
    );
  });

  it('lets county staff and the admin (above the township) see the township’s day list', async () => {
    for (const openid of ['demo-staff-county', 'demo-admin', 'demo-staff-township']) {
      const list = dataOf(await test.call(openid, 'servicedays', 'dayList', { sessionId: demoSession }));
      expect(list.windows.find((w) => w.id === 'w1')?.bookings.map((b) => b.name)).toEqual(['王秀英']);
    }
  });

  it('never shows a resident other people’s bookings', async () => {
    const detail = dataOf(await test.call('demo-resident-zhao', 'servicedays', 'getSession', { sessionId: demoSession }));
    expect(detail.myBookings).toEqual([]);
    expect(JSON.stringify(detail)).not.toContain('王秀英');
    await unchanged(
      () => test.call('demo-resident-zhao', 'servicedays', 'cancelBooking', { sessionId: demoSession, code: '100001', reason: '不去了' }),
      refused('NOT_FOUND'),
    );
  });
});

function township_() {
  const { windows, ...rest } = township;
  return { ...rest, clientKey: key('day'), windows: windows.map(({ name, capacity }) => ({ name, capacity })) };
}

describe('a resident books, sees the code, cancels', () => {
  it('lists the coming service days of the resident’s township and village', async () => {
    const wang = dataOf(await test.call('demo-resident-wang', 'servicedays', 'browse', {}));
    const titles = new Set(wang.sessions.map((s) => s.title));
    expect(titles.has('凉泉乡便民服务日')).toBe(true);
    expect(wang.sessions.map((s) => s.date)).toEqual([...wang.sessions.map((s) => s.date)].sort());
    const demo = wang.sessions.find((s) => s.id === demoSession)!;
    expect(demo).toEqual(expect.objectContaining({ venue: '凉泉乡为民服务大厅', weekday: 3, startTime: '09:00', endTime: '12:00' }));
    expect(demo.windows.map((w) => [w.name, w.capacity, w.left])).toEqual([
      ['社保', 24, 23],
      ['医保', 24, 23],
      ['户籍', 18, 17],
      ['法律咨询', 12, 12],
      ['农技', 18, 18],
    ]);
    // 太华村 residents do not see 湖滨村's own service day.
    const zhao = dataOf(await test.call('demo-resident-zhao', 'servicedays', 'browse', {}));
    expect(zhao.sessions.some((s) => s.serviceDayId === DEMO_VILLAGE_SERVICE_DAY_ID)).toBe(false);
    expect(zhao.sessions.some((s) => s.id === demoSession)).toBe(true);
  });

  it('books a slot, answers a double tap with the same booking, and refuses a second booking that day', async () => {
    const payload = { sessionId: demoSession, slotKey: 'w5_1000', requestKey: 'zhao-key-0001' };
    const [first, tap] = await Promise.all([
      test.call('demo-resident-zhao', 'servicedays', 'book', payload),
      test.call('demo-resident-zhao', 'servicedays', 'book', payload),
    ]);
    const a = dataOf(first);
    const b = dataOf(tap);
    expect(a.code).toMatch(/^\d{6}$/);
    expect(b.code).toBe(a.code);
    expect([a.repeated, b.repeated].sort()).toEqual([false, true]);
    expect(a.qrText).toBe(`WGT-SD|${demoSession}|${a.code}`);

    const detail = dataOf(await test.call('demo-resident-zhao', 'servicedays', 'getSession', { sessionId: demoSession }));
    expect(detail.slots.find((s) => s.key === 'w5_1000')).toEqual(expect.objectContaining({ capacity: 3, left: 2, bookable: true }));
    expect(detail.myBookings).toEqual([
      expect.objectContaining({ code: a.code, status: 'booked', windowName: '农技', start: '10:00', end: '10:30', canCancel: true }),
    ]);

    await unchanged(
      () => test.call('demo-resident-zhao', 'servicedays', 'book', { ...payload, slotKey: 'w1_1100', requestKey: 'zhao-key-0002' }),
      refused('ALREADY_BOOKED'),
    );
    const stored = await session();
    expect(stored.bookings.filter((x) => x.openid === 'demo-resident-zhao')).toHaveLength(1);
    expect(stored.events.filter((e) => e.type === 'booked' && e.code === a.code)).toEqual([
      expect.objectContaining({ by: 'demo-resident-zhao', byRole: 'resident' }),
    ]);
  });

  it('cancels with a reason, keeps the booking as cancelled, frees the place at once, and allows booking again', async () => {
    const before = dataOf(await test.call('demo-resident-li', 'servicedays', 'getSession', { sessionId: demoSession }));
    expect(before.slots.find((s) => s.key === 'w2_0930')?.left).toBe(3);
    const cancelled = dataOf(
      await test.call('demo-resident-li', 'servicedays', 'cancelBooking', {
        sessionId: demoSession,
        code: '100002',
        reason: '孩子回来了，不用去了',
      }),
    );
    expect(cancelled).toEqual(
      expect.objectContaining({ status: 'cancelled', cancelReason: '孩子回来了，不用去了', cancelledBy: 'resident', canCancel: false }),
    );
    const after = dataOf(await test.call('demo-resident-sun', 'servicedays', 'getSession', { sessionId: demoSession }));
    expect(after.slots.find((s) => s.key === 'w2_0930')?.left).toBe(4);
    const stored = await session();
    expect(stored.bookings.find((b) => b.code === '100002')).toEqual(
      expect.objectContaining({ status: 'cancelled', cancelledBy: 'demo-resident-li', cancelledByRole: 'resident' }),
    );
    expect(stored.events.at(-1)).toEqual(expect.objectContaining({ type: 'cancelled', code: '100002', reason: '孩子回来了，不用去了' }));
    await unchanged(
      () => test.call('demo-resident-li', 'servicedays', 'cancelBooking', { sessionId: demoSession, code: '100002', reason: '再取消' }),
      refused('BOOKING_NOT_ACTIVE'),
    );
    const again = dataOf(
      await test.call('demo-resident-li', 'servicedays', 'book', { sessionId: demoSession, slotKey: 'w2_1000', requestKey: 'li-again-01' }),
    );
    expect(again.status).toBe('booked');
    const mine = dataOf(await test.call('demo-resident-li', 'servicedays', 'myBookings', {}));
    expect(mine.upcoming.map((b) => b.code)).toEqual([again.code]);
    expect(mine.past.map((b) => [b.code, b.status])).toEqual([['100002', 'cancelled']]);
  });

  it('refuses online cancellation within the cutoff, but staff can still cancel before the slot', async () => {
    clockAt(demoDate, '07:30');
    await unchanged(
      () => test.call('demo-resident-wang', 'servicedays', 'cancelBooking', { sessionId: demoSession, code: '100001', reason: '来不了' }),
      refused('CANCEL_TOO_LATE'),
    );
    const byStaff = dataOf(
      await test.call('demo-staff-township', 'servicedays', 'cancelBooking', {
        sessionId: demoSession,
        code: '100001',
        reason: '本人来电取消',
      }),
    );
    expect(byStaff).toEqual(expect.objectContaining({ status: 'cancelled', cancelledBy: 'staff' }));
    clockAt(demoDate, '09:10');
    await unchanged(
      () => test.call('demo-staff-township', 'servicedays', 'cancelBooking', { sessionId: demoSession, code: '100003', reason: '来电' }),
      refused('BOOKING_CLOSED'),
    );
  });

  it('refuses a slot that has begun, a full slot with 已约满, and a date before its booking opens', async () => {
    clockAt(demoDate, '09:05');
    await unchanged(
      () =>
        test.call('demo-resident-zhao', 'servicedays', 'book', { sessionId: demoSession, slotKey: 'w4_0900', requestKey: 'late-key-01' }),
      refused('BOOKING_CLOSED'),
    );
    test.cloud.setClockOffset(0);
    for (const [n, openid] of ['demo-grid-wang', 'demo-grid-zhou'].entries()) {
      dataOf(await test.call(openid, 'servicedays', 'book', { sessionId: demoSession, slotKey: 'w4_1130', requestKey: `fill-key-${n}` }));
    }
    const full = await test.call('demo-grid-guo', 'servicedays', 'book', {
      sessionId: demoSession,
      slotKey: 'w4_1130',
      requestKey: 'fill-key-9',
    });
    expect(full).toEqual(refused('SLOT_FULL'));
    expect((full as { message: string }).message).toContain('已约满');

    // Horizon down to one week: the date two weeks ahead stays, but is not open for booking yet.
    dataOf(
      await test.call('demo-staff-township', 'servicedays', 'saveServiceDay', {
        ...township,
        id: DEMO_SERVICE_DAY_ID,
        expectedVersion: 1,
        horizonWeeks: 1,
      }),
    );
    const far = sessionIdOf(DEMO_SERVICE_DAY_ID, addDays(demoDate, 14));
    await unchanged(
      () => test.call('demo-resident-zhao', 'servicedays', 'book', { sessionId: far, slotKey: 'w1_0900', requestKey: 'far-key-01' }),
      refused('BOOKING_NOT_OPEN'),
    );
  });
});

describe('at the hall', () => {
  it('checks in by code only on the day, once; marks no-shows once the slot began; registers walk-ins', async () => {
    await unchanged(
      () => test.call('demo-staff-township', 'servicedays', 'checkIn', { sessionId: demoSession, code: '100001' }),
      refused('WRONG_DAY'),
    );
    clockAt(demoDate, '08:55');
    const checked = dataOf(await test.call('demo-staff-township', 'servicedays', 'checkIn', { sessionId: demoSession, code: '100001' }));
    expect(checked).toEqual(expect.objectContaining({ name: '王秀英', status: 'checkedIn', start: '09:00' }));
    await unchanged(
      () => test.call('demo-staff-township', 'servicedays', 'checkIn', { sessionId: demoSession, code: '100001' }),
      refused('CONFLICT'),
    );
    await unchanged(
      () => test.call('demo-staff-township', 'servicedays', 'checkIn', { sessionId: demoSession, code: '999999' }),
      refused('NOT_FOUND'),
    );
    await unchanged(
      () => test.call('demo-staff-township', 'servicedays', 'markNoShow', { sessionId: demoSession, code: '100003' }),
      refused('TOO_EARLY'),
    );

    clockAt(demoDate, '09:40');
    const noShow = dataOf(await test.call('demo-staff-township', 'servicedays', 'markNoShow', { sessionId: demoSession, code: '100003' }));
    expect(noShow.status).toBe('noShow');
    await unchanged(
      () => test.call('demo-staff-township', 'servicedays', 'markNoShow', { sessionId: demoSession, code: '100001' }),
      refused('BOOKING_NOT_ACTIVE'),
    );
    // Arriving late after all: checked in.
    expect(
      dataOf(await test.call('demo-staff-township', 'servicedays', 'checkIn', { sessionId: demoSession, code: '100003' })).status,
    ).toBe('checkedIn');

    const walkIn = {
      sessionId: demoSession,
      windowId: 'w4',
      slotKey: 'w4_1000',
      name: '汪大爷',
      phone: '13900001111',
      requestKey: 'walk-in-0001',
    };
    const [w1, w1again] = await Promise.all([
      test.call('demo-staff-township', 'servicedays', 'addWalkIn', walkIn),
      test.call('demo-staff-township', 'servicedays', 'addWalkIn', walkIn),
    ]);
    expect(dataOf(w1).code).toBe(dataOf(w1again).code);
    expect(dataOf(w1)).toEqual(expect.objectContaining({ source: 'walkIn', status: 'checkedIn', start: '10:00' }));
    // The key sent again for someone else is another registration under a used key, not 汪大爷's.
    await unchanged(
      () => test.call('demo-staff-township', 'servicedays', 'addWalkIn', { ...walkIn, name: '钱大伯' }),
      refused('KEY_REUSED'),
    );
    dataOf(
      await test.call('demo-staff-township', 'servicedays', 'addWalkIn', {
        ...walkIn,
        name: '郭大妈',
        phone: undefined,
        requestKey: 'walk-in-0002',
      }),
    );
    await unchanged(
      () => test.call('demo-staff-township', 'servicedays', 'addWalkIn', { ...walkIn, name: '李老汉', requestKey: 'walk-in-0003' }),
      refused('SLOT_FULL'),
    );
    // Without a slot: queued, no place taken.
    const queued = dataOf(
      await test.call('demo-staff-township', 'servicedays', 'addWalkIn', {
        sessionId: demoSession,
        windowId: 'w4',
        name: '李老汉',
        requestKey: 'walk-in-0004',
      }),
    );
    expect(queued).toEqual(expect.objectContaining({ slotKey: null, status: 'checkedIn' }));

    const list = dataOf(await test.call('demo-staff-township', 'servicedays', 'dayList', { sessionId: demoSession }));
    expect(list.totals).toEqual({ booked: 3, checkedIn: 5, noShow: 0, walkIn: 3, cancelled: 0 });
    const law = list.windows.find((w) => w.id === 'w4')!;
    expect(law.slots.find((s) => s.key === 'w4_1000')).toEqual(expect.objectContaining({ capacity: 2, taken: 2 }));
    expect(list.events.map((e) => e.type).slice(0, 4)).toEqual(['walkIn', 'walkIn', 'walkIn', 'checkedIn']);
    expect(list.events.find((e) => e.type === 'noShow')).toEqual(
      expect.objectContaining({ code: '100003', byName: '黄文斌', byRole: 'staff' }),
    );
  });
});

describe('two walk-ins under one key at once', () => {
  it('the one that loses the race gets the first booking only when it is the same person: other content is KEY_REUSED', async () => {
    clockAt(demoDate, '09:30');
    const walkIn = { sessionId: demoSession, windowId: 'w4', name: '汪大爷', phone: '13900001111', requestKey: 'walk-in-race-1' };
    const answers = await Promise.all([
      test.call('demo-staff-township', 'servicedays', 'addWalkIn', walkIn),
      test.call('demo-staff-township', 'servicedays', 'addWalkIn', { ...walkIn, name: '钱大伯', phone: '13900002222' }),
    ]);
    const kept = answers.filter((answer) => answer.ok);
    expect(kept).toHaveLength(1);
    expect(answers.find((answer) => !answer.ok)).toMatchObject({ ok: false, code: 'KEY_REUSED' });
    const list = dataOf(await test.call('demo-staff-township', 'servicedays', 'dayList', { sessionId: demoSession }));
    expect(list.totals.walkIn).toBe(1);
  });
});

describe('changing a service day', () => {
  it('refuses to lower a window below what is booked, listing the bookings, and changes nothing', async () => {
    const lowered = {
      ...township,
      id: DEMO_SERVICE_DAY_ID,
      expectedVersion: 1,
      windows: township.windows.map((w) => (w.id === 'w1' ? { ...w, capacity: 0 + 1 } : w)),
    };
    // 社保 09:00 has 王秀英; fill it to 3 so that 1 is below.
    for (const [n, openid] of ['demo-grid-wang', 'demo-grid-zhou'].entries()) {
      dataOf(await test.call(openid, 'servicedays', 'book', { sessionId: demoSession, slotKey: 'w1_0900', requestKey: `social-${n}-key` }));
    }
    const before = await snapshotStore(test);
    const answer = await test.call('demo-staff-township', 'servicedays', 'saveServiceDay', lowered);
    expect(answer).toEqual(refused('CAPACITY_BELOW_BOOKED'));
    const details = (answer as { details: string[] }).details;
    expect(details).toHaveLength(1);
    expect(details[0]).toContain('社保 09:00–09:30：已约3人，新名额1人');
    expect(details[0]).toContain('王秀英（预约码 100001');
    expect(await snapshotStore(test)).toBe(before);

    const raised = dataOf(
      await test.call('demo-staff-township', 'servicedays', 'saveServiceDay', {
        ...township,
        id: DEMO_SERVICE_DAY_ID,
        expectedVersion: 1,
        windows: township.windows.map((w) => (w.id === 'w1' ? { ...w, capacity: 6 } : w)),
      }),
    );
    expect(raised.version).toBe(2);
    expect((await session()).slots.w1_0900).toEqual(expect.objectContaining({ capacity: 6, remaining: 3 }));
    expect((await session(nextWeekSession)).slots.w1_0900).toEqual(expect.objectContaining({ capacity: 6, remaining: 6 }));
    await unchanged(
      () => test.call('demo-staff-township', 'servicedays', 'saveServiceDay', { ...township, id: DEMO_SERVICE_DAY_ID, expectedVersion: 1 }),
      refused('CONFLICT'),
    );
    // An edit that names no version would overwrite whatever is stored: refused, nothing written.
    await unchanged(
      () => test.call('demo-staff-township', 'servicedays', 'saveServiceDay', { ...township, id: DEMO_SERVICE_DAY_ID }),
      refused('INVALID_INPUT'),
    );
  });

  it('refuses to remove a window or change hours under a booked person, but adds windows and dates', async () => {
    const without户籍 = {
      ...township,
      id: DEMO_SERVICE_DAY_ID,
      expectedVersion: 1,
      windows: township.windows.filter((w) => w.id !== 'w3'),
    };
    const answer = await test.call('demo-staff-township', 'servicedays', 'saveServiceDay', without户籍);
    expect(answer).toEqual(refused('SLOTS_IN_USE'));
    expect((answer as { details: string[] }).details.join()).toContain('孙小明');

    const saved = dataOf(
      await test.call('demo-staff-township', 'servicedays', 'saveServiceDay', {
        ...township,
        id: DEMO_SERVICE_DAY_ID,
        expectedVersion: 1,
        recurrence: { kind: 'weekly', weekdays: [3, 5] },
        windows: [...township.windows, { name: '民政', capacity: 2 }],
      }),
    );
    expect(saved.windows.at(-1)).toEqual({ id: 'w6', name: '民政', capacity: 2 });
    const friday = await session(sessionIdOf(DEMO_SERVICE_DAY_ID, addDays(demoDate, 2)));
    expect(friday.slots.w6_0900).toEqual(expect.objectContaining({ capacity: 2, remaining: 2 }));
    expect((await session()).bookings).toHaveLength(3);
  });

  it('creates a new service day with its dates in the horizon, refusing hours that do not divide', async () => {
    await unchanged(
      () => test.call('demo-staff-taihua', 'servicedays', 'saveServiceDay', { ...township_(), placeId: 'v-taihua', endTime: '11:45' }),
      refused('INVALID_INPUT'),
    );
    const created = dataOf(
      await test.call('demo-staff-taihua', 'servicedays', 'saveServiceDay', {
        ...township_(),
        placeId: 'v-taihua',
        title: '太华村服务日',
        recurrence: { kind: 'monthly', days: [1, 15, 31] },
      }),
    );
    expect(created.place).toEqual({ id: 'v-taihua', name: '太华村', level: 'village' });
    const dates = ((await test.cloud.store.find('serviceSessions', { serviceDayId: created.id })) as unknown as ServiceSession[]).map(
      (s) => s.date,
    );
    expect(dates.length).toBeGreaterThanOrEqual(1);
    for (const date of dates) expect(['01', '15', '31']).toContain(date.slice(8));
  });
});

describe('exceptions and the reminder', () => {
  it('cancels a date: bookings cancelled and kept, everyone who allowed it notified, refusals logged, the date shown as cancelled, then restored', async () => {
    // 王秀英 and 李建国 allowed the messages when they booked; 孙小明 did not.
    await allowMessages('demo-resident-wang');
    await allowMessages('demo-resident-li');
    const result = dataOf(
      await test.call('demo-staff-township', 'servicedays', 'cancelDate', {
        serviceDayId: DEMO_SERVICE_DAY_ID,
        date: demoDate,
        reason: '大厅维修，暂停一次',
      }),
    );
    expect(result).toEqual(expect.objectContaining({ cancelledBookings: 3, notified: 2 }));
    expect(result.serviceDay.cancelledDates).toEqual([{ date: demoDate, reason: '大厅维修，暂停一次' }]);
    const notices = test.cloud.outbox().filter((m) => m.templateId === 'SERVICEDAY_CANCELLED');
    expect(notices.map((m) => m.touser).sort()).toEqual(['demo-resident-li', 'demo-resident-wang']);
    expect(notices[0]).toEqual(expect.objectContaining({ page: 'packages/servicedays/my/index', functionName: 'servicedays' }));
    expect(JSON.stringify(notices[0].data)).toContain('大厅维修，暂停一次');

    const stored = await session();
    expect(stored.status).toBe('cancelled');
    expect(stored.bookings.map((b) => [b.status, b.dayCancelled, b.cancelReason])).toEqual(
      Array(3).fill(['cancelled', true, '大厅维修，暂停一次']),
    );
    expect(Object.values(stored.slots).every((s) => s.remaining === s.capacity)).toBe(true);
    expect(stored.events.filter((e) => e.type === 'noticeSent')).toHaveLength(2);
    expect(stored.events.filter((e) => e.type === 'noticeFailed').map((e) => e.code)).toEqual(['100003']);

    const browse = dataOf(await test.call('demo-resident-wang', 'servicedays', 'browse', {}));
    expect(browse.sessions.find((s) => s.id === demoSession)).toEqual(
      expect.objectContaining({ status: 'cancelled', cancelReason: '大厅维修，暂停一次', left: 0 }),
    );
    const mine = dataOf(await test.call('demo-resident-wang', 'servicedays', 'myBookings', {}));
    expect(mine.past[0]).toEqual(expect.objectContaining({ code: '100001', status: 'cancelled', dayCancelled: true }));
    await unchanged(
      () =>
        test.call('demo-resident-zhao', 'servicedays', 'book', { sessionId: demoSession, slotKey: 'w1_0900', requestKey: 'closed-key-1' }),
      refused('DAY_CANCELLED'),
    );
    await unchanged(
      () =>
        test.call('demo-staff-township', 'servicedays', 'cancelDate', {
          serviceDayId: DEMO_SERVICE_DAY_ID,
          date: demoDate,
          reason: '再取消',
        }),
      refused('CONFLICT'),
    );

    const restored = dataOf(
      await test.call('demo-staff-township', 'servicedays', 'addExtraDate', { serviceDayId: DEMO_SERVICE_DAY_ID, date: demoDate }),
    );
    expect(restored.cancelledDates).toEqual([]);
    expect((await session()).status).toBe('open');
    dataOf(
      await test.call('demo-resident-zhao', 'servicedays', 'book', {
        sessionId: demoSession,
        slotKey: 'w1_0900',
        requestKey: 'reopen-key-1',
      }),
    );
  });

  it('adds an extra date that residents can book at once', async () => {
    const extra = addDays(demoDate, 1);
    const day = dataOf(
      await test.call('demo-staff-township', 'servicedays', 'addExtraDate', { serviceDayId: DEMO_SERVICE_DAY_ID, date: extra }),
    );
    expect(day.extraDates).toEqual([extra]);
    dataOf(
      await test.call('demo-resident-zhao', 'servicedays', 'book', {
        sessionId: sessionIdOf(DEMO_SERVICE_DAY_ID, extra),
        slotKey: 'w2_1000',
        requestKey: 'extra-key-1',
      }),
    );
    await unchanged(
      () =>
        test.call('demo-staff-township', 'servicedays', 'addExtraDate', { serviceDayId: DEMO_SERVICE_DAY_ID, date: addDays(demoDate, 7) }),
      refused('CONFLICT'),
    );
  });

  it('reminds everyone booked who allowed it the evening before, once, logs the refusals, and opens a new date each day', async () => {
    await allowMessages('demo-resident-wang');
    await allowMessages('demo-resident-li');
    clockAt(addDays(demoDate, -1), '18:00');
    const fired = await test.cloud.fireTimer('servicedays', 'remindDayBefore');
    expect(fired.result).toEqual({ ok: true, data: expect.objectContaining({ reminded: 2, failed: 1 }) });
    const reminders = test.cloud.outbox().filter((m) => m.templateId === 'SERVICEDAY_REMINDER');
    expect(reminders.map((m) => m.touser).sort()).toEqual(['demo-resident-li', 'demo-resident-wang']);
    const wang = reminders.find((m) => m.touser === 'demo-resident-wang')!;
    expect(wang.data).toEqual(
      expect.objectContaining({
        thing1: { value: '凉泉乡便民服务日 社保' },
        time2: { value: `${Number(demoDate.slice(0, 4))}年${Number(demoDate.slice(5, 7))}月${Number(demoDate.slice(8))}日 09:00` },
        thing3: { value: '凉泉乡为民服务大厅' },
        character_string4: { value: '100001' },
      }),
    );
    const again = await test.cloud.fireTimer('servicedays', 'remindDayBefore');
    expect(again.result).toEqual({ ok: true, data: expect.objectContaining({ reminded: 0 }) });
    expect(test.cloud.outbox().filter((m) => m.templateId === 'SERVICEDAY_REMINDER')).toHaveLength(2);
    expect((await session()).events.filter((e) => e.type === 'reminded')).toHaveLength(2);
    expect((await session()).events.filter((e) => e.type === 'reminderFailed').map((e) => e.code)).toEqual(['100003']);

    // A week later a new Wednesday has entered the four-week horizon.
    clockAt(addDays(demoDate, 7), '18:00');
    const rolled = await test.cloud.fireTimer('servicedays', 'remindDayBefore');
    expect((rolled.result as { data: { sessionsCreated: number } }).data.sessionsCreated).toBeGreaterThanOrEqual(1);
  });
});
