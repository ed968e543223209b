import { instantAt } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import { planDateCancellation } from '../../cloudfunctions/domain/servicedays/dateExceptions';
import type { ServiceDay } from '../../cloudfunctions/domain/servicedays/ServiceDay';
import { sessionIdOf } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { DEMO_SERVICE_DAY_ID, demoBookingDate, demoServiceSessions } from '../../localcloud/seed/demoServiceDays';
import { resetDemoData } from '../support/resetDemoData';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * A date stored in the first layout (its bookings inside its document) is
 * moved to today's on first use: only for a caller the rules let through.
 * A refused caller (staff of another place, someone else's code, a booking
 * the rules refuse) writes nothing, the move included. Demo data: the date
 * is 凉泉乡's (demoBookingDate), 王秀英 holds 100001, 李建国 100002;
 * 方丽 is staff of 太华村 only.
 */
const demoDate = demoBookingDate(new Date());
const sessionId = sessionIdOf(DEMO_SERVICE_DAY_ID, demoDate);
const MOVED_TO = ['serviceBookings', 'slotTallies', 'bookingCodes'];

let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());
beforeEach(async () => {
  await resetDemoData(test);
  // On the date itself, so the day's own actions (check-in, walk-ins) are allowed by the calendar.
  test.cloud.setClockOffset(instantAt(demoDate, '10:30').getTime() - Date.now());
  const legacy = demoServiceSessions(new Date()).find((s) => s._id === sessionId)!;
  for (const collection of MOVED_TO) test.cloud.store.documents.remove(collection, { sessionId }, true);
  test.cloud.store.documents.remove('serviceSessions', { _id: sessionId }, false);
  test.cloud.store.insertMany('serviceSessions', [legacy]);
});
afterEach(() => test.cloud.setClockOffset(0));

/** What the date has in the database: its document and anything of it in today's layout. */
function stored(): unknown {
  return {
    date: test.cloud.store.find('serviceSessions', { _id: sessionId }),
    ...Object.fromEntries(MOVED_TO.map((c) => [c, test.cloud.store.find(c, { sessionId })])),
  };
}

const walkIn = { sessionId, windowId: 'w1', name: '张三', requestKey: 'walk-in-refused-1' };

it.each([
  ['dayList', { sessionId }],
  ['addWalkIn', walkIn],
  ['checkIn', { sessionId, code: '100001' }],
  ['markNoShow', { sessionId, code: '100002' }],
  ['cancelBooking', { sessionId, code: '100001', reason: '电话说不来了' }],
] as const)('%s by staff of another place is refused and moves nothing', async (action, payload) => {
  const before = stored();
  const answer = await test.call('demo-staff-taihua', 'servicedays', action, payload);
  expect(answer).toEqual(expect.objectContaining({ ok: false, code: 'OUT_OF_JURISDICTION' }));
  expect(stored()).toEqual(before);
  expect(test.cloud.store.find('serviceSessions', { _id: sessionId })[0]).toHaveProperty('bookings');
});

it("a resident cancelling someone else's code, or booking twice, is refused and moves nothing", async () => {
  const before = stored();
  const cancel = await test.call('demo-resident-zhao', 'servicedays', 'cancelBooking', { sessionId, code: '100001', reason: '不去了' });
  expect(cancel).toEqual(expect.objectContaining({ ok: false, code: 'NOT_FOUND' }));
  const again = await test.call('demo-resident-wang', 'servicedays', 'book', {
    sessionId,
    slotKey: 'w5_1130',
    requestKey: 'wang-refused-2',
  });
  expect(again).toEqual(expect.objectContaining({ ok: false, code: 'ALREADY_BOOKED' }));
  expect(stored()).toEqual(before);
});

it('the first check-in on a first-layout date finds the code the move brings over', async () => {
  const checked = dataOf(await test.call('demo-staff-township', 'servicedays', 'checkIn', { sessionId, code: '100001' }));
  expect(checked).toEqual(expect.objectContaining({ code: '100001', status: 'checkedIn' }));
  expect(test.cloud.store.find('serviceSessions', { _id: sessionId })[0]).not.toHaveProperty('bookings');
});

/** The date cancelled while it was stored in the first layout: its bookings cancelled inside its document. */
function cancelledInFirstLayout(): void {
  const legacy = demoServiceSessions(new Date()).find((s) => s._id === sessionId)!;
  const day = test.cloud.store.find('serviceDays', { _id: DEMO_SERVICE_DAY_ID })[0] as unknown as ServiceDay;
  const actor = { openid: 'demo-staff-township', name: '乡便民服务中心', role: 'staff' as const };
  const plan = planDateCancellation(day, legacy, demoDate, '暴雨停办', actor, demoDate, new Date());
  test.cloud.store.documents.remove('serviceSessions', { _id: sessionId }, false);
  test.cloud.store.insertMany('serviceSessions', [plan.session!]);
  test.cloud.store.documents.remove('serviceDays', { _id: DEMO_SERVICE_DAY_ID }, false);
  test.cloud.store.insertMany('serviceDays', [plan.day]);
}

const dayChange = { serviceDayId: DEMO_SERVICE_DAY_ID, date: demoDate };

it('cancelDate on a first-layout date already cancelled is refused and moves nothing; restoring it moves and reopens it', async () => {
  cancelledInFirstLayout();
  const before = { ...(stored() as object), day: test.cloud.store.find('serviceDays', { _id: DEMO_SERVICE_DAY_ID }) };
  const again = await test.call('demo-staff-township', 'servicedays', 'cancelDate', { ...dayChange, reason: '再取消一次' });
  expect(again).toEqual(expect.objectContaining({ ok: false, code: 'CONFLICT' }));
  expect({ ...(stored() as object), day: test.cloud.store.find('serviceDays', { _id: DEMO_SERVICE_DAY_ID }) }).toEqual(before);

  const restored = dataOf(await test.call('demo-staff-township', 'servicedays', 'addExtraDate', dayChange));
  expect(restored.cancelledDates).toEqual([]);
  expect(test.cloud.store.find('serviceSessions', { _id: sessionId })[0]).toEqual(
    expect.not.objectContaining({ bookings: expect.anything() }),
  );
  expect(test.cloud.store.find('serviceSessions', { _id: sessionId })[0]).toMatchObject({ status: 'open' });
});

it('addExtraDate on a first-layout date that is a service day already is refused and moves nothing', async () => {
  const before = stored();
  const extra = await test.call('demo-staff-township', 'servicedays', 'addExtraDate', dayChange);
  expect(extra).toEqual(expect.objectContaining({ ok: false, code: 'CONFLICT' }));
  expect(stored()).toEqual(before);
  expect(test.cloud.store.find('serviceSessions', { _id: sessionId })[0]).toHaveProperty('bookings');
});
