import { addDays, localDateOf } from '../../domain/servicedays/beijingTime';
import { bookingEvent } from '../../domain/servicedays/booking';
import { remindersDue } from '../../domain/servicedays/reminders';
import type { Actor, ServiceDay } from '../../domain/servicedays/ServiceDay';
import type { ServiceSession } from '../../domain/servicedays/ServiceSession';
import { missingSessions } from '../../domain/servicedays/sessions';
import { getDatabase, type Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import type { TimerEvent } from '../../shared/defineCloudFunction';
import { readDocs } from '../../shared/readDocs';
import { sendReminder } from './notify';
import { sessionsOf } from './sessionStore';

const PAGE = 1000;
const SYSTEM: Actor = { openid: 'system', name: '系统', role: 'system' };

interface Query {
  skip(n: number): { limit(n: number): { get(): unknown } };
}

/** Every document a query matches, a page (the server's 1,000 maximum) at a time. */
async function readAll<T>(query: Query): Promise<T[]> {
  const out: T[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = await readDocs<T>(query.skip(skip).limit(PAGE));
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

/** Creates the dates that entered the booking horizon since yesterday (a new date opens each day). */
async function rollHorizon(db: Database, now: Date): Promise<number> {
  const _ = db.command;
  const today = localDateOf(now);
  const days = await readAll<ServiceDay>(db.collection(COLLECTIONS.serviceDays).where({ active: true }) as unknown as Query);
  if (days.length === 0) return 0;
  const existing = await readAll<{ serviceDayId: string; date: string }>(
    sessionsOf(db)
      .where({ serviceDayId: _.in(days.map((d) => d._id)), date: _.gte(today) })
      .field({ serviceDayId: true, date: true }) as unknown as Query,
  );
  let created = 0;
  for (const day of days) {
    const dates = new Set(existing.filter((s) => s.serviceDayId === day._id).map((s) => s.date));
    for (const session of missingSessions(day, dates, today, now)) {
      try {
        await sessionsOf(db).add({ data: session });
        created += 1;
      } catch (error) {
        // Created meanwhile (a staff change, another run): nothing to do.
        if (!String((error as { errMsg?: string; message?: string }).errMsg ?? (error as Error).message).includes('duplicate')) {
          throw error;
        }
      }
    }
  }
  return created;
}

/**
 * Reminds everyone booked for tomorrow. Each booking is claimed first
 * (`remindedAt` set only where still empty), then its message sent, so a
 * second run the same evening sends nothing twice; the log records each
 * message sent or refused.
 */
async function remindTomorrow(db: Database, now: Date): Promise<{ reminded: number; failed: number }> {
  const _ = db.command;
  const tomorrow = addDays(localDateOf(now), 1);
  const sessions = await readAll<ServiceSession>(sessionsOf(db).where({ date: tomorrow, status: 'open' }) as unknown as Query);
  let reminded = 0;
  let failed = 0;
  for (const session of sessions) {
    const due = remindersDue(session);
    if (due.length === 0) continue;
    const claim: Record<string, unknown> = { _id: session._id };
    const marks: Record<string, unknown> = {};
    for (const index of due) {
      claim[`bookings.${index}.remindedAt`] = null;
      marks[`bookings.${index}.remindedAt`] = now;
    }
    const claimed = (await sessionsOf(db).where(claim).update({ data: marks })) as { stats?: { updated?: number } };
    if (claimed.stats?.updated !== 1) continue;
    const sent = await Promise.all(due.map((index) => sendReminder(session, session.bookings[index])));
    const events = due.map((index, n) =>
      bookingEvent(sent[n] ? 'reminded' : 'reminderFailed', session.bookings[index].code, SYSTEM, now),
    );
    await sessionsOf(db).where({ _id: session._id }).update({ data: { events: _.push(events) } });
    reminded += sent.filter(Boolean).length;
    failed += sent.filter((ok) => !ok).length;
  }
  return { reminded, failed };
}

/** Timer `remindDayBefore` (18:00 Beijing time daily, see config.json). */
export async function remindDayBefore(_event: TimerEvent): Promise<{ sessionsCreated: number; reminded: number; failed: number }> {
  const db = getDatabase();
  const now = new Date();
  const sessionsCreated = await rollHorizon(db, now);
  const { reminded, failed } = await remindTomorrow(db, now);
  return { sessionsCreated, reminded, failed };
}
