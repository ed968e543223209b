import { assertFieldSafe, takesPlace, type BookingEvent, type BookingRecord, type ServiceSession } from './ServiceSession';

/**
 * How a date is stored, so that a booking writes a bounded amount however
 * full the date is. The date's document holds its schedule and status
 * only; each person's bookings on it (and each walk-in) are a document of
 * their own; each slot's places taken are counted in a small tally document;
 * each code given is claimed by a document of its own. `ServiceSession`
 * (the date with its bookings) is assembled from them for the rules, which
 * do not know how it is stored.
 */

/** The date's document: the session without its bookings and their indexes. */
export type DateDocument = Omit<ServiceSession, 'bookings' | 'holders' | 'keys' | 'codes'>;

/** One person's bookings on one date (or one walk-in, `openid` null), with their log. */
export interface DateBookings {
  _id: string;
  sessionId: string;
  serviceDayId: string;
  date: string;
  placeId: string;
  scopeIds: string[];
  openid: string | null;
  /** Bookings not cancelled (the per-person limit is checked against it). */
  active: number;
  /** Request keys used → the code they made. */
  keys: Record<string, string>;
  records: BookingRecord[];
  events: BookingEvent[];
  /** `c`+booking code → the token of the cancellation that cancelled it (whose held release frees the place). */
  releases?: Record<string, string>;
  updatedAt: Date;
}

/**
 * A change of a slot's count under way: removed once done, undone or
 * finished by the repair if its writer died. Releases only: a take holds
 * nothing now (`take` holds are the earlier layout's, settled by the repair).
 */
export interface SlotHold {
  kind: 'take' | 'release';
  /** The document the booking is (or goes) in. */
  bookingsId: string;
  /** A take: the request that takes the place (its booking is in the document once done). */
  requestKey: string;
  /** A release: the code of the booking being cancelled. */
  code: string;
  /** A release: which cancellation holds it. */
  token?: string;
  at: Date;
}

/** Places taken in one slot of one date. Created on the first booking of the slot. */
export interface SlotTally {
  _id: string;
  sessionId: string;
  slotKey: string;
  taken: number;
  holds: Record<string, SlotHold>;
  /** When a place was last taken: a booking's own write may follow for as long as a function runs. */
  takenAt?: Date;
  /** Moves with every change of the tally, so a recount writes only over the version it read. */
  v?: number;
  /** The version a recount found right (no need to count again until it moves). */
  countedV?: number;
}

/** A booking code given on a date: its `_id` makes it unique there. */
export interface CodeClaim {
  _id: string;
  sessionId: string;
  code: string;
  bookingsId: string;
  requestKey: string;
  at: Date;
}

export function dateBookingsIdOf(sessionId: string, openid: string): string {
  return `${sessionId}_p_${assertFieldSafe(openid)}`;
}

export function walkInIdOf(sessionId: string, requestKey: string): string {
  return `${sessionId}_w_${assertFieldSafe(requestKey)}`;
}

export function slotTallyIdOf(sessionId: string, slotKey: string): string {
  return `${sessionId}_${assertFieldSafe(slotKey)}`;
}

export function codeClaimIdOf(sessionId: string, code: string): string {
  return `${sessionId}_${code}`;
}

/** The document of a person's (or a walk-in's) bookings on a date, empty. */
export function emptyDateBookings(date: DateDocument, id: string, openid: string | null, now: Date): DateBookings {
  return {
    _id: id,
    sessionId: date._id,
    serviceDayId: date.serviceDayId,
    date: date.date,
    placeId: date.placeId,
    scopeIds: date.scopeIds,
    openid,
    active: 0,
    keys: {},
    records: [],
    events: [],
    updatedAt: now,
  };
}

const at = (event: BookingEvent) => new Date(event.at).getTime();
const created = (record: BookingRecord) => new Date(record.createdAt).getTime();

/**
 * The date with its bookings, as the rules read it: places left are the
 * slot's capacity less what its tally counts (no tally: nobody booked yet).
 */
export function assembleSession(date: DateDocument, tallies: SlotTally[], docs: DateBookings[]): ServiceSession {
  const taken = new Map(tallies.map((t) => [t.slotKey, t.taken]));
  const slots = Object.fromEntries(
    Object.entries(date.slots).map(([key, slot]) => [key, { ...slot, remaining: slot.capacity - (taken.get(key) ?? 0) }]),
  );
  const holders: Record<string, number> = {};
  const keys: Record<string, string> = {};
  const codes: Record<string, true> = {};
  for (const doc of docs) {
    if (doc.openid) holders[doc.openid] = doc.active;
    Object.assign(keys, doc.keys);
    for (const record of doc.records) codes[record.code] = true;
  }
  const bookings = docs.flatMap((doc) => doc.records).sort((a, b) => created(a) - created(b) || a.code.localeCompare(b.code));
  const events = [...date.events, ...docs.flatMap((doc) => doc.events)].sort((a, b) => at(a) - at(b));
  return { ...date, slots, holders, keys, codes, bookings, events };
}

/** The date's document of a session (its bookings live elsewhere); only the date's own log entries stay on it. */
export function dateDocumentOf(session: ServiceSession): DateDocument {
  const { bookings: _b, holders: _h, keys: _k, codes: _c, ...date } = session;
  return { ...date, events: session.events.filter((e) => e.code === null) };
}

/** Whether a date's document is still in the first layout (its bookings inside it). */
export function isLegacyDate(stored: DateDocument & { bookings?: unknown }): boolean {
  return Array.isArray(stored.bookings);
}

/**
 * A first-layout date split into today's documents: its bookings grouped
 * by person (walk-ins one each) with their log entries, its slots' tallies
 * and its codes' claims. The places taken are counted from the bookings.
 */
export function splitLegacyDate(
  session: ServiceSession,
  now: Date,
): { date: DateDocument; docs: DateBookings[]; tallies: SlotTally[]; claims: CodeClaim[] } {
  const date = dateDocumentOf(session);
  const byId = new Map<string, DateBookings>();
  for (const record of session.bookings) {
    const id = bookingsIdOfRecord(session._id, record);
    const doc = byId.get(id) ?? emptyDateBookings(date, id, record.openid, now);
    doc.records.push(record);
    doc.keys[record.requestKey] = record.code;
    if (record.status !== 'cancelled') doc.active += 1;
    doc.events.push(...session.events.filter((e) => e.code === record.code));
    byId.set(id, doc);
  }
  const docs = [...byId.values()];
  const tallies = Object.keys(session.slots).map((slotKey) => ({
    _id: slotTallyIdOf(session._id, slotKey),
    sessionId: session._id,
    slotKey,
    taken: session.bookings.filter((b) => takesPlace(b) && b.slotKey === slotKey).length,
    holds: {},
  }));
  const claims = docs.flatMap((doc) =>
    doc.records.map((r) => ({
      _id: codeClaimIdOf(session._id, r.code),
      sessionId: session._id,
      code: r.code,
      bookingsId: doc._id,
      requestKey: r.requestKey,
      at: now,
    })),
  );
  return { date, docs, tallies, claims };
}

/** The document a booking is in: its person's on the date, or its own for a walk-in. */
export function bookingsIdOfRecord(sessionId: string, record: Pick<BookingRecord, 'openid' | 'requestKey'>): string {
  return record.openid ? dateBookingsIdOf(sessionId, record.openid) : walkInIdOf(sessionId, record.requestKey);
}
