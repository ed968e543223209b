import {
  alreadyBooked,
  bookingEvent,
  decideBooking,
  newBooking,
  retriedBooking,
  type BookingRequest,
} from '../../domain/servicedays/booking';
import { assembleSession, dateBookingsIdOf, type DateDocument } from '../../domain/servicedays/dateLayout';
import type { BookingRecord } from '../../domain/servicedays/ServiceSession';
import { DomainError } from '../../domain/shared/DomainError';
import type { Database } from '../../shared/cloud';
import { defineAction } from '../../shared/defineAction';
import { readBookingInputs } from './support/bookingInputs';
import { addToPersonsBookings, claimCode, giveBackPlace, takePlace } from './support/bookingWrites';
import { qrTextOf } from './support/codes';
import { REGISTERED } from './support/roles';
import { undoBookingOnClosedDate } from './support/store';

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
 * The booking: the date, the person's own bookings there and the slot's
 * tally are read in one database action and the rules checked (a retried request is
 * answered with its booking; a closed date, a full slot, a second booking
 * that day are refused, writing nothing). Then small conditional writes,
 * whatever the date holds: a place counted in the slot's tally (below the
 * capacity: a rush on one slot queues in the database, nobody gets a place
 * twice), the code claimed, then the booking added to the person's
 * document (the per-person limit and the request key checked again there,
 * atomically; when they fail the place is given back). A function dying
 * between them leaves a place counted that nobody holds, never one given
 * twice (see support/bookingWrites.ts).
 */
export const book = defineAction('servicedays', 'book', {
  access: REGISTERED,
  async run({ sessionId, slotKey, requestKey }, { db, caller, now }) {
    const request: BookingRequest = { openid: caller._id, name: caller.name, phone: caller.phone, slotKey, requestKey };
    const bookingsId = dateBookingsIdOf(sessionId, caller._id);
    // One read of all three; a first-layout date is moved only once the rules say yes on it (a refused booking writes nothing).
    const { date, mine, tally } = await readBookingInputs(db, sessionId, slotKey, bookingsId, (stored) =>
      decideBooking(stored, request, now),
    );
    const verdict = decideBooking(date && assembleSession(date, [], mine ? [mine] : []), request, now);
    if (verdict.kind === 'existing') return receipt(sessionId, verdict.booking, slotKey, true);
    if (!date) throw new DomainError('NOT_FOUND');

    if ((await takePlace(db, date, slotKey, tally, now)) === 'full') throw new DomainError('SLOT_FULL');
    const code = await claimCode(db, sessionId, bookingsId, requestKey, now);
    const outcome = await storeBooking(db, request, code, date, bookingsId, verdict.maxActivePerPerson, mine !== null, now);
    // Refused by the person's document, or the same request sent twice at once whose twin stored it: the place goes back.
    if (outcome.kind !== 'added') await giveBackPlace(db, sessionId, slotKey);
    if (outcome.kind === 'limit') throw alreadyBooked(verdict.maxActivePerPerson);
    if (outcome.kind === 'existing') return receipt(sessionId, retriedBooking(outcome.booking, slotKey), slotKey, true);
    // A staff change that closed the date or removed the slot while this booking was being written: it goes with it.
    await undoBookingOnClosedDate(db, sessionId, outcome.booking, now);
    return receipt(sessionId, outcome.booking, slotKey, false);
  },
});

/** The booking added to the person's document (the place is already theirs). */
async function storeBooking(
  db: Database,
  request: BookingRequest,
  code: string,
  date: DateDocument,
  bookingsId: string,
  maxActive: number,
  seenBefore: boolean,
  now: Date,
) {
  const booking = newBooking(request, code, now);
  const event = bookingEvent('booked', code, { openid: request.openid, name: request.name, role: 'resident' }, now);
  const outcome = await addToPersonsBookings(db, date, bookingsId, booking, event, maxActive, now, seenBefore);
  return outcome.kind === 'added' ? { kind: 'added' as const, booking } : outcome;
}
