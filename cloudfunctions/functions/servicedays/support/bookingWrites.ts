import {
  codeClaimIdOf,
  emptyDateBookings,
  slotTallyIdOf,
  type CodeClaim,
  type DateBookings,
  type DateDocument,
  type SlotHold,
  type SlotTally,
} from '../../../domain/servicedays/dateLayout';
import type { BookingEvent, BookingRecord } from '../../../domain/servicedays/ServiceSession';
import { DomainError } from '../../../domain/shared/DomainError';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { conditionalUpdate } from '../../../shared/conditionalUpdate';
import { findById } from '../../../shared/findById';
import { randomBytes } from 'node:crypto';
import { addOnce } from '../../../shared/addOnce';
import { bookingCodeFor, releaseHoldKey, takeHoldKey } from './codes';

/**
 * The writes of one booking, each a single conditional step on one small
 * document, in an order where a function that dies between two of them can
 * only leave a place taken by nobody (never one given twice): the place is
 * taken in its slot's tally with a hold naming the request, then the code is
 * claimed, then the booking lands in the person's document (the per-person
 * limit and the request key checked there), then the hold goes. A hold
 * older than HOLD_TTL_MS is settled by the next booking that finds the slot
 * full, or by the evening timer (settleStaleHolds).
 */

/** Longer than a function may run (config.json: 20 s): an older hold's writer is gone. */
const HOLD_TTL_MS = 60_000;

export type TakeOutcome = 'taken' | 'full';

/**
 * Takes a place of the slot for a request: `taken` below the capacity the
 * date says, counted and held in one atomic update (the database runs
 * updates of one document one after another, so a rush on one slot queues
 * instead of failing). `seen` is the tally as read with the date: full (and
 * no hold of a dead writer in it) is refused without a write; a retry of a
 * request that holds a place already gets it; a full slot with holds of
 * dead writers is settled and tried again.
 */
export async function takePlace(
  db: Database,
  date: DateDocument,
  slotKey: string,
  taker: { bookingsId: string; requestKey: string },
  seen: SlotTally | null,
  now: Date,
): Promise<TakeOutcome> {
  const _ = db.command;
  const { bookingsId, requestKey } = taker;
  const id = slotTallyIdOf(date._id, slotKey);
  const key = takeHoldKey(bookingsId, requestKey);
  const capacity = date.slots[slotKey].capacity;
  if (seen?.holds[key]) return 'taken';
  if (seen && seen.taken >= capacity && !hasStaleHold(seen, now)) return 'full';
  // The slot's first booking: its tally starts at nothing taken (a second one created meanwhile wins).
  if (!seen) await addOnce(db, COLLECTIONS.slotTallies, { _id: id, sessionId: date._id, slotKey, taken: 0, holds: {} });
  const hold: SlotHold = { kind: 'take', bookingsId, requestKey, code: '', at: now };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const query = db.collection(COLLECTIONS.slotTallies).where({ _id: id, taken: _.lt(capacity), [`holds.${key}`]: _.exists(false) });
    if (await conditionalUpdate(query, { taken: _.inc(1), [`holds.${key}`]: hold })) return 'taken';
    const tally = await findById<SlotTally>(db, COLLECTIONS.slotTallies, id);
    if (!tally) throw new Error(`slot tally ${id} is missing`);
    if (tally.holds[key]) return 'taken';
    if ((await settleStaleHolds(db, tally, now)) === 0) return 'full';
  }
  return 'full';
}

function hasStaleHold(tally: SlotTally, now: Date): boolean {
  return Object.values(tally.holds ?? {}).some((hold) => now.getTime() - new Date(hold.at).getTime() >= HOLD_TTL_MS);
}

/** A slot's tally as stored, or null (nobody has booked the slot yet). */
export function findSlotTally(db: Database, sessionId: string, slotKey: string): Promise<SlotTally | null> {
  return findById<SlotTally>(db, COLLECTIONS.slotTallies, slotTallyIdOf(sessionId, slotKey));
}

/** Gives back a place a request took and did not use (refused after it, or a repeat). */
export async function releaseTake(db: Database, sessionId: string, slotKey: string, bookingsId: string, requestKey: string): Promise<void> {
  const _ = db.command;
  const key = takeHoldKey(bookingsId, requestKey);
  await conditionalUpdate(
    db.collection(COLLECTIONS.slotTallies).where({ _id: slotTallyIdOf(sessionId, slotKey), [`holds.${key}`]: _.exists(true) }),
    { taken: _.inc(-1), [`holds.${key}`]: _.remove() },
  );
}

/** The booking is stored: its place stays taken and the hold goes. */
export async function finishTake(db: Database, sessionId: string, slotKey: string, bookingsId: string, requestKey: string): Promise<void> {
  const _ = db.command;
  await db
    .collection(COLLECTIONS.slotTallies)
    .where({ _id: slotTallyIdOf(sessionId, slotKey) })
    .update({ data: { [`holds.${takeHoldKey(bookingsId, requestKey)}`]: _.remove() } });
}

/** One cancellation's release of a booking's place. */
export interface ReleaseTicket {
  sessionId: string;
  slotKey: string;
  code: string;
  token: string;
}

/**
 * Before a booking is cancelled: the release of its place is held under
 * this cancellation's own token, so a dead writer's is finished by the
 * repair and a concurrent cancellation of the same booking never touches it.
 */
export async function holdRelease(
  db: Database,
  sessionId: string,
  slotKey: string,
  bookingsId: string,
  code: string,
  now: Date,
): Promise<ReleaseTicket> {
  const token = randomBytes(6).toString('hex');
  const hold: SlotHold = { kind: 'release', bookingsId, requestKey: '', code, token, at: now };
  await db
    .collection(COLLECTIONS.slotTallies)
    .where({ _id: slotTallyIdOf(sessionId, slotKey) })
    .update({ data: { [`holds.${releaseHoldKey(code, token)}`]: hold } });
  return { sessionId, slotKey, code, token };
}

/** The booking was cancelled by this cancellation: its place is free, once (only while its hold is there). */
export async function finishRelease(db: Database, { sessionId, slotKey, code, token }: ReleaseTicket): Promise<void> {
  const _ = db.command;
  const key = releaseHoldKey(code, token);
  await conditionalUpdate(
    db.collection(COLLECTIONS.slotTallies).where({ _id: slotTallyIdOf(sessionId, slotKey), [`holds.${key}`]: _.exists(true) }),
    { taken: _.inc(-1), [`holds.${key}`]: _.remove() },
  );
}

/** The cancellation did not happen (someone changed the booking first): its own held release goes. */
export async function dropRelease(db: Database, { sessionId, slotKey, code, token }: ReleaseTicket): Promise<void> {
  await dropHold(db, sessionId, slotKey, releaseHoldKey(code, token));
}

/** Codes are digits: prefixed, so the field is never read as an array index. */
function releaseKeyOf(code: string): string {
  return `c${code}`;
}

function releaseFieldOf(code: string): string {
  return `releases.${releaseKeyOf(code)}`;
}

async function dropHold(db: Database, sessionId: string, slotKey: string, key: string): Promise<void> {
  const _ = db.command;
  await db
    .collection(COLLECTIONS.slotTallies)
    .where({ _id: slotTallyIdOf(sessionId, slotKey) })
    .update({ data: { [`holds.${key}`]: _.remove() } });
}

/**
 * Settles the holds of writers that died (older than HOLD_TTL_MS): a take
 * whose booking was stored stays counted, one whose booking never came is
 * given back; a release whose booking was cancelled frees the place, one
 * whose booking was not is dropped. Each once (only while its hold is
 * there). Returns how many places it freed.
 */
export async function settleStaleHolds(db: Database, tally: SlotTally, now: Date): Promise<number> {
  let freed = 0;
  for (const [key, hold] of Object.entries(tally.holds)) {
    if (now.getTime() - new Date(hold.at).getTime() < HOLD_TTL_MS) continue;
    const doc = await findById<DateBookings>(db, COLLECTIONS.serviceBookings, hold.bookingsId);
    if (hold.kind === 'take') {
      if (doc?.keys[hold.requestKey] !== undefined) await finishTake(db, tally.sessionId, tally.slotKey, hold.bookingsId, hold.requestKey);
      else if (await freeHeld(db, tally, key)) freed += 1;
      continue;
    }
    // Only the cancellation that wrote the cancel frees the place: a losing one's hold is dropped.
    const record = doc?.records.find((r) => r.code === hold.code);
    if (record?.status === 'cancelled' && hold.token !== undefined && doc?.releases?.[releaseKeyOf(hold.code)] === hold.token) {
      if (await freeHeld(db, tally, key)) freed += 1;
    } else await dropHold(db, tally.sessionId, tally.slotKey, key);
  }
  return freed;
}

async function freeHeld(db: Database, tally: SlotTally, key: string): Promise<boolean> {
  const _ = db.command;
  return conditionalUpdate(db.collection(COLLECTIONS.slotTallies).where({ _id: tally._id, [`holds.${key}`]: _.exists(true) }), {
    taken: _.inc(-1),
    [`holds.${key}`]: _.remove(),
  });
}

/**
 * Claims a booking code for a request on a date: the request's own code
 * (the same again when it is retried); the next one when another booking
 * of the date has it.
 */
export async function claimCode(db: Database, sessionId: string, bookingsId: string, requestKey: string, now: Date): Promise<string> {
  for (let round = 0; round < 8; round += 1) {
    const code = bookingCodeFor(sessionId, bookingsId, requestKey, round);
    const claim: CodeClaim = { _id: codeClaimIdOf(sessionId, code), sessionId, code, bookingsId, requestKey, at: now };
    if (await addOnce(db, COLLECTIONS.bookingCodes, claim)) return code;
    const held = await findById<CodeClaim>(db, COLLECTIONS.bookingCodes, claim._id);
    if (held?.bookingsId === bookingsId && held.requestKey === requestKey) return code;
  }
  throw new DomainError('CONFLICT', '预约的人太多了，请稍后再试');
}

export type PersonOutcome = { kind: 'added' } | { kind: 'existing'; booking: BookingRecord } | { kind: 'limit' };

/**
 * Adds a booking to its person's document on the date, only while they
 * hold fewer than `maxActive` and the request key is unused there (one
 * conditional update; the first booking of the person adds the document).
 */
export async function addToPersonsBookings(
  db: Database,
  date: DateDocument,
  bookingsId: string,
  booking: BookingRecord,
  event: BookingEvent,
  maxActive: number,
  now: Date,
  seenBefore: boolean,
): Promise<PersonOutcome> {
  const _ = db.command;
  const keyPath = `keys.${booking.requestKey}`;
  const first = { ...emptyDateBookings(date, bookingsId, booking.openid, now), active: 1, keys: { [booking.requestKey]: booking.code } };
  // Nothing there when the rules were checked: most likely the person's first booking of the date, added at once.
  if (!seenBefore && (await addOnce(db, COLLECTIONS.serviceBookings, { ...first, records: [booking], events: [event] }))) {
    return { kind: 'added' };
  }
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const query = db
      .collection(COLLECTIONS.serviceBookings)
      .where({ _id: bookingsId, active: _.lt(maxActive), [keyPath]: _.exists(false) });
    const data = { active: _.inc(1), [keyPath]: booking.code, records: _.push(booking), events: _.push(event), updatedAt: now };
    if (await conditionalUpdate(query, data)) return { kind: 'added' };
    const doc = await findById<DateBookings>(db, COLLECTIONS.serviceBookings, bookingsId);
    if (!doc) {
      if (await addOnce(db, COLLECTIONS.serviceBookings, { ...first, records: [booking], events: [event] })) return { kind: 'added' };
      continue;
    }
    const code = doc.keys[booking.requestKey];
    const earlier = code === undefined ? undefined : doc.records.find((r) => r.code === code);
    if (earlier) return { kind: 'existing', booking: earlier };
    if (doc.active >= maxActive) return { kind: 'limit' };
  }
  throw new DomainError('CONFLICT', '预约的人太多了，请稍后再试');
}

/** A walk-in's document (its own, keyed by the request that registered it); false when that request added it already. */
export function addWalkInDocument(db: Database, doc: DateBookings): Promise<boolean> {
  return addOnce(db, COLLECTIONS.serviceBookings, doc);
}

/**
 * One record of a person's (or walk-in's) document changes, only if it is
 * still as it was read; the person's active count follows a cancellation.
 */
export function writeRecordChange(
  db: Database,
  bookingsId: string,
  index: number,
  before: BookingRecord,
  after: BookingRecord,
  events: BookingEvent[],
  now: Date,
  release?: ReleaseTicket,
): Promise<boolean> {
  const _ = db.command;
  const at = `records.${index}`;
  const data: Record<string, unknown> = { [at]: _.set(after), updatedAt: now };
  if (release) data[releaseFieldOf(release.code)] = release.token;
  if (events.length > 0) data.events = _.push(events);
  if (before.status !== 'cancelled' && after.status === 'cancelled') data.active = _.inc(-1);
  return conditionalUpdate(
    db.collection(COLLECTIONS.serviceBookings).where({ _id: bookingsId, [`${at}.code`]: before.code, [`${at}.status`]: before.status }),
    data,
  );
}
