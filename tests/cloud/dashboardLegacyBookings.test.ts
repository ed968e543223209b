import { splitLegacyDate } from '../../cloudfunctions/domain/servicedays/dateLayout';
import { sessionIdOf } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { DEMO_SERVICE_DAY_ID, demoBookingDate, demoServiceSessions } from '../../localcloud/seed/demoServiceDays';
import { resetDemoData } from '../support/resetDemoData';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * The dashboard's service-day figures while a date stored in the first
 * layout (its bookings inside its document) is being moved: a move that
 * died after copying the bookings, before taking them off the date, leaves
 * both; each booking is still counted once. Demo: 凉泉乡's demo date, three
 * bookings (王秀英, 李建国, 孙小明).
 */
const demoDate = demoBookingDate(new Date());
const sessionId = sessionIdOf(DEMO_SERVICE_DAY_ID, demoDate);
const month = demoDate.slice(0, 7);

let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());
beforeEach(() => resetDemoData(test));

const figures = async () => dataOf(await test.call('demo-staff-township', 'dashboard', 'overview', { from: month, to: month })).serviceDays;

/** The demo date back in the first layout; with `copied`, a move that died after copying its bookings. */
function firstLayout(copied: boolean): void {
  const legacy = demoServiceSessions(new Date()).find((s) => s._id === sessionId)!;
  for (const collection of ['serviceBookings', 'slotTallies', 'bookingCodes']) {
    test.cloud.store.documents.remove(collection, { sessionId }, true);
  }
  test.cloud.store.documents.remove('serviceSessions', { _id: sessionId }, false);
  test.cloud.store.insertMany('serviceSessions', [legacy]);
  if (copied) test.cloud.store.insertMany('serviceBookings', splitLegacyDate(legacy, new Date()).docs);
}

it('counts each booking once, before, during and after a date is moved out of the first layout', async () => {
  const moved = await figures();
  expect(moved.bookings).toBeGreaterThanOrEqual(3);
  firstLayout(false);
  expect(await figures()).toEqual(moved);
  firstLayout(true);
  expect(await figures()).toEqual(moved);
});
