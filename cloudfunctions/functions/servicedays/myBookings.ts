import { addDays, localDateOf } from '../../domain/servicedays/chinaCalendar';
import { defineAction } from '../../shared/defineAction';
import { REGISTERED } from './support/roles';
import { bookingsOfPerson } from './support/store';
import { isOver, toBookingDto } from './support/toDto';

/** How far back 我的预约 shows past bookings. */
const HISTORY_DAYS = 90;

/** The caller's bookings: coming ones soonest first, then the rest (done, cancelled, missed) newest first. */
export const myBookings = defineAction('servicedays', 'myBookings', {
  access: REGISTERED,
  async run(_input, { db, caller, now }) {
    const sessions = await bookingsOfPerson(db, caller._id, addDays(localDateOf(now), -HISTORY_DAYS));
    const all = sessions.flatMap((session) =>
      session.bookings.filter((b) => b.openid === caller._id).map((b) => ({ session, dto: toBookingDto(session, b, now) })),
    );
    const isUpcoming = ({ session, dto }: (typeof all)[number]) =>
      (dto.status === 'booked' || dto.status === 'checkedIn') && session.status === 'open' && !isOver(session, now);
    return {
      upcoming: all
        .filter(isUpcoming)
        .map((x) => x.dto)
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
      past: all
        .filter((x) => !isUpcoming(x))
        .map((x) => x.dto)
        .sort((a, b) => b.startsAt.localeCompare(a.startsAt) || b.createdAt.localeCompare(a.createdAt)),
    };
  },
});
