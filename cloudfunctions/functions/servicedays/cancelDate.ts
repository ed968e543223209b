import { bookingEvent } from '../../domain/servicedays/booking';
import { planDateCancellation } from '../../domain/servicedays/dateExceptions';
import { sessionIdOf } from '../../domain/servicedays/ServiceSession';
import { defineAction } from '../../shared/defineAction';
import { sendDayCancelled } from './support/notify';
import { STAFF } from './support/roles';
import { cancelWaitingBookings, changeDate, loadSession, recordDayCancelNotice, recountTallies, writeDatesIn } from './support/store';
import { toServiceDayDto } from './support/toDto';

/**
 * Exception: no service on a date. The service day and the date's document
 * change in one transaction; then every waiting booking is cancelled with
 * the reason (each in its person's document), everyone who had booked
 * online gets a notice, and their log says whether they were told.
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
    const session = outcome.session;
    if (!session) return { serviceDay: toServiceDayDto(outcome.day), cancelledBookings: 0, notified: 0 };

    const actor = { openid: caller._id, name: caller.name, role: 'staff' as const };
    const cancelled = await cancelWaitingBookings(db, sessionId, reason, actor, now);
    // Their places are free again (the date is closed; a restored date starts from these counts).
    await recountTallies(db, await loadSession(db, sessionId));
    const online = cancelled.filter((booking) => booking.source === 'online');
    const sent = await Promise.all(online.map((booking) => sendDayCancelled(session, booking, reason)));
    const system = { openid: 'system', name: '系统', role: 'system' as const };
    for (const [n, booking] of online.entries()) {
      const event = bookingEvent(sent[n] ? 'noticeSent' : 'noticeFailed', booking.code, system, now);
      await recordDayCancelNotice(db, sessionId, booking, event, sent[n], now);
    }
    return { serviceDay: toServiceDayDto(outcome.day), cancelledBookings: online.length, notified: sent.filter(Boolean).length };
  },
});
