import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { User } from '../../../domain/people/User';
import { bookingEvent } from '../../../domain/servicedays/booking';
import { localDateOf, type LocalDate } from '../../../domain/servicedays/chinaCalendar';
import type { BookingChange } from '../../../domain/servicedays/bookingChanges';
import { cancelledWithDate } from '../../../domain/servicedays/dateExceptions';
import {
  assembleSession,
  dateDocumentOf,
  isLegacyDate,
  splitLegacyDate,
  bookingsIdOfRecord,
  codeClaimIdOf,
  type CodeClaim,
  type DateBookings,
  type DateDocument,
  type SlotTally,
} from '../../../domain/servicedays/dateLayout';
import type { Actor, ServiceDay } from '../../../domain/servicedays/ServiceDay';
import { sessionIdOf, type BookingEvent, type BookingRecord, type ServiceSession } from '../../../domain/servicedays/ServiceSession';
import { requireStaffCovers } from '../../../domain/servicedays/staffScope';
import { DomainError } from '../../../domain/shared/DomainError';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { findById } from '../../../shared/findById';
import { getInTransaction, getInTransactionOrNull, runTransaction, type Transaction } from '../../../shared/transaction';
import { conditionalUpdate } from '../../../shared/conditionalUpdate';
import { readAllPages } from '../../../shared/readAllPages';
import { isDuplicateKey } from '../../../shared/isDuplicateKey';
import { loadByIds } from '../../../shared/loadByIds';
import { readDocs } from '../../../shared/readDocs';
import { addOnce } from '../../../shared/addOnce';
import { dropRelease, finishRelease, holdRelease, repairTally, writeRecordChange } from './bookingWrites';
import type { SessionSummary } from './toDto';

/**
 * The servicedays function's reads and writes, named by what they are for:
 * action files call these, never the database.
 */

type StoredDate = DateDocument & { bookings?: unknown };

function datesOf(db: Database) {
  return db.collection(COLLECTIONS.serviceSessions);
}

/**
 * Moves a date stored in the first layout (its bookings inside its
 * document) to today's: the bookings, tallies and code claims are added
 * (each only if absent, so two movers, or a mover after a crash, add each
 * once), then the date's document loses its bookings, only if it still
 * has them. Until then no booking is written to it: every writer moves it first.
 */
async function moveLegacyDate(db: Database, stored: ServiceSession, now: Date): Promise<void> {
  const _ = db.command;
  const { date, docs, tallies, claims } = splitLegacyDate(stored, now);
  for (const doc of docs) await addOnce(db, COLLECTIONS.serviceBookings, doc);
  for (const tally of tallies) await addOnce(db, COLLECTIONS.slotTallies, tally);
  for (const claim of claims) await addOnce(db, COLLECTIONS.bookingCodes, claim);
  await conditionalUpdate(datesOf(db).where({ _id: stored._id, bookings: _.exists(true) }), {
    bookings: _.remove(),
    holders: _.remove(),
    keys: _.remove(),
    codes: _.remove(),
    events: _.set(date.events),
    updatedAt: now,
  });
}

/** Moves up to `limit` dates still in the first layout (the evening timer); returns how many. */
export async function moveLegacyDates(db: Database, now: Date, limit: number): Promise<number> {
  const _ = db.command;
  const legacy = await readDocs<ServiceSession>(
    datesOf(db)
      .where({ bookings: _.exists(true) })
      .limit(limit),
  );
  for (const stored of legacy) await moveLegacyDate(db, stored, now);
  return legacy.length;
}

/**
 * The caller's checks on a date, run on a first-layout date before it is
 * moved (assembled as the rules read it, nothing written): a caller refused
 * (another jurisdiction, someone else's code, a closed date) moves nothing.
 * The action checks again on the moved date, as on any other.
 */
export type BeforeMove = (session: ServiceSession) => unknown;

/** A date's document (withdrawn ones too), moved out of the first layout first if need be (once `admit` passes); or null. */
export async function findSession(db: Database, sessionId: string, admit?: BeforeMove): Promise<DateDocument | null> {
  const stored = await findById<StoredDate>(db, COLLECTIONS.serviceSessions, sessionId);
  if (!stored || !isLegacyDate(stored)) return stored;
  const now = new Date();
  if (admit) {
    const { date, docs, tallies } = splitLegacyDate(stored as unknown as ServiceSession, now);
    admit(assembleSession(date, tallies, docs));
  }
  await moveLegacyDate(db, stored as unknown as ServiceSession, now);
  return findById<DateDocument>(db, COLLECTIONS.serviceSessions, sessionId);
}

function requireVisible(date: DateDocument | null): DateDocument {
  if (!date || date.status === 'withdrawn') {
    throw new DomainError('NOT_FOUND', '没有找到这一天的便民服务日，请刷新后重新选择');
  }
  return date;
}

/** A date people can see (withdrawn dates are gone for everyone); `admit` as for findSession. */
export async function loadDate(db: Database, sessionId: string, admit?: BeforeMove): Promise<DateDocument> {
  return requireVisible(
    await findSession(db, sessionId, (session) => {
      requireVisible(session);
      admit?.(session);
    }),
  );
}

export function findPlace(db: Database, placeId: string): Promise<JurisdictionNode | null> {
  return findById<JurisdictionNode>(db, COLLECTIONS.nodes, placeId);
}

function talliesOf(db: Database, sessionIds: string[]): Promise<SlotTally[]> {
  const _ = db.command;
  if (sessionIds.length === 0) return Promise.resolve([]);
  return readAllPages<SlotTally>(db, COLLECTIONS.slotTallies, { sessionId: _.in(sessionIds) });
}

/** Every person's (and walk-in's) bookings on a date, in pages. */
export function bookingsOnDate(db: Database, sessionId: string): Promise<DateBookings[]> {
  return readAllPages<DateBookings>(db, COLLECTIONS.serviceBookings, { sessionId });
}

/** A date with all its bookings and places left (the day list, staff changes); `admit` as for findSession. */
export async function loadSession(db: Database, sessionId: string, admit?: BeforeMove): Promise<ServiceSession> {
  const date = await loadDate(db, sessionId, admit);
  const [tallies, docs] = await Promise.all([talliesOf(db, [sessionId]), bookingsOnDate(db, sessionId)]);
  return assembleSession(date, tallies, docs);
}

/** A date with its places left and one person's bookings there (the booking page). */
export async function loadSessionFor(db: Database, sessionId: string, bookingsId: string, admit?: BeforeMove): Promise<ServiceSession> {
  const date = await loadDate(db, sessionId, admit);
  const [tallies, mine] = await Promise.all([
    talliesOf(db, [sessionId]),
    findById<DateBookings>(db, COLLECTIONS.serviceBookings, bookingsId),
  ]);
  return assembleSession(date, tallies, mine ? [mine] : []);
}

/** One person's (or walk-in's) bookings on a date, or null. */
export function findDateBookings(db: Database, bookingsId: string): Promise<DateBookings | null> {
  return findById<DateBookings>(db, COLLECTIONS.serviceBookings, bookingsId);
}

/** The document holding a booking code of a date, or null. */
async function findBookingsWithCode(db: Database, sessionId: string, code: string): Promise<DateBookings | null> {
  const claim = await findById<CodeClaim>(db, COLLECTIONS.bookingCodes, codeClaimIdOf(sessionId, code));
  return claim ? findDateBookings(db, claim.bookingsId) : null;
}

/** Places left on dates read as summaries: what their slots' tallies count. */
async function withPlacesLeft(db: Database, dates: SessionSummary[]): Promise<SessionSummary[]> {
  const tallies = await talliesOf(
    db,
    dates.map((d) => d._id),
  );
  return dates.map((date) => {
    const own = tallies.filter((t) => t.sessionId === date._id);
    const { bookings: _b, holders: _h, keys: _k, codes: _c, ...summary } = assembleSession({ ...date, events: [] }, own, []);
    // A slot nobody has a tally of: a first-layout date not moved yet counts its places on its own document.
    for (const [key, slot] of Object.entries(summary.slots)) {
      const stored = date.slots[key].remaining;
      if (!own.some((t) => t.slotKey === key) && typeof stored === 'number') slot.remaining = Math.min(slot.capacity, stored);
    }
    return summary;
  });
}

export async function loadServiceDay(db: Database, id: string): Promise<ServiceDay> {
  const day = await findById<ServiceDay>(db, COLLECTIONS.serviceDays, id);
  if (!day) throw new DomainError('NOT_FOUND', '没有找到这个便民服务日');
  return day;
}

/** How many times a read-decide-write action tries when someone else wrote in between. */
const WRITE_ATTEMPTS = 3;

/**
 * Read a booking (the date and the document holding its code), decide,
 * write the record conditionally; read again and decide again if someone
 * else changed it in between (the second decision then says what
 * happened, e.g. "already checked in"). A cancellation frees its place
 * through a held release, so the place is given back once even if this
 * function dies halfway.
 */
export async function changeBooking(
  db: Database,
  sessionId: string,
  code: string,
  decide: (session: ServiceSession) => BookingChange,
  now: Date,
): Promise<{ session: ServiceSession; booking: BookingRecord }> {
  for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt += 1) {
    // A first-layout date is decided on before it is moved: a refused caller moves nothing.
    const [date, found] = await Promise.all([loadDate(db, sessionId, decide), findBookingsWithCode(db, sessionId, code)]);
    // No claim of the code: it may have been read before the date was moved (its claims are added by the move).
    const doc = found ?? (await findBookingsWithCode(db, sessionId, code));
    const session = assembleSession(date, [], doc ? [doc] : []);
    const change = decide(session);
    const index = doc!.records.findIndex((r) => r.code === change.before.code);
    const slotKey = change.freesPlace ? change.before.slotKey : null;
    const release = slotKey ? await holdRelease(db, sessionId, slotKey, doc!._id, code, now) : undefined;
    const written = await writeRecordChange(db, doc!._id, index, change.before, change.after, [change.event], now, release);
    if (release) await (written ? finishRelease : dropRelease)(db, release);
    if (written) return { session, booking: change.after };
  }
  throw new DomainError('CONFLICT');
}

/**
 * After a booking was written: when a staff change closed the date (or
 * removed the slot) meanwhile, the booking is cancelled as that change
 * cancelled the others, its place given back, and the booker told why.
 * The change's own sweep catches bookings written before it read them;
 * this catches those written after.
 */
export async function undoBookingOnClosedDate(db: Database, sessionId: string, booking: BookingRecord, now: Date): Promise<void> {
  const date = await findSession(db, sessionId);
  if (date && date.status === 'open' && booking.slotKey && date.slots[booking.slotKey]) return;
  const bookingsId = bookingsIdOfRecord(sessionId, booking);
  const doc = await findDateBookings(db, bookingsId);
  const index = doc ? doc.records.findIndex((r) => r.code === booking.code) : -1;
  if (doc && index >= 0 && booking.slotKey) {
    const reason = date?.cancelReason ?? '服务日安排有变';
    const after: BookingRecord = {
      ...booking,
      status: 'cancelled',
      cancelledAt: now,
      cancelledBy: 'system',
      cancelledByRole: 'staff',
      cancelReason: reason,
      dayCancelled: date?.status === 'cancelled',
    };
    const event = bookingEvent('cancelled', booking.code, { openid: 'system', name: '系统', role: 'system' }, now, reason);
    const release = await holdRelease(db, sessionId, booking.slotKey, bookingsId, booking.code, now);
    const written = await writeRecordChange(db, bookingsId, index, doc.records[index], after, [event], now, release);
    await (written ? finishRelease : dropRelease)(db, release);
  }
  if (date?.status === 'cancelled') {
    throw new DomainError('DAY_CANCELLED', date.cancelReason ? `这一天的便民服务日已取消：${date.cancelReason}` : undefined);
  }
  throw new DomainError('NOT_FOUND', '没有这个时段，请刷新后重新选择');
}

/** A document without its `_id`, as `doc(id).set()` and transactions want it. */
function withoutId<T extends { _id: string }>(doc: T): Omit<T, '_id'> {
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
): Promise<P & { before: ServiceSession | null }> {
  const current = await loadServiceDay(db, serviceDayId);
  requireStaffCovers(caller, current);
  const actor: Actor = { openid: caller._id, name: caller.name, role: 'staff' };
  const sessionId = sessionIdOf(serviceDayId, date);
  // A first-layout date is moved before the transaction reads it, once the change is
  // allowed on it as it stands (a refused change, e.g. a date already cancelled, moves nothing).
  await findSession(db, sessionId, (session) => plan({ day: current, session, actor, today: localDateOf(now) }));
  const outcome = await runTransaction(db, async (tx) => {
    const day = await readServiceDayIn(tx, serviceDayId);
    // A missing document fails a read in a transaction: look first, after the
    // snapshot (the day's read), so a date the daily timer opens meanwhile is seen
    // on the next run, which its write conflict starts.
    const exists = (await findById<{ _id: string }>(db, COLLECTIONS.serviceSessions, sessionId)) !== null;
    const date = exists ? await getInTransaction<DateDocument>(tx, COLLECTIONS.serviceSessions, sessionId) : null;
    const session = date ? assembleSession(date, [], await bookingsOnDate(db, sessionId)) : null;
    let decided: P;
    try {
      decided = plan({ day, session, actor, today: localDateOf(now) });
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
    await writeServiceDayIn(tx, { ...decided.day, _id: serviceDayId });
    await write(tx, sessionId, decided);
    return { ...decided, before: session };
  });
  if (outcome instanceof DomainError) throw outcome;
  return outcome;
}

/** A person's bookings from `since` on, with their dates, newest first (at most 100 dates). */
export async function bookingsOfPerson(db: Database, openid: string, since: LocalDate): Promise<ServiceSession[]> {
  const _ = db.command;
  // The person's first-layout dates not moved yet (their bookings are inside them): moved first, so none is missing.
  const legacy = await readDocs<Pick<ServiceSession, '_id'>>(
    datesOf(db)
      .where({ 'bookings.openid': openid, date: _.gte(since) })
      .field({ _id: true })
      .limit(100),
  );
  for (const d of legacy) await findSession(db, d._id);
  const docs = await readDocs<DateBookings>(
    db
      .collection(COLLECTIONS.serviceBookings)
      .where({ openid, date: _.gte(since) })
      .orderBy('date', 'desc')
      .limit(100),
  );
  const dates = await loadByIds<DateDocument>(
    db,
    COLLECTIONS.serviceSessions,
    docs.map((d) => d.sessionId),
  );
  return docs.flatMap((doc) => {
    const date = dates.get(doc.sessionId);
    return date ? [assembleSession(date, [], [doc])] : [];
  });
}

/** Coming dates (open or cancelled) run at these places, soonest first, without people or log (at most 100). */
export async function comingSessionsAt(db: Database, placeIds: string[], from: LocalDate): Promise<SessionSummary[]> {
  const _ = db.command;
  return withPlacesLeft(db, await comingDates(db, { placeId: _.in(placeIds), date: _.gte(from), status: _.in(['open', 'cancelled']) }));
}

function comingDates(db: Database, where: Record<string, unknown>): Promise<SessionSummary[]> {
  return readDocs<SessionSummary>(datesOf(db).where(where).field(SUMMARY_FIELDS).orderBy('date', 'asc').limit(100));
}

/** What lists leave out: the log (and a first-layout date's bookings). */
const SUMMARY_FIELDS = { bookings: false, events: false, keys: false, codes: false, holders: false } as const;

/** Coming dates (open or cancelled) within a staff jurisdiction, soonest first, without people or log (at most 100). */
export async function comingSessionsInScope(db: Database, scopeId: string, from: LocalDate): Promise<SessionSummary[]> {
  const _ = db.command;
  return withPlacesLeft(db, await comingDates(db, { scopeIds: scopeId, date: _.gte(from), status: _.in(['open', 'cancelled']) }));
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
export async function comingSessionsOf(db: Database, serviceDayId: string, today: LocalDate): Promise<ServiceSession[]> {
  const _ = db.command;
  const dates = await readDocs<StoredDate>(
    datesOf(db)
      .where({ serviceDayId, date: _.gte(today) })
      .limit(1000),
  );
  const moved = await Promise.all(dates.map((d) => (isLegacyDate(d) ? findSession(db, d._id) : d)));
  const present = moved.filter((d): d is DateDocument => d !== null);
  const ids = present.map((d) => d._id);
  const [tallies, docs] = await Promise.all([
    talliesOf(db, ids),
    ids.length ? readAllPages<DateBookings>(db, COLLECTIONS.serviceBookings, { sessionId: _.in(ids) }) : [],
  ]);
  return present.map((d) =>
    assembleSession(
      d,
      tallies.filter((t) => t.sessionId === d._id),
      docs.filter((b) => b.sessionId === d._id),
    ),
  );
}

/** A new service day and its first dates, in one transaction. */
/**
 * Creates a service day with its first dates, in one transaction, unless
 * one with its id (derived from the phone's key) is there already: then
 * that one is given back and nothing is written. Of two racing creates one
 * writes; the other's write fails and its transaction, run again, finds it.
 */
export async function createServiceDayWithDates(db: Database, day: ServiceDay, sessions: ServiceSession[]): Promise<ServiceDay> {
  try {
    return await runTransaction(db, async (tx) => {
      const earlier = await getInTransactionOrNull<ServiceDay>(tx, COLLECTIONS.serviceDays, day._id);
      if (earlier) return { ...earlier, _id: day._id };
      await tx.collection(COLLECTIONS.serviceDays).add({ data: day });
      for (const session of sessions) await tx.collection(COLLECTIONS.serviceSessions).add({ data: dateDocumentOf(session) });
      return day;
    });
  } catch (error) {
    // The other's add landed between our read and ours.
    if (!isDuplicateKey(error)) throw error;
    return loadServiceDay(db, day._id);
  }
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

/** Inside a transaction: rewrites dates' documents and adds new ones (their bookings are written apart). */
export async function writeDatesIn(tx: Transaction, updates: ServiceSession[], creates: ServiceSession[]): Promise<void> {
  for (const session of updates) {
    await tx
      .collection(COLLECTIONS.serviceSessions)
      .doc(session._id)
      .set({ data: withoutId(dateDocumentOf(session)) });
  }
  for (const session of creates) await tx.collection(COLLECTIONS.serviceSessions).add({ data: dateDocumentOf(session) });
}

/**
 * After a date's cancellation committed: every booking still waiting on it
 * is cancelled with it, in its person's document, each only if it is still
 * waiting (one its holder changed meanwhile stays as they left it). Read
 * after the commit, so a booking written meanwhile is caught here or, when
 * later, by its own check (undoBookingOnClosedDate). The places stay
 * counted: the date is closed, and reopening it recounts them.
 */
export async function cancelWaitingBookings(
  db: Database,
  sessionId: string,
  reason: string,
  actor: Actor,
  now: Date,
): Promise<BookingRecord[]> {
  const cancelled: BookingRecord[] = [];
  for (const doc of await bookingsOnDate(db, sessionId)) {
    for (const [index, record] of doc.records.entries()) {
      if (record.status !== 'booked') continue;
      const after = cancelledWithDate(record, actor, reason, now);
      const event = bookingEvent('cancelled', record.code, actor, now, reason);
      if (await writeRecordChange(db, doc._id, index, record, after, [event], now)) cancelled.push(after);
    }
  }
  return cancelled;
}

/** After a date was cancelled: a notice to one booking's holder sent or refused, in its log (and marked when sent). */
export async function recordDayCancelNotice(
  db: Database,
  sessionId: string,
  booking: BookingRecord,
  event: BookingEvent,
  sent: boolean,
  now: Date,
): Promise<void> {
  const _ = db.command;
  const id = bookingsIdOfRecord(sessionId, booking);
  const doc = await findDateBookings(db, id);
  const index = doc ? doc.records.findIndex((r) => r.code === booking.code) : -1;
  const data: Record<string, unknown> = { events: _.push([event]) };
  if (sent && index >= 0) data[`records.${index}.notifiedAt`] = now;
  await db.collection(COLLECTIONS.serviceBookings).where({ _id: id }).update({ data });
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
    await datesOf(db).add({ data: dateDocumentOf(session) });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/** The open dates held on a day (the evening reminder: tomorrow's). */
export async function openDatesOn(db: Database, date: LocalDate): Promise<DateDocument[]> {
  const dates = await readAllPages<StoredDate>(db, COLLECTIONS.serviceSessions, { date, status: 'open' });
  // A first-layout date the timer has not moved yet: moved now, or its bookings would not be found to remind.
  const moved: Array<DateDocument | null> = [];
  for (const d of dates) moved.push(isLegacyDate(d) ? await findSession(db, d._id) : d);
  return moved.filter((d): d is DateDocument => d !== null);
}

/**
 * Claims the reminders of these bookings of one person's document:
 * `remindedAt` set only where all are still empty, so a second run the same
 * evening claims nothing. True when this run has them.
 */
export async function claimReminders(db: Database, doc: DateBookings, codes: string[], now: Date): Promise<boolean> {
  const claim: Record<string, unknown> = { _id: doc._id };
  const marks: Record<string, unknown> = {};
  for (const code of codes) {
    const index = doc.records.findIndex((r) => r.code === code);
    claim[`records.${index}.code`] = code;
    claim[`records.${index}.remindedAt`] = null;
    marks[`records.${index}.remindedAt`] = now;
  }
  return conditionalUpdate(db.collection(COLLECTIONS.serviceBookings).where(claim), marks);
}

/** Appends entries to the log of a person's (or walk-in's) bookings. */
export async function appendBookingEvents(db: Database, bookingsId: string, events: BookingEvent[]): Promise<void> {
  const _ = db.command;
  await db
    .collection(COLLECTIONS.serviceBookings)
    .where({ _id: bookingsId })
    .update({ data: { events: _.push(events) } });
}

/**
 * Tallies of a date's slots recounted from its bookings, each only if it
 * still counts what was read (a date being reopened: its bookings were
 * cancelled with it, nobody can book it meanwhile).
 */
export async function recountTallies(db: Database, session: ServiceSession): Promise<void> {
  for (const tally of await talliesOf(db, [session._id])) {
    const active = session.bookings.filter((b) => b.slotKey === tally.slotKey && b.status !== 'cancelled').length;
    if (active === tally.taken) continue;
    const _ = db.command;
    await conditionalUpdate(db.collection(COLLECTIONS.slotTallies).where({ _id: tally._id, taken: tally.taken }), {
      taken: active,
      v: _.inc(1),
    });
  }
}

/**
 * The evening repair of the coming dates' slots: places left counted by
 * writers that died are freed (repairTally), in every tally that changed
 * since it was last found right.
 */
export async function settleHoldsOfDates(db: Database, sessionIds: string[], now: Date): Promise<number> {
  let freed = 0;
  for (const tally of await talliesOf(db, sessionIds)) {
    const changed = tally.v === undefined || tally.countedV !== tally.v;
    if (Object.keys(tally.holds ?? {}).length > 0 || (changed && tally.taken > 0)) freed += await repairTally(db, tally, now);
  }
  return freed;
}
