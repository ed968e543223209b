import { bookingEvent, explainMissedBooking, newBooking, type BookingRequest } from '../../domain/servicedays/booking';
import { assertFieldSafe, type ServiceSession } from '../../domain/servicedays/ServiceSession';
import { DomainError } from '../../domain/shared/DomainError';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { conditionalUpdate } from '../../shared/conditionalUpdate';
import { newBookingCode, qrTextOf } from './codes';
import { REGISTERED } from './roles';
import { sessionsOf } from './sessionStore';

/** Attempts before giving up (each after a read that found nothing in the way: a race or a code collision). */
const ATTEMPTS = 4;

/**
 * The booking itself: ONE conditional update of the date's document that
 * checks everything at once (open, bookable now, a place left, the
 * person's one-per-day, the request key and the code unused) and does
 * everything at once (takes the place, counts the person, records the key,
 * code, booking and log entry). With the caller's record that is 2 database
 * actions for a booking, and there is no second write that could fail
 * halfway and leave a place taken without a booking. Only when it matches
 * nothing is the date read, to tell a retried request (answered with its
 * booking) from a refusal.
 */
function tryBooking(db: Database, request: BookingRequest, sessionId: string, code: string, maxActive: number, now: Date) {
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

export const book = defineAction('servicedays', 'book', {
  access: REGISTERED,
  async run({ sessionId, slotKey, requestKey }, { db, caller, now }) {
    const request: BookingRequest = { openid: caller._id, name: caller.name, phone: caller.phone, slotKey, requestKey };
    let code = newBookingCode();
    let maxActive = 1;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      if (await tryBooking(db, request, sessionId, code, maxActive, now)) {
        return { sessionId, code, qrText: qrTextOf(sessionId, code), slotKey, status: 'booked' as const, repeated: false };
      }
      const session = await findById<ServiceSession>(db, COLLECTIONS.serviceSessions, sessionId);
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
