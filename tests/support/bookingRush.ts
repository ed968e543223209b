import { randomUUID } from 'node:crypto';
import type { BookingReceiptDto, Envelope } from '../../cloudfunctions/contract';
import { addDays, localDateOf, weekdayOf } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import { assembleSession, type DateBookings, type DateDocument, type SlotTally } from '../../cloudfunctions/domain/servicedays/dateLayout';
import type { ServiceSession } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { sessionIdOf } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { registerResident } from '../../cloudfunctions/domain/people/registerResident';
import { dataOf, type TestCloud } from './testCloud';

export interface RushOptions {
  attempts: number;
  capacity: number;
  /** Requests in flight at once: `attempts` fires them all together; fewer is that many clients each booking in turn. */
  inFlight: number;
}

export interface RushAnswer {
  openid: string;
  requestKey: string;
  body: Envelope<BookingReceiptDto>;
  dbActions: number;
  /** From sending the request to having the answer, as the client sees it. */
  ms: number;
}

export interface RushResult {
  sessionId: string;
  answers: RushAnswer[];
  /** The date's document after the rush. */
  session: ServiceSession;
}

/**
 * Many residents booking the same slot at once: a service day with one
 * window of `capacity` places in one slot, `attempts` distinct registered
 * residents, each booking once over HTTP as the app does.
 */
export async function bookingRush(test: TestCloud, options: RushOptions): Promise<RushResult> {
  const now = new Date();
  const date = addDays(localDateOf(now), 2);
  const day = dataOf(
    await test.call('demo-staff-township', 'servicedays', 'saveServiceDay', {
      clientKey: randomUUID(),
      placeId: 't-liangquan',
      title: '社保集中办理日',
      venue: '凉泉乡为民服务大厅',
      recurrence: { kind: 'weekly', weekdays: [weekdayOf(date)] },
      startTime: '09:00',
      endTime: '10:00',
      slotMinutes: 60,
      windows: [{ name: '社保', capacity: options.capacity }],
      horizonWeeks: 1,
    }),
  );
  const sessionId = sessionIdOf(day.id, date);
  const residents = Array.from({ length: options.attempts }, (_, n) => ({
    ...registerResident(`rush-resident-${n}`, 'g-hubin-1', now),
    name: `村民${n}`,
    phone: `139${String(n).padStart(8, '0')}`,
  }));
  await test.cloud.store.insertMany('users', residents);

  const answers: RushAnswer[] = new Array(options.attempts);
  let next = 0;
  async function client(): Promise<void> {
    while (next < options.attempts) {
      const n = next++;
      const openid = residents[n]._id;
      const requestKey = `rush-${n}-key`;
      const started = performance.now();
      const { body, dbActions } = await test.raw(openid, 'servicedays', {
        action: 'book',
        payload: { sessionId, slotKey: 'w1_0900', requestKey },
      });
      answers[n] = { openid, requestKey, body: body as Envelope<BookingReceiptDto>, dbActions, ms: performance.now() - started };
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.inFlight, options.attempts) }, client));
  return { sessionId, answers, session: await storedSession(test, sessionId) };
}

/** A date as the database holds it, with its bookings and the places its tallies count. */
export async function storedSession(test: TestCloud, sessionId: string): Promise<ServiceSession> {
  const [date] = (await test.cloud.store.find('serviceSessions', { _id: sessionId })) as unknown as DateDocument[];
  const docs = (await test.cloud.store.find('serviceBookings', { sessionId })) as unknown as DateBookings[];
  const tallies = (await test.cloud.store.find('slotTallies', { sessionId })) as unknown as SlotTally[];
  return assembleSession(date, tallies, docs);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
