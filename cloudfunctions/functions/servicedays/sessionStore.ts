import type { User } from '../../domain/people/User';
import { localDateOf, type LocalDate } from '../../domain/servicedays/chinaCalendar';
import type { BookingChange } from '../../domain/servicedays/bookingChanges';
import type { Actor, ServiceDay } from '../../domain/servicedays/ServiceDay';
import { sessionIdOf, type ServiceSession } from '../../domain/servicedays/ServiceSession';
import { requireStaffCovers } from '../../domain/servicedays/staffScope';
import { DomainError } from '../../domain/shared/DomainError';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { findById } from '../../shared/findById';
import { getInTransaction, runTransaction, type Transaction } from '../../shared/transaction';
import { conditionalUpdate } from '../../shared/conditionalUpdate';

export function sessionsOf(db: Database) {
  return db.collection(COLLECTIONS.serviceSessions);
}

/** A date people can see (withdrawn dates are gone for everyone). */
export async function loadSession(db: Database, sessionId: string): Promise<ServiceSession> {
  const session = await findById<ServiceSession>(db, COLLECTIONS.serviceSessions, sessionId);
  if (!session || session.status === 'withdrawn') {
    throw new DomainError('NOT_FOUND', '没有找到这一天的便民服务日，请刷新后重新选择');
  }
  return session;
}

export async function loadServiceDay(db: Database, id: string): Promise<ServiceDay> {
  const day = await findById<ServiceDay>(db, COLLECTIONS.serviceDays, id);
  if (!day) throw new DomainError('NOT_FOUND', '没有找到这个便民服务日');
  return day;
}

/**
 * Writes one booking's change as one conditional update: only if the record
 * at that index still has the code and status that were read (and the date
 * its status), the place and the person's count change with it. Returns
 * false when someone changed it first (nothing written).
 */
export function writeBookingChange(db: Database, session: ServiceSession, change: BookingChange, now: Date): Promise<boolean> {
  const _ = db.command;
  const { index, before, after } = change;
  const data: Record<string, unknown> = {
    [`bookings.${index}`]: _.set(after),
    events: _.push(change.event),
    updatedAt: now,
  };
  if (change.freesPlace && before.slotKey) data[`slots.${before.slotKey}.remaining`] = _.inc(1);
  if (before.openid && before.status !== 'cancelled' && after.status === 'cancelled') {
    data[`holders.${before.openid}`] = _.inc(-1);
  }
  return conditionalUpdate(
    sessionsOf(db).where({
      _id: session._id,
      status: session.status,
      [`bookings.${index}.code`]: before.code,
      [`bookings.${index}.status`]: before.status,
    }),
    data,
  );
}

/** How many times a read-decide-write action tries when someone else wrote in between. */
export const WRITE_ATTEMPTS = 3;

/**
 * Read a date, decide, write conditionally; read again and decide again if
 * someone else changed the booking in between (the second decision then
 * says what happened, e.g. "already checked in").
 */
export async function changeBooking(
  db: Database,
  sessionId: string,
  decide: (session: ServiceSession) => BookingChange,
  now: Date,
): Promise<{ session: ServiceSession; change: BookingChange }> {
  // The returned date is as read, with the change applied (counters aside): enough for the answer.
  for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt += 1) {
    const session = await loadSession(db, sessionId);
    const change = decide(session);
    if (await writeBookingChange(db, session, change, now)) {
      const bookings = session.bookings.map((b, index) => (index === change.index ? change.after : b));
      return { session: { ...session, bookings }, change };
    }
  }
  throw new DomainError('CONFLICT');
}

/** A document without its `_id`, as `doc(id).set()` and transactions want it. */
export function withoutId<T extends { _id: string }>(doc: T): Omit<T, '_id'> {
  const { _id: _ignored, ...rest } = doc;
  return rest;
}

export interface DateExceptionContext {
  day: ServiceDay;
  /** The date's document, or null when it has none (beyond the horizon). */
  session: ServiceSession | null;
  actor: Actor;
  today: LocalDate;
}

/**
 * An exception to one date of a service day (cancelled, added, restored):
 * the service day and the date's document are read and rewritten in one
 * transaction by staff whose jurisdiction covers the place. `plan` decides
 * from what the transaction read (a refusal changes nothing); `write` stores it.
 */
export async function changeDate<P extends { day: ServiceDay }>(
  db: Database,
  caller: User,
  serviceDayId: string,
  date: LocalDate,
  now: Date,
  plan: (context: DateExceptionContext) => P,
  write: (tx: Transaction, sessionId: string, plan: P) => Promise<void>,
): Promise<P> {
  requireStaffCovers(caller, await loadServiceDay(db, serviceDayId));
  const actor: Actor = { openid: caller._id, name: caller.name, role: 'staff' };
  const sessionId = sessionIdOf(serviceDayId, date);
  const outcome = await runTransaction(db, async (tx) => {
    const day = await getInTransaction<ServiceDay>(tx, COLLECTIONS.serviceDays, serviceDayId);
    // A missing document fails a read in a transaction: look first, after the
    // snapshot (the day's read), so a date the daily timer opens meanwhile is seen
    // on the next run, which its write conflict starts.
    const exists = (await findById<{ _id: string }>(db, COLLECTIONS.serviceSessions, sessionId)) !== null;
    const session = exists ? await getInTransaction<ServiceSession>(tx, COLLECTIONS.serviceSessions, sessionId) : null;
    let decided: P;
    try {
      decided = plan({ day, session, actor, today: localDateOf(now) });
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
    await tx
      .collection(COLLECTIONS.serviceDays)
      .doc(serviceDayId)
      .set({ data: withoutId(decided.day) });
    await write(tx, sessionId, decided);
    return decided;
  });
  if (outcome instanceof DomainError) throw outcome;
  return outcome;
}
