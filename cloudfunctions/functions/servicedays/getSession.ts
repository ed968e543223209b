import { dateBookingsIdOf } from '../../domain/servicedays/dateLayout';
import { defineAction } from '../../shared/defineAction';
import { templateIdOf } from '../../shared/subscribeTemplates';
import { REGISTERED } from './support/roles';
import { loadSessionFor } from './support/store';
import { toBookingDto, toSessionCardDto, toSlotDtos } from './support/toDto';

/** One date for the booking page: windows, slots and places left, and the caller's own bookings there. */
export const getSession = defineAction('servicedays', 'getSession', {
  access: REGISTERED,
  async run({ sessionId }, { db, caller, now }) {
    const session = await loadSessionFor(db, sessionId, dateBookingsIdOf(sessionId, caller._id));
    return {
      ...toSessionCardDto(session),
      slots: toSlotDtos(session, now),
      cancelCutoffMinutes: session.cancelCutoffMinutes,
      maxActivePerPerson: session.maxActivePerPerson,
      myBookings: session.bookings
        .filter((b) => b.openid === caller._id && b.status !== 'cancelled')
        .map((b) => toBookingDto(session, b, now)),
      subscribeTemplateIds: [templateIdOf('servicedayReminder'), templateIdOf('servicedayCancelled')],
    };
  },
});
