import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { BookingReceiptDto, Envelope } from '../../cloudfunctions/contract';
import { addDays, localDateOf, weekdayOf } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import { registerResident } from '../../cloudfunctions/domain/people/registerResident';
import { sessionIdOf } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { toCanonicalEJSON } from '../../localcloud/store/ejson';
import { buildFunctions } from '../../scripts/build-functions';
import { percentile } from '../../tests/support/bookingRush';
import { dataOf, startTestCloud, type TestCloud } from '../../tests/support/testCloud';
import type { BenchSection } from '../BenchSection';

/** Bookings on the date before anything is measured. */
const ALREADY_BOOKED = 400;
/** Residents booking at the same moment, each on a function instance of their own. */
const AT_ONCE = 20;
/** Rounds of AT_ONCE, and single bookings one after another, for the percentiles. */
const ROUNDS = 5;
const SINGLES = 40;

const WINDOWS = ['社保', '医保', '户籍', '民政'];
/** 09:00–12:00 in 30-minute slots: 6 per window, 24 slots. */
const SLOT_STARTS = ['0900', '0930', '1000', '1030', '1100', '1130'];
const CAPACITY = 40;

export interface Fixture {
  test: TestCloud;
  nextResident: () => string;
}

export interface Day {
  sessionId: string;
  slots: string[];
}

export async function residentsFor(test: TestCloud, count: number): Promise<Fixture> {
  const now = new Date();
  const residents = Array.from({ length: count }, (_, n) => ({
    ...registerResident(`scale-resident-${n}`, 'g-hubin-1', now),
    name: `村民${n}`,
    phone: `138${String(n).padStart(8, '0')}`,
  }));
  await test.cloud.store.insertMany('users', residents);
  let next = 0;
  return { test, nextResident: () => residents[next++]._id };
}

/** A service day of the township, two days from now, with these windows of `capacity` places per slot. */
export async function serviceDay(test: TestCloud, title: string, windows: string[], capacity: number, endTime: string): Promise<Day> {
  const date = addDays(localDateOf(new Date()), 2);
  const day = dataOf(
    await test.call('demo-staff-township', 'servicedays', 'saveServiceDay', {
      clientKey: randomUUID(),
      placeId: 't-liangquan',
      title,
      venue: '凉泉乡为民服务大厅',
      recurrence: { kind: 'weekly', weekdays: [weekdayOf(date)] },
      startTime: '09:00',
      endTime,
      slotMinutes: 30,
      windows: windows.map((name) => ({ name, capacity })),
      horizonWeeks: 1,
    }),
  );
  const starts = endTime === '12:00' ? SLOT_STARTS : ['0900'];
  return { sessionId: sessionIdOf(day.id, date), slots: windows.flatMap((_, w) => starts.map((start) => `w${w + 1}_${start}`)) };
}

export async function book(f: Fixture, day: Day, openid: string, slotKey: string): Promise<number> {
  const started = performance.now();
  const { body } = await f.test.raw(openid, 'servicedays', {
    action: 'book',
    payload: { sessionId: day.sessionId, slotKey, requestKey: `${openid}-key` },
  });
  const ms = performance.now() - started;
  const envelope = body as Envelope<BookingReceiptDto>;
  if (!envelope.ok) throw new Error(`booking refused after ${Math.round(ms)} ms: ${JSON.stringify(body)}`);
  return ms;
}

/**
 * Brings `count` function instances up, two more at a time (each loading the
 * function's code), by reading the date as many residents at once: on a
 * loaded machine, 20 instances loading together can exceed the time a load is allowed.
 */
async function warmInstances(f: Fixture, day: Day, count: number): Promise<void> {
  for (let n = 2; n <= count; n += 2) {
    await Promise.all(
      Array.from({ length: n }, () =>
        f.test.raw('demo-resident-wang', 'servicedays', { action: 'getSession', payload: { sessionId: day.sessionId } }),
      ),
    );
  }
}

/** CPU the whole runtime spent (its main thread and every function instance, which are threads of this process). */
async function cpuMsOf(work: () => Promise<void>): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Every document of every collection, by collection and id, as canonical EJSON (what is stored). */
function snapshot(test: TestCloud): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of test.cloud.store.listCollections()) {
    for (const doc of test.cloud.store.find(name, {})) out.set(`${name}/${String(doc._id)}`, toCanonicalEJSON(doc));
  }
  return out;
}

/** Bytes of every document a change added or rewrote (a database writes a changed document whole). */
function bytesWritten(before: Map<string, string>, after: Map<string, string>): number {
  let bytes = 0;
  for (const [key, body] of after) if (before.get(key) !== body) bytes += Buffer.byteLength(body);
  return bytes;
}

/**
 * Bookings on a busy date: 4 windows × 6 slots of 40 places with 400
 * bookings already made. What one more booking writes to the database
 * (`booking.bytesWrittenPerBooking`), single bookings one after another
 * (`booking.p95Ms1Client`, the anchor) and 20 residents booking at the same
 * moment on 20 function instances (`booking.p95Ms20Clients`: each picks a
 * slot of the date, as a date opening does; `…OneSlot`: all the same slot).
 * The instances are threads of this process beside the database, so the
 * CPU a booking costs them all is measured too (`booking.cpuMsPerBooking1Client`,
 * and under the rush `…20Clients`): 20 bookings at once cannot end before
 * `booking.ms20ClientsCpuFloor`, their CPU spread over `booking.cores` with
 * nothing else running (`booking.loadAverage` says what else ran). WeChat
 * gives each instance CPU of its own; see docs/CLOUD-FIDELITY.md.
 */
export const bookingScaleBench: BenchSection = {
  title: `bookings on a date already holding ${ALREADY_BOOKED}: bytes written, 1 client, ${AT_ONCE} at once`,
  async run() {
    await buildFunctions();
    const cores = os.availableParallelism();
    const test = await startTestCloud({ workers: AT_ONCE });
    try {
      const f = await residentsFor(test, ALREADY_BOOKED + 1 + SINGLES + 2 * AT_ONCE * ROUNDS);
      const busy = await serviceDay(test, '便民服务日', WINDOWS, CAPACITY, '12:00');
      // Fill the date: 4 clients at a time, slots in turn (their 4 instances started first, two at a time:
      // 4 loading at once on a loaded machine can exceed the time a load is allowed).
      await warmInstances(f, busy, 4);
      let n = 0;
      const fill = async () => {
        while (n < ALREADY_BOOKED) {
          const k = n++;
          await book(f, busy, f.nextResident(), busy.slots[k % busy.slots.length]);
        }
      };
      await Promise.all([fill(), fill(), fill(), fill()]);

      const before = snapshot(test);
      const { dbActions } = await test.raw(f.nextResident(), 'servicedays', {
        action: 'book',
        payload: { sessionId: busy.sessionId, slotKey: busy.slots[0], requestKey: 'measured-booking-key' },
      });
      const written = bytesWritten(before, snapshot(test));

      const single: number[] = [];
      const singleCpu = cpuMsOf(async () => {
        for (let i = 0; i < SINGLES; i += 1) single.push(await book(f, busy, f.nextResident(), busy.slots[(i * 7) % busy.slots.length]));
      });
      const cpuMsPerBooking = (await singleCpu) / SINGLES;

      // Everyone at the same moment: each on a slot of the date, then everyone on one slot of another date.
      // The instances are started first, a few at a time, so a round measures bookings, not cold starts.
      await warmInstances(f, busy, AT_ONCE);
      const atOnce: number[] = [];
      const oneSlot: number[] = [];
      const rush = await serviceDay(test, '社保集中办理日', ['社保'], AT_ONCE * ROUNDS, '09:30');
      let rushCpu = 0;
      for (let round = 0; round < ROUNDS; round += 1) {
        const spread = Array.from({ length: AT_ONCE }, (_, i) => busy.slots[(round * AT_ONCE + i) % busy.slots.length]);
        rushCpu += await cpuMsOf(async () => {
          atOnce.push(...(await Promise.all(spread.map((slot) => book(f, busy, f.nextResident(), slot)))));
        });
        oneSlot.push(...(await Promise.all(spread.map(() => book(f, rush, f.nextResident(), rush.slots[0])))));
      }
      return {
        'booking.bookingsOnDate': ALREADY_BOOKED,
        'booking.bytesWrittenPerBooking': written,
        'booking.dbActionsAt400': dbActions,
        'booking.p95Ms1Client': Math.round(percentile(single, 95)),
        'booking.p95Ms20Clients': Math.round(percentile(atOnce, 95)),
        'booking.p95Ms20ClientsOneSlot': Math.round(percentile(oneSlot, 95)),
        'booking.cpuMsPerBooking1Client': Math.round(cpuMsPerBooking * 10) / 10,
        'booking.cpuMsPerBooking20Clients': Math.round((rushCpu / (AT_ONCE * ROUNDS)) * 10) / 10,
        'booking.cores': cores,
        'booking.ms20ClientsCpuFloor': Math.round((AT_ONCE * cpuMsPerBooking) / cores),
        'booking.loadAverage': Math.round(os.loadavg()[0] * 10) / 10,
      };
    } finally {
      await test.close();
    }
  },
};
