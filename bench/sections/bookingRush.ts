import { takesPlace } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { buildFunctions } from '../../scripts/build-functions';
import { bookingRush, percentile } from '../../tests/support/bookingRush';
import { startTestCloud } from '../../tests/support/testCloud';
import type { BenchSection } from '../BenchSection';

const ATTEMPTS = 1000;
const CAPACITY = 50;
/**
 * Clients booking at once, each sending its next booking when the last is
 * answered. As many as instances, so latency is the service time under full
 * load, not the wait behind our own queue (50 clients on 4 instances wait
 * ~12 deep; set BENCH_BOOKING_CLIENTS to see it).
 */
const CLIENTS = Number(process.env.BENCH_BOOKING_CLIENTS ?? 4);
/** Function instances (the runtime's default is 4). */
const WORKERS = Number(process.env.BENCH_BOOKING_WORKERS ?? 4);

/**
 * 1,000 distinct residents book one slot of 50 places through the local
 * runtime over HTTP, from CLIENTS concurrent clients. Latency is each
 * request's time from send to answer as the client sees it, so it includes
 * waiting for a free function instance. `booking.storedCount` is what the
 * database holds afterwards; it must equal `booking.succeeded` and never
 * exceed `booking.capacity`.
 */
export const bookingRushSection: BenchSection = {
  title: `booking rush (${ATTEMPTS} residents, ${CAPACITY} places, ${CLIENTS} clients, ${WORKERS} instances)`,
  async run() {
    await buildFunctions();
    const test = await startTestCloud({ workers: WORKERS });
    try {
      const { answers, session } = await bookingRush(test, { attempts: ATTEMPTS, capacity: CAPACITY, inFlight: CLIENTS });
      const succeeded = answers.filter((a) => a.body.ok);
      const stored = session.bookings.filter(takesPlace).length;
      const latencies = answers.map((a) => a.ms);
      const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
      return {
        'booking.attempts': ATTEMPTS,
        'booking.capacity': CAPACITY,
        'booking.clients': CLIENTS,
        'booking.instances': WORKERS,
        'booking.succeeded': succeeded.length,
        'booking.failed': answers.length - succeeded.length,
        'booking.failedNotSlotFull': answers.filter((a) => !a.body.ok && a.body.code !== 'SLOT_FULL').length,
        'booking.storedCount': stored,
        'booking.overbooked': Math.max(0, stored - CAPACITY),
        'booking.p50Ms': Math.round(percentile(latencies, 50)),
        'booking.p99Ms': Math.round(percentile(latencies, 99)),
        'booking.dbActionsPerBooking': mean(succeeded.map((a) => a.dbActions)),
        'booking.dbActionsPerRefusal': mean(answers.filter((a) => !a.body.ok).map((a) => a.dbActions)),
      };
    } finally {
      await test.close();
    }
  },
};
