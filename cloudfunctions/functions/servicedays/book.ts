import { explainMissedBooking, type BookingRequest } from '../../domain/servicedays/booking';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { newBookingCode, qrTextOf } from './support/codes';
import { REGISTERED } from './support/roles';
import { bookIfAllowed, findSession } from './support/store';

/** Attempts before giving up (each after a read that found nothing in the way: a race or a code collision). */
const ATTEMPTS = 4;

/**
 * The booking is ONE conditional update of the date (bookIfAllowed). Only
 * when it matches nothing is the date read, to tell a retried request
 * (answered with its booking) from a refusal.
 */
export const book = defineAction('servicedays', 'book', {
  access: REGISTERED,
  async run({ sessionId, slotKey, requestKey }, { db, caller, now }) {
    const request: BookingRequest = { openid: caller._id, name: caller.name, phone: caller.phone, slotKey, requestKey };
    let code = newBookingCode();
    let maxActive = 1;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      if (await bookIfAllowed(db, request, sessionId, code, maxActive, now)) {
        return { sessionId, code, qrText: qrTextOf(sessionId, code), slotKey, status: 'booked' as const, repeated: false };
      }
      const session = await findSession(db, sessionId);
      const verdict = explainMissedBooking(session, request, { code, maxActivePerPerson: maxActive }, now);
      if (verdict.kind === 'existing') {
        const { booking } = verdict;
        return {
          sessionId,
          code: booking.code,
          qrText: qrTextOf(sessionId, booking.code),
          slotKey: booking.slotKey ?? slotKey,
          status: booking.status,
          repeated: true,
        };
      }
      maxActive = verdict.maxActivePerPerson;
      if (verdict.newCode) code = newBookingCode();
    }
    throw new DomainError('CONFLICT', '预约的人太多了，请稍后再试');
  },
});
