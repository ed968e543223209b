import { registerResident } from '../../cloudfunctions/domain/people/registerResident';
import { addDays, instantAt } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import { slotTallyIdOf, type SlotTally } from '../../cloudfunctions/domain/servicedays/dateLayout';
import { sessionIdOf, takesPlace, type ServiceSession } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { CloudError } from '../../localcloud/errors';
import { DEMO_SERVICE_DAY_ID, demoBookingDate, demoServiceSessions } from '../../localcloud/seed/demoServiceDays';
import { storedSession } from '../support/bookingRush';
import { resetDemoData } from '../support/resetDemoData';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * Bookings stored a document per person and date, places counted per slot:
 * the guarantees the single date document gave, kept under concurrency, a
 * function dying between two writes, and dates stored in the first layout.
 * Demo data: 凉泉乡 every Wednesday (社保 w1 4 places, 医保 w2 4, 户籍 w3 3,
 * 法律咨询 w4 2, 农技 w5 3 per half hour); 王秀英 (w1 09:00, 100001), 李建国
 * (w2 09:30, 100002) and 孙小明 (w3 09:00, 100003) booked on the demo date.
 */
const demoDate = demoBookingDate(new Date());
const demoSession = sessionIdOf(DEMO_SERVICE_DAY_ID, demoDate);

let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud({ workers: 8 });
  // Instances are started two more at a time (each loads the function's code): eight loading together on a
  // busy machine can exceed the time a load is allowed, and the races below need them all.
  for (let n = 2; n <= 8; n += 2) {
    await Promise.all(
      Array.from({ length: n }, () => test.call('demo-resident-wang', 'servicedays', 'getSession', { sessionId: demoSession })),
    );
  }
});
afterAll(() => test.close());
beforeEach(async () => {
  test.cloud.setClockOffset(0);
  await resetDemoData(test);
});

let residentCount = 0;
/** Registered residents of 湖滨 who have booked nothing. */
function newResidents(count: number): string[] {
  const now = new Date();
  const residents = Array.from({ length: count }, () => {
    residentCount += 1;
    return { ...registerResident(`layout-resident-${residentCount}`, 'g-hubin-1', now), name: `村民${residentCount}` };
  });
  test.cloud.store.insertMany('users', residents);
  return residents.map((r) => r._id);
}

const book = (openid: string, slotKey: string, requestKey: string) =>
  test.call(openid, 'servicedays', 'book', { sessionId: demoSession, slotKey, requestKey });

/** Places every slot of the date counts as taken agree with the bookings holding one. */
function expectTalliesMatch(session: ServiceSession): void {
  for (const [key, slot] of Object.entries(session.slots)) {
    const holding = session.bookings.filter((b) => takesPlace(b) && b.slotKey === key).length;
    expect({ key, taken: slot.capacity - slot.remaining }).toEqual({ key, taken: holding });
  }
}

it('gives one person one booking of the date however many they send at once, and every other place back', async () => {
  const slots = ['w1_0930', 'w1_1000', 'w2_1000', 'w3_1000', 'w4_1000', 'w5_1000', 'w5_1030', 'w2_1100'];
  const answers = await Promise.all(slots.map((slot, n) => book('demo-resident-zhao', slot, `zhao-rush-key-${n}`)));
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  for (const refused of answers.filter((a) => !a.ok)) expect(refused).toEqual(expect.objectContaining({ code: 'ALREADY_BOOKED' }));
  const stored = await storedSession(test, demoSession);
  expect(stored.bookings.filter((b) => b.openid === 'demo-resident-zhao' && b.status === 'booked')).toHaveLength(1);
  expect(stored.holders['demo-resident-zhao']).toBe(1);
  expectTalliesMatch(stored);
});

it('spends 6 database actions on a booking of a slot already booked, and 2 refusing one when the slot is full', async () => {
  const [first, second, third] = newResidents(3);
  const bookRaw = (openid: string, requestKey: string) =>
    test.raw(openid, 'servicedays', { action: 'book', payload: { sessionId: demoSession, slotKey: 'w4_0900', requestKey } });
  expect((await bookRaw(first, 'actions-key-1')).body).toEqual(expect.objectContaining({ ok: true }));
  // The caller; the date, the person's document and the slot's tally in one read (an aggregate joining them by
  // _id); the place taken; the code claimed; the booking added; the date read again (a staff change meanwhile).
  const booked = await bookRaw(second, 'actions-key-2');
  expect(booked.body).toEqual(expect.objectContaining({ ok: true }));
  expect(booked.dbActions).toBe(6);
  const refused = await bookRaw(third, 'actions-key-3');
  expect(refused.body).toEqual(expect.objectContaining({ ok: false, code: 'SLOT_FULL' }));
  // The caller and the one read: a full slot is refused before anything is written.
  expect(refused.dbActions).toBe(2);
  const [tally] = test.cloud.store.find('slotTallies', { _id: slotTallyIdOf(demoSession, 'w4_0900') }) as unknown as SlotTally[];
  expect(tally).toEqual(expect.objectContaining({ taken: 2, holds: {} }));
});

it('frees a cancelled place exactly once, however many cancellations arrive together', async () => {
  const answers = await Promise.all(
    Array.from({ length: 6 }, () =>
      test.call('demo-resident-wang', 'servicedays', 'cancelBooking', { sessionId: demoSession, code: '100001', reason: '有事' }),
    ),
  );
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  const stored = await storedSession(test, demoSession);
  expect(stored.slots.w1_0900.remaining).toBe(4);
  expect(stored.events.filter((e) => e.type === 'cancelled' && e.code === '100001')).toHaveLength(1);
  expectTalliesMatch(stored);
});

it('never gives more places than a slot has when its bookings race, and stores just the bookings it confirmed', async () => {
  const residents = newResidents(12);
  const answers = await Promise.all(residents.map((openid, n) => book(openid, 'w4_0930', `race-key-${n}`)));
  const confirmed = answers.filter((a) => a.ok);
  expect(confirmed).toHaveLength(2);
  const stored = await storedSession(test, demoSession);
  expect(
    stored.bookings
      .filter((b) => b.slotKey === 'w4_0930')
      .map((b) => b.code)
      .sort(),
  ).toEqual(confirmed.map((a) => (a.ok ? a.data.code : '')).sort());
  expect(stored.slots.w4_0930.remaining).toBe(0);
});

/** A booking whose own write the database fails, as a function dying between its writes would leave it. */
async function bookAndDie(openid: string, slotKey: string, requestKey: string) {
  const documents = test.cloud.store.documents;
  const insert = documents.insert.bind(documents);
  documents.insert = (collection, docs, txId) => {
    if (collection === 'serviceBookings') throw new CloudError('DATABASE_REQUEST_FAILED', 'the function died here');
    return insert(collection, docs, txId);
  };
  try {
    return await book(openid, slotKey, requestKey);
  } finally {
    documents.insert = insert;
  }
}

it('the evening timer gives back a place a dead booking left counted, once, and only when no write of it can still come', async () => {
  const [first, second] = newResidents(2);
  expect((await bookAndDie(first, 'w4_1030', 'timer-dying-key')).ok).toBe(false);
  expect(dataOf(await book(second, 'w4_1030', 'timer-second-key')).code).toMatch(/^\d{6}$/);
  const tallyOf = () => (test.cloud.store.find('slotTallies', { _id: slotTallyIdOf(demoSession, 'w4_1030') }) as unknown as SlotTally[])[0];
  // Within the minute a booking's own write may still be coming: the count stays.
  const early = await test.cloud.fireTimer('servicedays', 'remindDayBefore');
  expect(early.result).toEqual({ ok: true, data: expect.objectContaining({ placesFreed: 0 }) });
  expect(tallyOf().taken).toBe(2);
  test.cloud.setClockOffset(2 * 60_000);
  const fired = await test.cloud.fireTimer('servicedays', 'remindDayBefore');
  expect(fired.result).toEqual({ ok: true, data: expect.objectContaining({ placesFreed: 1 }) });
  expect(tallyOf().taken).toBe(1);
  const again = await test.cloud.fireTimer('servicedays', 'remindDayBefore');
  expect(again.result).toEqual({ ok: true, data: expect.objectContaining({ placesFreed: 0 }) });
  expectTalliesMatch(await storedSession(test, demoSession));
});

it('a booking whose function dies after taking its place leaves it to nobody, and the place comes back a minute after the last take', async () => {
  const [first, second, third] = newResidents(3);
  expect((await bookAndDie(first, 'w4_0900', 'dying-key-1')).ok).toBe(false);
  const [tally] = test.cloud.store.find('slotTallies', { _id: slotTallyIdOf(demoSession, 'w4_0900') }) as unknown as SlotTally[];
  expect(tally.taken).toBe(1);
  expect(tally.holds).toEqual({});

  // Under-booked, never over-booked: the held place is nobody's, and the slot is full for now.
  expect(await book(second, 'w4_0900', 'second-key-1')).toEqual(expect.objectContaining({ ok: true }));
  expect(await book(third, 'w4_0900', 'third-key-1')).toEqual(expect.objectContaining({ ok: false, code: 'SLOT_FULL' }));

  // A minute on, no booking's write can still be coming: the next booking of the full slot recounts it and gets the place.
  test.cloud.setClockOffset(2 * 60_000);
  expect(await book(third, 'w4_0900', 'third-key-2')).toEqual(expect.objectContaining({ ok: true }));
  const stored = await storedSession(test, demoSession);
  expect(
    stored.bookings
      .filter((b) => b.slotKey === 'w4_0900' && takesPlace(b))
      .map((b) => b.openid)
      .sort(),
  ).toEqual([second, third].sort());
  expect(stored.slots.w4_0900.remaining).toBe(0);
  const [settled] = test.cloud.store.find('slotTallies', { _id: slotTallyIdOf(demoSession, 'w4_0900') }) as unknown as SlotTally[];
  expect(settled.taken).toBe(2);
});

it('a second cancellation of one booking that dies holding its release never frees the place again', async () => {
  const [booker, ...others] = newResidents(4);
  const code = dataOf(await book(booker, 'w4_1000', 'cancelled-twice-key')).code;
  expect((await test.call(booker, 'servicedays', 'cancelBooking', { sessionId: demoSession, code, reason: '有事' })).ok).toBe(true);
  // Another cancellation read the booking while it was still booked, held its release and died before its write.
  const [doc] = test.cloud.store.find('serviceBookings', { 'records.code': code });
  test.cloud.store.documents.update(
    'slotTallies',
    { _id: slotTallyIdOf(demoSession, 'w4_1000') },
    { $set: { [`holds.r${code}_dead`]: { kind: 'release', bookingsId: doc._id, requestKey: '', code, token: 'dead', at: new Date() } } },
    { multi: false, replace: false, upsert: false },
  );
  // A minute on, that hold is stale; filling the slot settles it, and it must not give the place a second time.
  test.cloud.setClockOffset(2 * 60_000);
  const answers = [];
  for (const [n, openid] of others.entries()) answers.push(await book(openid, 'w4_1000', `after-twice-key-${n}`));
  test.cloud.setClockOffset(0);
  expect(answers.map((a) => (a.ok ? 'ok' : a.code))).toEqual(['ok', 'ok', 'SLOT_FULL']);
  const stored = await storedSession(test, demoSession);
  expect(stored.slots.w4_1000.remaining).toBe(0);
  expectTalliesMatch(stored);
});

it('cancelling a date while residents book it leaves none of them booked', async () => {
  const residents = newResidents(10);
  const [cancelled, ...answers] = await Promise.all([
    test.call('demo-staff-township', 'servicedays', 'cancelDate', { serviceDayId: DEMO_SERVICE_DAY_ID, date: demoDate, reason: '停电' }),
    ...residents.map((openid, n) => book(openid, n % 2 ? 'w5_0900' : 'w5_0930', `during-cancel-key-${n}`)),
  ]);
  expect(cancelled.ok).toBe(true);
  for (const answer of answers) if (!answer.ok) expect(['DAY_CANCELLED', 'SLOT_FULL']).toContain(answer.code);
  const stored = await storedSession(test, demoSession);
  expect(stored.status).toBe('cancelled');
  expect(stored.bookings.filter((b) => b.status === 'booked')).toEqual([]);
});

describe('a date stored in the first layout (its bookings inside its document)', () => {
  beforeEach(() => {
    // The demo date as the first layout stored it: nothing of it in the bookings, tallies or codes.
    const legacy = demoServiceSessions(new Date()).find((s) => s._id === demoSession)!;
    for (const collection of ['serviceBookings', 'slotTallies', 'bookingCodes']) {
      test.cloud.store.documents.remove(collection, { sessionId: demoSession }, true);
    }
    test.cloud.store.documents.remove('serviceSessions', { _id: demoSession }, false);
    test.cloud.store.insertMany('serviceSessions', [legacy]);
  });

  it('is moved on first use with its bookings, places, codes and the one-per-person rule kept', async () => {
    expect(await book('demo-resident-wang', 'w5_0900', 'wang-second-key')).toEqual(
      expect.objectContaining({ ok: false, code: 'ALREADY_BOOKED' }),
    );
    // Refused: nothing written, the move included (tests/cloud/legacyDateRefusals.test.ts).
    expect(test.cloud.store.find('serviceSessions', { _id: demoSession })[0]).toHaveProperty('bookings');
    const zhao = dataOf(await book('demo-resident-zhao', 'w2_0930', 'zhao-after-move'));
    expect(test.cloud.store.find('serviceSessions', { _id: demoSession })[0]).not.toHaveProperty('bookings');
    expect(['100001', '100002', '100003']).not.toContain(zhao.code);
    const stored = await storedSession(test, demoSession);
    expect(stored.bookings.map((b) => b.code).sort()).toEqual(['100001', '100002', '100003', zhao.code].sort());
    expect(stored.slots.w2_0930.remaining).toBe(2);
    expectTalliesMatch(stored);
    const list = dataOf(await test.call('demo-staff-township', 'servicedays', 'dayList', { sessionId: demoSession }));
    expect(list.totals.booked).toBe(4);
    expect(list.events.filter((e) => e.type === 'booked')).toHaveLength(4);
  });

  it('shows the places its bookings take before it is moved (browse, the staff list)', async () => {
    const browsed = dataOf(await test.call('demo-resident-zhao', 'servicedays', 'browse', {})).sessions.find((s) => s.id === demoSession);
    expect(browsed?.left).toBe((browsed?.capacity ?? 0) - 3);
    const listed = dataOf(await test.call('demo-staff-township', 'servicedays', 'listServiceDays', {}));
    const card = listed.sessions.find((s) => s.id === demoSession);
    expect(card?.left).toBe((card?.capacity ?? 0) - 3);
    const [date] = test.cloud.store.find('serviceSessions', { _id: demoSession });
    expect(date).toHaveProperty('bookings');
  });

  it('is moved by the evening timer', async () => {
    const fired = await test.cloud.fireTimer('servicedays', 'remindDayBefore');
    expect(fired.result).toEqual({ ok: true, data: expect.objectContaining({ datesMoved: 1 }) });
    const [date] = test.cloud.store.find('serviceSessions', { _id: demoSession });
    expect(date).not.toHaveProperty('bookings');
    const stored = await storedSession(test, demoSession);
    expect(stored.bookings.map((b) => b.code).sort()).toEqual(['100001', '100002', '100003']);
    expectTalliesMatch(stored);
  });
});

describe('many dates still in the first layout', () => {
  beforeEach(() => {
    // More first-layout dates than the evening timer moves in one run, the demo date (booked for tomorrow) among them.
    const legacy = demoServiceSessions(new Date()).find((s) => s._id === demoSession)!;
    for (const collection of ['serviceBookings', 'slotTallies', 'bookingCodes']) {
      test.cloud.store.documents.remove(collection, { sessionId: demoSession }, true);
    }
    test.cloud.store.documents.remove('serviceSessions', { _id: demoSession }, false);
    const others = Array.from({ length: 45 }, (_, n) => ({
      ...legacy,
      _id: `a-first-layout-${String(n).padStart(2, '0')}`,
      serviceDayId: 'sd-first-layout-others',
      date: `2031-01-${String((n % 28) + 1).padStart(2, '0')}`,
      bookings: [],
      holders: {},
      keys: {},
      codes: {},
    }));
    test.cloud.store.insertMany('serviceSessions', [...others, legacy]);
  });
  afterEach(() => {
    test.cloud.store.documents.remove('serviceSessions', { serviceDayId: 'sd-first-layout-others' }, true);
  });

  it('reminds everyone booked on a first-layout date for tomorrow, however many such dates wait to be moved', async () => {
    test.cloud.setClockOffset(instantAt(addDays(demoDate, -1), '18:00').getTime() - Date.now());
    const fired = await test.cloud.fireTimer('servicedays', 'remindDayBefore');
    expect(fired.result).toEqual({ ok: true, data: expect.objectContaining({ reminded: expect.any(Number) }) });
    const stored = await storedSession(test, demoSession);
    const booked = stored.bookings.filter((b) => b.status === 'booked');
    expect(booked.map((b) => b.code).sort()).toEqual(['100001', '100002', '100003']);
    expect(booked.every((b) => b.remindedAt !== null)).toBe(true);
  });

  it("shows a first-layout date's booking in 我的预约", async () => {
    const mine = dataOf(await test.call('demo-resident-wang', 'servicedays', 'myBookings', {}));
    expect(mine.upcoming.map((b) => b.code)).toContain('100001');
  });
});
