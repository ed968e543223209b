import { alreadyBooked, bookingEvent, decideBooking, newBooking, type BookingRequest } from '../../domain/servicedays/booking';
import { assembleSession, dateBookingsIdOf } from '../../domain/servicedays/dateLayout';
import type { BookingRecord } from '../../domain/servicedays/ServiceSession';
import { DomainError } from '../../domain/shared/DomainError';
import type { Database } from '../../shared/cloud';
import { defineAction } from '../../shared/defineAction';
import { addToPersonsBookings, claimCode, findSlotTally, finishTake, releaseTake, takePlace } from './support/bookingWrites';
import { qrTextOf } from './support/codes';
import { REGISTERED } from './support/roles';
import { findDateBookings, findSession, undoBookingOnClosedDate } from './support/store';

function receipt(sessionId: string, booking: BookingRecord, slotKey: string, repeated: boolean) {
  return {
    sessionId,
    code: booking.code,
    qrText: qrTextOf(sessionId, booking.code),
    slotKey: booking.slotKey ?? slotKey,
    status: booking.status,
    repeated,
  };
}

/**
 * The booking: the date and the person's own bookings there are read and
 * the rules checked (a retried request is answered with its booking; a
 * closed date, a full slot, a second booking that day are refused, writing
 * nothing). Then three small conditional writes, whatever the date holds: a
 * place taken in the slot's tally (below the capacity: a rush on one slot
 * queues in the database, nobody gets a place twice), the code claimed, the
 * booking added to the person's document (the per-person limit and the
 * request key checked again there, atomically; when they fail the place is
 * given back). See support/bookingWrites.ts for a function dying between them.
 */
export const book = defineAction('servicedays', 'book', {
  access: REGISTERED,
  async run({ sessionId, slotKey, requestKey }, { db, caller, now }) {
    const request: BookingRequest = { openid: caller._id, name: caller.name, phone: caller.phone, slotKey, requestKey };
    const bookingsId = dateBookingsIdOf(sessionId, caller._id);
    // A first-layout date is moved only once the rules say yes on it: a refused booking writes nothing.
    const [date, mine, tally] = await Promise.all([
      findSession(db, sessionId, (stored) => decideBooking(stored, request, now)),
      findDateBookings(db, bookingsId),
      findSlotTally(db, sessionId, slotKey),
    ]);
    const verdict = decideBooking(date && assembleSession(date, [], mine ? [mine] : []), request, now);
    if (verdict.kind === 'existing') return receipt(sessionId, verdict.booking, slotKey, true);
    if (!date) throw new DomainError('NOT_FOUND');

    if ((await takePlace(db, date, slotKey, { bookingsId, requestKey }, tally, now)) === 'full') throw new DomainError('SLOT_FULL');
    const { code, outcome } = await storeBooking(db, request, date, bookingsId, verdict.maxActivePerPerson, mine !== null, now);
    // The same request sent twice at once shares one take: the place is its booking's, kept.
    const ours = outcome.kind === 'added' || (outcome.kind === 'existing' && outcome.booking.code === code);
    await (ours ? finishTake : releaseTake)(db, sessionId, slotKey, bookingsId, requestKey);
    if (outcome.kind === 'limit') throw alreadyBooked(verdict.maxActivePerPerson);
    if (outcome.kind === 'existing') return receipt(sessionId, outcome.booking, slotKey, true);
    // A staff change that closed the date or removed the slot while this booking was being written: it goes with it.
    await undoBookingOnClosedDate(db, sessionId, outcome.booking, now);
    return receipt(sessionId, outcome.booking, slotKey, false);
  },
});

/** The code claimed, then the booking added to the person's document (the place is already theirs). */
async function storeBooking(
  db: Database,
  request: BookingRequest,
  date: Parameters<typeof addToPersonsBookings>[1],
  bookingsId: string,
  maxActive: number,
  seenBefore: boolean,
  now: Date,
) {
  const code = await claimCode(db, date._id, bookingsId, request.requestKey, now);
  const booking = newBooking(request, code, now);
  const event = bookingEvent('booked', code, { openid: request.openid, name: request.name, role: 'resident' }, now);
  const outcome = await addToPersonsBookings(db, date, bookingsId, booking, event, maxActive, now, seenBefore);
  return { code, outcome: outcome.kind === 'added' ? { kind: 'added' as const, booking } : outcome };
}
