import { planWalkIn } from '../../domain/servicedays/bookingChanges';
import { assembleSession, emptyDateBookings, walkInIdOf } from '../../domain/servicedays/dateLayout';
import type { ServiceSession } from '../../domain/servicedays/ServiceSession';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { addWalkInDocument, claimCode, findSlotTally, giveBackPlace, takePlace } from './support/bookingWrites';
import { STAFF } from './support/roles';
import { findDateBookings, loadDate } from './support/store';
import { toStaffBookingDto } from './support/toDto';

/**
 * Someone came without booking: a document of their own, keyed by the
 * request (a repeated request finds it). Given a slot, they take a place
 * the way an online booking does (refused when it is full), so a walk-in
 * never takes a place an online booking took a moment before.
 */
export const addWalkIn = defineAction('servicedays', 'addWalkIn', {
  access: STAFF,
  async run({ sessionId, windowId, slotKey, name, phone, requestKey }, { db, caller, now }) {
    const id = walkInIdOf(sessionId, requestKey);
    const request = { windowId, slotKey: slotKey ?? null, name, phone: phone ?? '', requestKey };
    // A first-layout date is moved only once the rules say yes on it: a refused caller writes nothing.
    const admit = (stored: ServiceSession) => planWalkIn(stored, caller, request, '000000', now);
    const [date, earlier] = await Promise.all([loadDate(db, sessionId, admit), findDateBookings(db, id)]);
    const session = assembleSession(date, [], earlier ? [earlier] : []);
    // Checked with a code to come: nothing is written before the rules say yes.
    const plan = planWalkIn(session, caller, request, '000000', now);
    if (plan.kind === 'existing') return toStaffBookingDto(session, plan.booking);
    const tally = request.slotKey ? await findSlotTally(db, sessionId, request.slotKey) : null;
    if (request.slotKey && (await takePlace(db, date, request.slotKey, tally, now)) === 'full') {
      throw new DomainError('SLOT_FULL', '这个时段已约满，可以不选时段，按现场排队登记');
    }
    const code = await claimCode(db, sessionId, id, requestKey, now);
    const booking = { ...plan.booking, code };
    const doc = {
      ...emptyDateBookings(date, id, null, now),
      active: 1,
      keys: { [requestKey]: code },
      records: [booking],
      events: [{ ...plan.event, code }],
    };
    // Not added: the same request, sent twice at once, added it with the place it took; this one's goes back.
    const added = await addWalkInDocument(db, doc);
    if (!added && request.slotKey) await giveBackPlace(db, sessionId, request.slotKey);
    if (added) return toStaffBookingDto(session, booking);
    // The one stored is answered only when it is this same registration (KEY_REUSED otherwise), as for a resend.
    const stored = await findDateBookings(db, id);
    if (!stored) throw new DomainError('CONFLICT');
    const raced = assembleSession(date, [], [stored]);
    const again = planWalkIn(raced, caller, request, '000000', now);
    if (again.kind !== 'existing') throw new DomainError('CONFLICT');
    return toStaffBookingDto(raced, again.booking);
  },
});
