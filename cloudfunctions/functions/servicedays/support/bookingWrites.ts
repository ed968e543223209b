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
import { bookingCodeFor, releaseHoldKey } from './codes';
import { readAllPages } from '../../../shared/readAllPages';
import { takesPlace } from '../../../domain/servicedays/ServiceSession';

/**
 * The writes of one booking, each a single conditional step on one small
 * document, in an order where a function that dies between two of them can
 * only leave a place taken by nobody (never one given twice): the place is
 * counted in its slot's tally, then the code is claimed and the booking
 * lands in the person's document (the per-person limit and the request key
 * checked there); a request refused after taking its place gives it back.
 * A place left counted by a writer that died is found by recounting the
 * slot's bookings once nothing has been taken there for HOLD_TTL_MS: by the
 * next booking that finds the slot full, or by the evening timer
 * (repairTally). A cancellation's release is held in the tally until done
 * (holdRelease), so two cancellations of one booking free it once.
 */

/** Longer than a function may run (config.json: 20 s): an older take's or hold's writer is gone. */
const HOLD_TTL_MS = 60_000;

export type TakeOutcome = 'taken' | 'full';

/**
 * Takes a place of the slot: `taken` below the capacity the date says, in
 * one atomic update (the database runs updates of one document one after
 * another, so a rush on one slot queues instead of failing), which also
 * stamps the take (`takenAt`) and moves the tally's version. `seen` is the
 * tally as read with the date: full is refused without a write, unless a
 * repair finds places nobody holds (then it is tried again).
 */
export async function takePlace(
  db: Database,
  date: DateDocument,
  slotKey: string,
  seen: SlotTally | null,
  now: Date,
): Promise<TakeOutcome> {
  const _ = db.command;
  const id = slotTallyIdOf(date._id, slotKey);
  const capacity = date.slots[slotKey].capacity;
  let tally = seen;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    // The slot's first booking creates its tally with its place taken (one created meanwhile wins: then it is counted there).
    const first: SlotTally = { _id: id, sessionId: date._id, slotKey, taken: 1, holds: {}, takenAt: now, v: 1 };
    if (!tally && capacity > 0 && (await addOnce(db, COLLECTIONS.slotTallies, first))) return 'taken';
    if (tally && tally.taken >= capacity && (await repairTally(db, tally, now)) === 0) return 'full';
    const query = db.collection(COLLECTIONS.slotTallies).where({ _id: id, taken: _.lt(capacity) });
    if (await conditionalUpdate(query, { taken: _.inc(1), takenAt: now, v: _.inc(1) })) return 'taken';
    tally = await findSlotTally(db, date._id, slotKey);
  }
  return 'full';
}

/** A slot's tally as stored, or null (nobody has booked the slot yet). */
export function findSlotTally(db: Database, sessionId: string, slotKey: string): Promise<SlotTally | null> {
  return findById<SlotTally>(db, COLLECTIONS.slotTallies, slotTallyIdOf(sessionId, slotKey));
}

/**
 * Gives back a place this request took and did not use (refused after it,
 * or a request sent twice at once whose twin stored the booking). Only the
 * taker knows its take, so it is given back once; a taker that dies first
 * leaves it to the repair.
 */
export async function giveBackPlace(db: Database, sessionId: string, slotKey: string): Promise<void> {
  const _ = db.command;
  await db
    .collection(COLLECTIONS.slotTallies)
    .where({ _id: slotTallyIdOf(sessionId, slotKey) })
    .update({ data: { taken: _.inc(-1), v: _.inc(1) } });
}

/**
 * Settles what dead writers left in a slot's tally; returns the places it
 * freed. Holds of dead writers are settled first (settleStaleHolds); a
 * tally with holds still there (a cancellation under way) is left as is.
 * Otherwise, when nothing was taken there for HOLD_TTL_MS (no booking's
 * write can still be coming) and it changed since it was last counted,
 * the places are recounted from the slot's bookings; written only if the
 * tally is still the version read, so a take or a release meanwhile wins.
 */
export async function repairTally(db: Database, tally: SlotTally, now: Date): Promise<number> {
  if (Object.keys(tally.holds ?? {}).length > 0) return settleStaleHolds(db, tally, now);
  const recent = tally.takenAt !== undefined && now.getTime() - new Date(tally.takenAt).getTime() < HOLD_TTL_MS;
  if (recent || (tally.v !== undefined && tally.countedV === tally.v)) return 0;
  const docs = await readAllPages<DateBookings>(db, COLLECTIONS.serviceBookings, {
    sessionId: tally.sessionId,
    'records.slotKey': tally.slotKey,
  });
  const holding = docs.flatMap((doc) => doc.records).filter((r) => r.slotKey === tally.slotKey && takesPlace(r)).length;
  const _ = db.command;
  const version = (tally.v ?? 0) + 1;
  const query = db.collection(COLLECTIONS.slotTallies).where({ _id: tally._id, v: tally.v === undefined ? _.exists(false) : tally.v });
  const written = await conditionalUpdate(query, { taken: holding, v: version, countedV: version });
  return written ? Math.max(0, tally.taken - holding) : 0;
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
  const _ = db.command;
  const token = randomBytes(6).toString('hex');
  const hold: SlotHold = { kind: 'release', bookingsId, requestKey: '', code, token, at: now };
  await db
    .collection(COLLECTIONS.slotTallies)
    .where({ _id: slotTallyIdOf(sessionId, slotKey) })
    .update({ data: { [`holds.${releaseHoldKey(code, token)}`]: hold, v: _.inc(1) } });
  return { sessionId, slotKey, code, token };
}

/** The booking was cancelled by this cancellation: its place is free, once (only while its hold is there). */
export async function finishRelease(db: Database, { sessionId, slotKey, code, token }: ReleaseTicket): Promise<void> {
  const _ = db.command;
  const key = releaseHoldKey(code, token);
  await conditionalUpdate(
    db.collection(COLLECTIONS.slotTallies).where({ _id: slotTallyIdOf(sessionId, slotKey), [`holds.${key}`]: _.exists(true) }),
    { taken: _.inc(-1), [`holds.${key}`]: _.remove(), v: _.inc(1) },
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
    .update({ data: { [`holds.${key}`]: _.remove(), v: _.inc(1) } });
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
      // A take held by a writer of the earlier layout (takes hold nothing now).
      if (doc?.keys[hold.requestKey] !== undefined) await dropHold(db, tally.sessionId, tally.slotKey, key);
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
    v: _.inc(1),
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
