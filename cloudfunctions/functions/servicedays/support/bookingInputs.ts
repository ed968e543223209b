import { isLegacyDate, slotTallyIdOf, type DateBookings, type DateDocument, type SlotTally } from '../../../domain/servicedays/dateLayout';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { findSession, type BeforeMove } from './store';

/** What a booking decides on: the date, the person's own bookings there and the slot's tally (null where none). */
export interface BookingInputs {
  date: DateDocument | null;
  mine: DateBookings | null;
  tally: SlotTally | null;
}

interface DateWithJoins extends DateDocument {
  bookings?: unknown;
  tallyFound: SlotTally[];
  mineFound: DateBookings[];
}

type Joined = DateWithJoins & { tallyId: string; mineId: string };

/** One aggregate from the date's document joining the other two by `_id` (each join one document, by the `_id` index). */
async function readJoined(db: Database, sessionId: string, slotKey: string, bookingsId: string): Promise<Joined | undefined> {
  const $ = db.command.aggregate;
  const { list } = (await db
    .collection(COLLECTIONS.serviceSessions)
    .aggregate()
    .match({ _id: sessionId })
    .addFields({ tallyId: $.literal(slotTallyIdOf(sessionId, slotKey)), mineId: $.literal(bookingsId) })
    .lookup({ from: COLLECTIONS.slotTallies, localField: 'tallyId', foreignField: '_id', as: 'tallyFound' })
    .lookup({ from: COLLECTIONS.serviceBookings, localField: 'mineId', foreignField: '_id', as: 'mineFound' })
    .limit(1)
    .end()) as { list: Joined[] };
  return list[0];
}

/**
 * The date, the person's document on it and the slot's tally in one
 * database action (three reads were three actions and three round trips).
 * A date still in the first layout is moved first, once `admit` passes on
 * it (as findSession does), and read again.
 */
export async function readBookingInputs(
  db: Database,
  sessionId: string,
  slotKey: string,
  bookingsId: string,
  admit: BeforeMove,
): Promise<BookingInputs> {
  let found = await readJoined(db, sessionId, slotKey, bookingsId);
  if (found && isLegacyDate(found)) {
    await findSession(db, sessionId, admit);
    found = await readJoined(db, sessionId, slotKey, bookingsId);
  }
  if (!found) return { date: null, mine: null, tally: null };
  const { tallyFound, mineFound, tallyId: _t, mineId: _m, ...date } = found;
  return { date, mine: mineFound[0] ?? null, tally: tallyFound[0] ?? null };
}
