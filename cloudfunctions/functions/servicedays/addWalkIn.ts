import { planWalkIn } from '../../domain/servicedays/bookingChanges';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { newBookingCode } from './support/codes';
import { STAFF } from './support/roles';
import { addWalkInIfAllowed, loadSession, WRITE_ATTEMPTS } from './support/store';
import { toStaffBookingDto } from './support/toDto';

/**
 * Someone came without booking. Staff-only and rare, so it reads first; the
 * write is still conditional (a place left, the key and code unused), so a
 * walk-in never takes a place an online booking took a moment before.
 */
export const addWalkIn = defineAction('servicedays', 'addWalkIn', {
  access: STAFF,
  async run({ sessionId, windowId, slotKey, name, phone, requestKey }, { db, caller, now }) {
    for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt += 1) {
      const session = await loadSession(db, sessionId);
      const request = { windowId, slotKey: slotKey ?? null, name, phone: phone ?? '', requestKey };
      const plan = planWalkIn(session, caller, request, newBookingCode(), now);
      if (plan.kind === 'existing') return toStaffBookingDto(session, plan.booking);
      if (await addWalkInIfAllowed(db, sessionId, plan.booking, plan.event, now)) return toStaffBookingDto(session, plan.booking);
    }
    throw new DomainError('CONFLICT');
  },
});
