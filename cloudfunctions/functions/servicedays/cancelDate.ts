import { bookingEvent } from '../../domain/servicedays/booking';
import { planDateCancellation } from '../../domain/servicedays/dateExceptions';
import { sessionIdOf } from '../../domain/servicedays/ServiceSession';
import { defineAction } from '../../shared/defineAction';
import { sendDayCancelled } from './support/notify';
import { STAFF } from './support/roles';
import { changeDate, recordDayCancelNotices, writeDatesIn } from './support/store';
import { toServiceDayDto } from './support/toDto';

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
      (tx, sessionId, { session }) => writeDatesIn(tx, session ? [{ ...session, _id: sessionId }] : [], []),
    );
    const sessionId = sessionIdOf(serviceDayId, date);

    let notified = 0;
    if (outcome.session && outcome.cancelled.length > 0) {
      const session = outcome.session;
      const sent = await Promise.all(outcome.cancelled.map((booking) => sendDayCancelled(session, booking, reason)));
      const events = outcome.cancelled.map((booking, n) =>
        bookingEvent(sent[n] ? 'noticeSent' : 'noticeFailed', booking.code, { openid: 'system', name: '系统', role: 'system' }, now),
      );
      const told = outcome.cancelled.filter((_booking, n) => sent[n]);
      notified = told.length;
      await recordDayCancelNotices(db, { ...session, _id: sessionId }, told, events, now);
    }
    return { serviceDay: toServiceDayDto(outcome.day), cancelledBookings: outcome.cancelled.length, notified };
  },
});
