import { bookingEvent } from '../../domain/servicedays/booking';
import { planDateCancellation } from '../../domain/servicedays/dateExceptions';
import { sessionIdOf } from '../../domain/servicedays/ServiceSession';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { sendDayCancelled } from './notify';
import { STAFF } from './roles';
import { changeDate, sessionsOf, withoutId } from './sessionStore';
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
    const outcome = await changeDate(
      db,
      caller,
      serviceDayId,
      date,
      now,
      ({ day, session, actor, today }) => planDateCancellation(day, session, date, reason, actor, today, now),
      async (tx, sessionId, { session }) => {
        if (session)
          await tx
            .collection(COLLECTIONS.serviceSessions)
            .doc(sessionId)
            .set({ data: withoutId(session) });
      },
    );
    const sessionId = sessionIdOf(serviceDayId, date);

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
      await sessionsOf(db)
        .where({ _id: sessionId })
        .update({ data: { ...data, events: _.push(events) } });
    }
    return { serviceDay: toServiceDayDto(outcome.day), cancelledBookings: outcome.cancelled.length, notified };
  },
});
