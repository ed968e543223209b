import { planWalkIn } from '../../domain/servicedays/bookingChanges';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { conditionalUpdate } from '../../shared/conditionalUpdate';
import { newBookingCode } from './codes';
import { STAFF } from './roles';
import { loadSession, sessionsOf, WRITE_ATTEMPTS } from './sessionStore';
import { toStaffBookingDto } from './toDto';

/**
 * Someone came without booking. Staff-only and rare, so it reads first; the
 * write is still conditional (a place left, the key and code unused), so a
 * walk-in never takes a place an online booking took a moment before.
 */
export const addWalkIn = defineAction('servicedays', 'addWalkIn', {
  access: STAFF,
  async run({ sessionId, windowId, slotKey, name, phone, requestKey }, { db, caller, now }) {
    const _ = db.command;
    for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt += 1) {
      const session = await loadSession(db, sessionId);
      const request = { windowId, slotKey: slotKey ?? null, name, phone: phone ?? '', requestKey };
      const plan = planWalkIn(session, caller, request, newBookingCode(), now);
      if (plan.kind === 'existing') return toStaffBookingDto(session, plan.booking);
      const { booking, event } = plan;
      const where: Record<string, unknown> = {
        _id: sessionId,
        status: 'open',
        [`keys.${requestKey}`]: _.exists(false),
        [`codes.${booking.code}`]: _.exists(false),
      };
      const data: Record<string, unknown> = {
        [`keys.${requestKey}`]: booking.code,
        [`codes.${booking.code}`]: true,
        bookings: _.push(booking),
        events: _.push(event),
        updatedAt: now,
      };
      if (booking.slotKey) {
        where[`slots.${booking.slotKey}.remaining`] = _.gt(0);
        data[`slots.${booking.slotKey}.remaining`] = _.inc(-1);
      }
      if (await conditionalUpdate(sessionsOf(db).where(where), data)) return toStaffBookingDto(session, booking);
    }
    throw new DomainError('CONFLICT');
  },
});
