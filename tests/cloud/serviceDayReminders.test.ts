import { addDays, instantAt } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import { sessionIdOf, type ServiceSession } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { CloudError } from '../../localcloud/errors';
import { DEMO_SERVICE_DAY_ID, DEMO_VILLAGE_SERVICE_DAY_ID, demoBookingDate } from '../../localcloud/seed/demoServiceDays';
import { storedSession } from '../support/bookingRush';
import { startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * The evening timer `remindDayBefore` when opening new dates goes wrong: a
 * date someone else created meanwhile (whatever words the database uses
 * for the collision), and a database failure while opening one. Neither
 * may cost anyone booked for tomorrow their reminder. Demo data: 王秀英,
 * 李建国 and 孙小明 booked on the first Wednesday two or more days ahead.
 */
const demoDate = demoBookingDate(new Date());
const demoSession = sessionIdOf(DEMO_SERVICE_DAY_ID, demoDate);

let test: TestCloud;
beforeEach(async () => {
  test = await startTestCloud();
  test.cloud.setClockOffset(instantAt(addDays(demoDate, -1), '18:00').getTime() - Date.now());
});
afterEach(() => test.close());

function sessions(query: Record<string, unknown>): ServiceSession[] {
  return test.cloud.store.find('serviceSessions', query) as unknown as ServiceSession[];
}

/** Removes a service day's last open date, so the timer has one to open again. */
function dropLastDate(serviceDayId: string): string {
  const last = sessions({ serviceDayId }).sort((a, b) => b.date.localeCompare(a.date))[0];
  test.cloud.store.documents.remove('serviceSessions', { _id: last._id }, false);
  return last._id;
}

/** Makes the database fail adding sessions of one service day; `landed`: the sessions are there all the same (someone else's). */
function failAdding(serviceDayId: string, error: CloudError, landed = false): () => void {
  const documents = test.cloud.store.documents;
  const insert = documents.insert.bind(documents);
  documents.insert = (collection, docs, txId) => {
    if (collection === 'serviceSessions' && docs.some((d) => d.serviceDayId === serviceDayId)) {
      if (landed) insert(collection, docs, txId);
      throw error;
    }
    return insert(collection, docs, txId);
  };
  return () => {
    documents.insert = insert;
  };
}

/** Everyone booked tomorrow was claimed for a reminder and the log says what became of it. */
async function expectEveryoneReminded(): Promise<void> {
  const session = await storedSession(test, demoSession);
  const booked = session.bookings.filter((b) => b.status === 'booked');
  expect(booked).toHaveLength(3);
  expect(booked.every((b) => b.remindedAt !== null)).toBe(true);
  expect(session.events.filter((e) => e.type === 'reminded' || e.type === 'reminderFailed')).toHaveLength(3);
}

it('takes a date created meanwhile as done, whatever the words of the collision, and reminds everyone', async () => {
  const dropped = dropLastDate(DEMO_SERVICE_DAY_ID);
  // Someone else creates the date first; the database reports the collision in its own words.
  const restore = failAdding(
    DEMO_SERVICE_DAY_ID,
    new CloudError('DATABASE_REQUEST_FAILED', 'E11000 DuplicateKey: _id already exists'),
    true,
  );
  const fired = await test.cloud.fireTimer('servicedays', 'remindDayBefore');
  restore();
  expect(fired.result).toEqual({ ok: true, data: expect.objectContaining({ reminded: expect.any(Number) }) });
  await expectEveryoneReminded();
  expect(sessions({ _id: dropped })).toHaveLength(1);
});

it('reminds everyone and opens the other service days when opening a date fails, and reports the run as failed', async () => {
  const townshipDate = dropLastDate(DEMO_SERVICE_DAY_ID);
  const villageDate = dropLastDate(DEMO_VILLAGE_SERVICE_DAY_ID);
  const restore = failAdding(DEMO_SERVICE_DAY_ID, new CloudError('DATABASE_REQUEST_FAILED', 'database request fail: system error'));
  const fired = await test.cloud.fireTimer('servicedays', 'remindDayBefore');
  restore();
  // The failure is not hidden: the run is logged as failed...
  expect(fired.result).toEqual(expect.objectContaining({ ok: false, code: 'INTERNAL' }));
  // ...after everything else was done.
  await expectEveryoneReminded();
  expect(sessions({ _id: villageDate })).toHaveLength(1);
  expect(sessions({ _id: townshipDate })).toHaveLength(0);

  // The next evening opens the date; nobody is reminded twice.
  const next = await test.cloud.fireTimer('servicedays', 'remindDayBefore');
  expect(next.result).toEqual({ ok: true, data: expect.objectContaining({ reminded: 0, failed: 0 }) });
  expect(sessions({ _id: townshipDate })).toHaveLength(1);
  const reminded = (await storedSession(test, demoSession)).events.filter((e) => e.type === 'reminded' || e.type === 'reminderFailed');
  expect(reminded).toHaveLength(3);
});
