import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { User } from '../../../domain/people/User';
import { bookingEvent, newBooking, type BookingRequest } from '../../../domain/servicedays/booking';
import { localDateOf, type LocalDate } from '../../../domain/servicedays/chinaCalendar';
import type { BookingChange } from '../../../domain/servicedays/bookingChanges';
import type { Actor, ServiceDay } from '../../../domain/servicedays/ServiceDay';
import {
  assertFieldSafe,
  sessionIdOf,
  type BookingEvent,
  type BookingRecord,
  type ServiceSession,
} from '../../../domain/servicedays/ServiceSession';
import { requireStaffCovers } from '../../../domain/servicedays/staffScope';
import { DomainError } from '../../../domain/shared/DomainError';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { findById } from '../../../shared/findById';
import { getInTransaction, runTransaction, type Transaction } from '../../../shared/transaction';
import { conditionalUpdate } from '../../../shared/conditionalUpdate';
import { isDuplicateKey } from '../../../shared/isDuplicateKey';
import { readAllPages } from '../../../shared/readAllPages';
import { readDocs } from '../../../shared/readDocs';
import { SESSION_SUMMARY_FIELDS, type SessionSummary } from './toDto';

/**
 * The servicedays function's reads and writes, named by what they are for:
 * action files call these, never the database.
 */

function sessionsOf(db: Database) {
  return db.collection(COLLECTIONS.serviceSessions);
}

/** A date as stored (withdrawn ones too), or null. */
export function findSession(db: Database, sessionId: string): Promise<ServiceSession | null> {
  return findById<ServiceSession>(db, COLLECTIONS.serviceSessions, sessionId);
}

export function findPlace(db: Database, placeId: string): Promise<JurisdictionNode | null> {
  return findById<JurisdictionNode>(db, COLLECTIONS.nodes, placeId);
}

/** A date people can see (withdrawn dates are gone for everyone). */
export async function loadSession(db: Database, sessionId: string): Promise<ServiceSession> {
  const session = await findSession(db, sessionId);
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
    const day = await readServiceDayIn(tx, serviceDayId);
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
    await writeServiceDayIn(tx, { ...decided.day, _id: serviceDayId });
    await write(tx, sessionId, decided);
    return decided;
  });
  if (outcome instanceof DomainError) throw outcome;
  return outcome;
}

/**
 * The booking itself: ONE conditional update of the date's document that
 * checks everything at once (open, bookable now, a place left, the
 * person's one-per-day, the request key and the code unused) and does
 * everything at once (takes the place, counts the person, records the key,
 * code, booking and log entry). There is no second write that could fail
 * halfway and leave a place taken without a booking. False when it matched
 * nothing (nothing written).
 */
export function bookIfAllowed(
  db: Database,
  request: BookingRequest,
  sessionId: string,
  code: string,
  maxActive: number,
  now: Date,
): Promise<boolean> {
  const _ = db.command;
  const { slotKey, requestKey } = request;
  const openid = assertFieldSafe(request.openid);
  const booking = newBooking(request, code, now);
  const event = bookingEvent('booked', code, { openid, name: request.name, role: 'resident' }, now);
  const query = sessionsOf(db).where(
    _.and([
      {
        _id: sessionId,
        status: 'open',
        opensAt: _.lte(now),
        maxActivePerPerson: maxActive,
        [`slots.${slotKey}.startsAt`]: _.gt(now),
        [`slots.${slotKey}.remaining`]: _.gt(0),
        [`keys.${requestKey}`]: _.exists(false),
        [`codes.${code}`]: _.exists(false),
      },
      _.or([{ [`holders.${openid}`]: _.exists(false) }, { [`holders.${openid}`]: _.lt(maxActive) }]),
    ]),
  );
  return conditionalUpdate(query, {
    [`slots.${slotKey}.remaining`]: _.inc(-1),
    [`holders.${openid}`]: _.inc(1),
    [`keys.${requestKey}`]: code,
    [`codes.${code}`]: true,
    bookings: _.push(booking),
    events: _.push(event),
    updatedAt: now,
  });
}

/**
 * A walk-in added to the date only if the date is open, the request key
 * and code are unused and (given a slot) a place is left, which it takes.
 */
export function addWalkInIfAllowed(db: Database, sessionId: string, booking: BookingRecord, event: BookingEvent, now: Date): Promise<boolean> {
  const _ = db.command;
  const where: Record<string, unknown> = {
    _id: sessionId,
    status: 'open',
    [`keys.${booking.requestKey}`]: _.exists(false),
    [`codes.${booking.code}`]: _.exists(false),
  };
  const data: Record<string, unknown> = {
    [`keys.${booking.requestKey}`]: booking.code,
    [`codes.${booking.code}`]: true,
    bookings: _.push(booking),
    events: _.push(event),
    updatedAt: now,
  };
  if (booking.slotKey) {
    where[`slots.${booking.slotKey}.remaining`] = _.gt(0);
    data[`slots.${booking.slotKey}.remaining`] = _.inc(-1);
  }
  return conditionalUpdate(sessionsOf(db).where(where), data);
}

/** The dates holding a person's bookings from `since` on, newest first (at most 100). */
export function sessionsBookedBy(db: Database, openid: string, since: LocalDate): Promise<ServiceSession[]> {
  const _ = db.command;
  return readDocs<ServiceSession>(
    sessionsOf(db)
      .where({ 'bookings.openid': openid, date: _.gte(since) })
      .orderBy('date', 'desc')
      .limit(100),
  );
}

/** Coming dates (open or cancelled) run at these places, soonest first, without people or log (at most 100). */
export function comingSessionsAt(db: Database, placeIds: string[], from: LocalDate): Promise<SessionSummary[]> {
  const _ = db.command;
  return readDocs<SessionSummary>(
    sessionsOf(db)
      .where({ placeId: _.in(placeIds), date: _.gte(from), status: _.in(['open', 'cancelled']) })
      .field(SESSION_SUMMARY_FIELDS)
      .orderBy('date', 'asc')
      .limit(100),
  );
}

/** Coming dates (open or cancelled) within a staff jurisdiction, soonest first, without people or log (at most 100). */
export function comingSessionsInScope(db: Database, scopeId: string, from: LocalDate): Promise<SessionSummary[]> {
  const _ = db.command;
  return readDocs<SessionSummary>(
    sessionsOf(db)
      .where({ scopeIds: scopeId, date: _.gte(from), status: _.in(['open', 'cancelled']) })
      .field(SESSION_SUMMARY_FIELDS)
      .orderBy('date', 'asc')
      .limit(100),
  );
}

/** Every service day within a staff jurisdiction (a county holds one per township and village). */
export function serviceDaysInScope(db: Database, scopeId: string): Promise<ServiceDay[]> {
  return readAllPages<ServiceDay>(db, COLLECTIONS.serviceDays, { scopeIds: scopeId });
}

/** The townships and villages within a jurisdiction (including itself): where a service day may be held. */
export function serviceDayPlacesIn(db: Database, scopeId: string): Promise<JurisdictionNode[]> {
  const _ = db.command;
  return readAllPages<JurisdictionNode>(
    db,
    COLLECTIONS.nodes,
    _.and([_.or([{ _id: scopeId }, { ancestorIds: scopeId }]), { level: _.in(['township', 'village']) }]),
  );
}

/**
 * The service day's dates from today on: at most one a day over a horizon
 * of at most 12 weeks (85). A query, so outside any transaction.
 */
export function comingSessionsOf(db: Database, serviceDayId: string, today: LocalDate): Promise<ServiceSession[]> {
  const _ = db.command;
  return readDocs<ServiceSession>(
    sessionsOf(db)
      .where({ serviceDayId, date: _.gte(today) })
      .limit(1000),
  );
}

/** A new service day and its first dates, in one transaction. */
export async function createServiceDayWithDates(db: Database, day: ServiceDay, sessions: ServiceSession[]): Promise<void> {
  await runTransaction(db, async (tx) => {
    await tx.collection(COLLECTIONS.serviceDays).add({ data: day });
    for (const session of sessions) await tx.collection(COLLECTIONS.serviceSessions).add({ data: session });
  });
}

/** Inside a transaction: reads the service day (a missing one fails the read). */
export function readServiceDayIn(tx: Transaction, serviceDayId: string): Promise<ServiceDay> {
  return getInTransaction<ServiceDay>(tx, COLLECTIONS.serviceDays, serviceDayId);
}

/** Inside a transaction: rewrites the service day. */
export async function writeServiceDayIn(tx: Transaction, day: ServiceDay): Promise<void> {
  await tx
    .collection(COLLECTIONS.serviceDays)
    .doc(day._id)
    .set({ data: withoutId(day) });
}

/** Inside a transaction: rewrites dates and adds new ones. */
export async function writeDatesIn(tx: Transaction, updates: ServiceSession[], creates: ServiceSession[]): Promise<void> {
  for (const session of updates) {
    await tx
      .collection(COLLECTIONS.serviceSessions)
      .doc(session._id)
      .set({ data: withoutId(session) });
  }
  for (const session of creates) await tx.collection(COLLECTIONS.serviceSessions).add({ data: session });
}

/**
 * After a date was cancelled: marks the bookings whose holders were told
 * and logs every notice sent or refused, in one update of the date.
 */
export async function recordDayCancelNotices(
  db: Database,
  session: ServiceSession,
  notified: BookingRecord[],
  events: BookingEvent[],
  now: Date,
): Promise<void> {
  const _ = db.command;
  const data: Record<string, unknown> = { events: _.push(events) };
  for (const booking of notified) {
    const index = session.bookings.findIndex((b) => b.code === booking.code);
    if (index >= 0) data[`bookings.${index}.notifiedAt`] = now;
  }
  await sessionsOf(db).where({ _id: session._id }).update({ data });
}

/** Active service days (the evening timer opens their new dates). */
export function activeServiceDays(db: Database): Promise<ServiceDay[]> {
  return readAllPages<ServiceDay>(db, COLLECTIONS.serviceDays, { active: true });
}

/** Which dates from `today` on these service days already have. */
export function existingDatesOf(
  db: Database,
  serviceDayIds: string[],
  today: LocalDate,
): Promise<Array<{ _id: string; serviceDayId: string; date: string }>> {
  const _ = db.command;
  return readAllPages<{ _id: string; serviceDayId: string; date: string }>(
    db,
    COLLECTIONS.serviceSessions,
    { serviceDayId: _.in(serviceDayIds), date: _.gte(today) },
    { fields: { serviceDayId: true, date: true } },
  );
}

/** Opens a date; false when it exists already (created meanwhile by a staff change or another run). */
export async function openDate(db: Database, session: ServiceSession): Promise<boolean> {
  try {
    await sessionsOf(db).add({ data: session });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/** The open dates held on a day (the evening reminder: tomorrow's). */
export function openSessionsOn(db: Database, date: LocalDate): Promise<ServiceSession[]> {
  return readAllPages<ServiceSession>(db, COLLECTIONS.serviceSessions, { date, status: 'open' });
}

/**
 * Claims the reminders of these bookings: `remindedAt` set only where all
 * are still empty, so a second run the same evening claims nothing. True
 * when this run has them.
 */
export async function claimReminders(db: Database, session: ServiceSession, indexes: number[], now: Date): Promise<boolean> {
  const claim: Record<string, unknown> = { _id: session._id };
  const marks: Record<string, unknown> = {};
  for (const index of indexes) {
    claim[`bookings.${index}.remindedAt`] = null;
    marks[`bookings.${index}.remindedAt`] = now;
  }
  return conditionalUpdate(sessionsOf(db).where(claim), marks);
}

/** Appends entries to a date's log. */
export async function appendDateEvents(db: Database, sessionId: string, events: BookingEvent[]): Promise<void> {
  const _ = db.command;
  await sessionsOf(db)
    .where({ _id: sessionId })
    .update({ data: { events: _.push(events) } });
}
