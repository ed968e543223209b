import { localDateOf } from '../../domain/servicedays/beijingTime';
import { bookingEvent } from '../../domain/servicedays/booking';
import { planDateCancellation } from '../../domain/servicedays/dateExceptions';
import type { Actor, ServiceDay } from '../../domain/servicedays/ServiceDay';
import { sessionIdOf, type ServiceSession } from '../../domain/servicedays/ServiceSession';
import { requireStaffCovers } from '../../domain/servicedays/staffScope';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { getInTransaction, runTransaction } from '../../shared/transaction';
import { sendDayCancelled } from './notify';
import { STAFF } from './roles';
import { loadServiceDay, sessionsOf, withoutId } from './sessionStore';
import { toServiceDayDto } from './toDto';

/**
 * Exception: no service on a date. The service day and the date's document
 * change in one transaction (every waiting booking cancelled with the
 * reason, places freed); then everyone who had booked online gets a notice,
 * and the log says who was told and who could not be.
 */
export const cancelDate = defineAction('servicedays', 'cancelDate', {
  access: STAFF,
  async run({ serviceDayId, date, reason }, { db, caller, now }) {
    const current = await loadServiceDay(db, serviceDayId);
    requireStaffCovers(caller, current);
    const actor: Actor = { openid: caller._id, name: caller.name, role: 'staff' };
    const sessionId = sessionIdOf(serviceDayId, date);
    const exists = (await findById<{ _id: string }>(db, COLLECTIONS.serviceSessions, sessionId)) !== null;
    const outcome = await runTransaction(db, async (tx) => {
      const day = await getInTransaction<ServiceDay>(tx, COLLECTIONS.serviceDays, serviceDayId);
      const session = exists ? await getInTransaction<ServiceSession>(tx, COLLECTIONS.serviceSessions, sessionId) : null;
      let plan: ReturnType<typeof planDateCancellation>;
      try {
        plan = planDateCancellation(day, session, date, reason, actor, localDateOf(now), now);
      } catch (error) {
        if (error instanceof DomainError) return error;
        throw error;
      }
      await tx.collection(COLLECTIONS.serviceDays).doc(serviceDayId).set({ data: withoutId(plan.day) });
      if (plan.session) {
        await tx.collection(COLLECTIONS.serviceSessions).doc(sessionId).set({ data: withoutId(plan.session) });
      }
      return plan;
    });
    if (outcome instanceof DomainError) throw outcome;

    let notified = 0;
    if (outcome.session && outcome.cancelled.length > 0) {
      const session = outcome.session;
      const sent = await Promise.all(outcome.cancelled.map((booking) => sendDayCancelled(session, booking, reason)));
      const _ = db.command;
      const data: Record<string, unknown> = {};
      const events = outcome.cancelled.map((booking, n) =>
        bookingEvent(sent[n] ? 'noticeSent' : 'noticeFailed', booking.code, { openid: 'system', name: '系统', role: 'system' }, now),
      );
      outcome.cancelled.forEach((booking, n) => {
        if (!sent[n]) return;
        const index = session.bookings.findIndex((b) => b.code === booking.code);
        data[`bookings.${index}.notifiedAt`] = now;
      });
      notified = sent.filter(Boolean).length;
      await sessionsOf(db).where({ _id: sessionId }).update({ data: { ...data, events: _.push(events) } });
    }
    return { serviceDay: toServiceDayDto(outcome.day), cancelledBookings: outcome.cancelled.length, notified };
  },
});
