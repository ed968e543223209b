import { addDays, localDateOf } from '../../domain/servicedays/chinaCalendar';
import { assembleSession } from '../../domain/servicedays/dateLayout';
import { bookingEvent } from '../../domain/servicedays/booking';
import { remindersDue } from '../../domain/servicedays/reminders';
import type { Actor } from '../../domain/servicedays/ServiceDay';
import { missingSessions } from '../../domain/servicedays/sessions';
import { getDatabase, type Database } from '../../shared/cloud';
import type { TimerEvent } from '../../shared/defineCloudFunction';
import { sendReminder } from './support/notify';
import {
  activeServiceDays,
  appendBookingEvents,
  bookingsOnDate,
  claimReminders,
  existingDatesOf,
  openDate,
  moveLegacyDates,
  openDatesOn,
  settleHoldsOfDates,
} from './support/store';

const SYSTEM: Actor = { openid: 'system', name: '系统', role: 'system' };

/** What went wrong with one part of the run (one service day, one date); the other parts went on. */
interface PartFailure {
  part: string;
  error: unknown;
}

/**
 * Creates the dates that entered the booking horizon since yesterday (a new
 * date opens each day). Each service day on its own: one that fails leaves
 * the others' dates opened.
 */
async function rollHorizon(db: Database, now: Date, failures: PartFailure[]): Promise<number> {
  const today = localDateOf(now);
  const days = await activeServiceDays(db);
  if (days.length === 0) return 0;
  const existing = await existingDatesOf(
    db,
    days.map((d) => d._id),
    today,
  );
  let created = 0;
  for (const day of days) {
    const dates = new Set(existing.filter((s) => s.serviceDayId === day._id).map((s) => s.date));
    try {
      for (const session of missingSessions(day, dates, today, now)) {
        if (await openDate(db, session)) created += 1;
      }
    } catch (error) {
      failures.push({ part: `opening dates of service day ${day._id}`, error });
    }
  }
  return created;
}

/**
 * Reminds everyone booked for tomorrow. Each person's bookings are claimed
 * first (`remindedAt` set only where still empty), then the messages sent,
 * so a second run the same evening sends nothing twice; their log records
 * each message sent or refused. Each date on its own: one that fails
 * leaves the others reminded.
 */
async function remindTomorrow(db: Database, now: Date, failures: PartFailure[]): Promise<{ reminded: number; failed: number }> {
  const tomorrow = addDays(localDateOf(now), 1);
  let reminded = 0;
  let failed = 0;
  for (const date of await openDatesOn(db, tomorrow)) {
    try {
      for (const doc of await bookingsOnDate(db, date._id)) {
        const session = assembleSession(date, [], [doc]);
        const due = remindersDue(session).map((index) => session.bookings[index]);
        if (
          due.length === 0 ||
          !(await claimReminders(
            db,
            doc,
            due.map((b) => b.code),
            now,
          ))
        )
          continue;
        const sent = await Promise.all(due.map((booking) => sendReminder(session, booking)));
        const events = due.map((booking, n) => bookingEvent(sent[n] ? 'reminded' : 'reminderFailed', booking.code, SYSTEM, now));
        await appendBookingEvents(db, doc._id, events);
        reminded += sent.filter(Boolean).length;
        failed += sent.filter((ok) => !ok).length;
      }
    } catch (error) {
      failures.push({ part: `reminders of ${date._id}`, error });
    }
  }
  return { reminded, failed };
}

/** Dates moved out of the first layout per run (each a few dozen writes; the rest move on the next runs, or when used). */
const MOVES_PER_RUN = 40;

/** Places held by bookings whose function died halfway, on the coming dates: given back or kept, each once. */
async function settleComingHolds(db: Database, now: Date): Promise<number> {
  const coming = await existingDatesOf(
    db,
    (await activeServiceDays(db)).map((d) => d._id),
    localDateOf(now),
  );
  return settleHoldsOfDates(
    db,
    coming.map((d) => d._id),
    now,
  );
}

/**
 * Timer `remindDayBefore` (18:00 China time daily, see config.json).
 * Tomorrow's reminders go first and whatever happens to opening new dates;
 * every part that failed is raised together at the end, so the run is
 * logged as failed with all of them, after everything else was done.
 */
export async function remindDayBefore(
  _event: TimerEvent,
): Promise<{ sessionsCreated: number; reminded: number; failed: number; datesMoved: number; placesFreed: number }> {
  const db = getDatabase();
  const now = new Date();
  const failures: PartFailure[] = [];
  const attempt = async <T>(part: string, work: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      failures.push({ part, error });
      return fallback;
    }
  };
  // First-layout dates are moved first, so tomorrow's are reminded in today's layout.
  const datesMoved = await attempt('moving first-layout dates', () => moveLegacyDates(db, now, MOVES_PER_RUN), 0);
  const { reminded, failed } = await attempt('reminders', () => remindTomorrow(db, now, failures), { reminded: 0, failed: 0 });
  const sessionsCreated = await attempt('opening dates', () => rollHorizon(db, now, failures), 0);
  const placesFreed = await attempt('settling places held by failed bookings', () => settleComingHolds(db, now), 0);
  const outcome = { sessionsCreated, reminded, failed, datesMoved, placesFreed };
  if (failures.length > 0) {
    throw new AggregateError(
      failures.map((f) => f.error),
      `remindDayBefore: ${failures.map((f) => f.part).join('; ')} failed; done: ${JSON.stringify(outcome)}`,
    );
  }
  return outcome;
}
