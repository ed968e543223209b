import { addDays, localDateOf, weekdayOf, type LocalDate } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import { bookingEvent, newBooking, withBooking } from '../../cloudfunctions/domain/servicedays/booking';
import {
  splitLegacyDate,
  type CodeClaim,
  type DateBookings,
  type DateDocument,
  type SlotTally,
} from '../../cloudfunctions/domain/servicedays/dateLayout';
import { createServiceDay } from '../../cloudfunctions/domain/servicedays/defineServiceDay';
import type { ServiceDay } from '../../cloudfunctions/domain/servicedays/ServiceDay';
import type { ServiceSession } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { missingSessions } from '../../cloudfunctions/domain/servicedays/sessions';
import type { User } from '../../cloudfunctions/domain/people/User';
import { DEMO_PLACES } from './demoPlaces';
import { demoUsers } from './demoUsers';

const SEEDED_AT = new Date('2026-01-05T08:00:00+08:00');

/** The township's service day, after 修文县洒坪乡: every Wednesday (market day) at the township hall. */
export const DEMO_SERVICE_DAY_ID = 'sd-liangquan-wed';
/** A village's 定期服务日 on the 1st and 15th of the month. */
export const DEMO_VILLAGE_SERVICE_DAY_ID = 'sd-hubin-monthly';

const staff = (openid: string) => {
  const user = demoUsers.find((u) => u._id === openid);
  if (!user) throw new Error(`no demo user ${openid}`);
  return { openid: user._id, name: user.name, role: 'staff' as const };
};

export function demoServiceDays(): ServiceDay[] {
  const township = createServiceDay(
    DEMO_SERVICE_DAY_ID,
    {
      title: '凉泉乡便民服务日',
      venue: '凉泉乡为民服务大厅',
      recurrence: { kind: 'weekly', weekdays: [3] },
      startTime: '09:00',
      endTime: '12:00',
      slotMinutes: 30,
      windows: [
        { name: '社保', capacity: 4 },
        { name: '医保', capacity: 4 },
        { name: '户籍', capacity: 3 },
        { name: '法律咨询', capacity: 2 },
        { name: '农技', capacity: 3 },
      ],
      horizonWeeks: 4,
      cancelCutoffMinutes: 120,
      maxActivePerPerson: 1,
    },
    DEMO_PLACES.township,
    staff('demo-staff-township'),
    SEEDED_AT,
  );
  const village = createServiceDay(
    DEMO_VILLAGE_SERVICE_DAY_ID,
    {
      title: '湖滨村定期服务日',
      venue: '湖滨村党群服务中心',
      recurrence: { kind: 'monthly', days: [1, 15] },
      startTime: '08:30',
      endTime: '11:30',
      slotMinutes: 60,
      windows: [
        { name: '代办', capacity: 5 },
        { name: '矛盾调解', capacity: 2 },
      ],
      horizonWeeks: 4,
      cancelCutoffMinutes: 120,
      maxActivePerPerson: 1,
    },
    DEMO_PLACES.hubin,
    staff('demo-staff-hubin'),
    SEEDED_AT,
  );
  return [township, village];
}

/** The first Wednesday at least two days from `now`: the demo bookings are on it (safely before any cutoff). */
export function demoBookingDate(now: Date): LocalDate {
  let date = addDays(localDateOf(now), 2);
  while (weekdayOf(date) !== 3) date = addDays(date, 1);
  return date;
}

/** Demo bookings on the demo date: window, slot start, code. */
export const DEMO_BOOKINGS = [
  { openid: 'demo-resident-wang', slotKey: 'w1_0900', code: '100001' },
  { openid: 'demo-resident-li', slotKey: 'w2_0930', code: '100002' },
  { openid: 'demo-resident-sun', slotKey: 'w3_0900', code: '100003' },
] as const;

function person(openid: string): User {
  const user = demoUsers.find((u) => u._id === openid);
  if (!user) throw new Error(`no demo user ${openid}`);
  return user;
}

/**
 * The dates within the booking horizon as of `now` (the seed runs on the
 * day the demo starts), with three residents booked on the demo date.
 */
export function demoServiceSessions(now: Date): ServiceSession[] {
  const today = localDateOf(now);
  const bookingDate = demoBookingDate(now);
  return demoServiceDays().flatMap((day) =>
    missingSessions(day, new Set(), today, now).map((session) => {
      if (day._id !== DEMO_SERVICE_DAY_ID || session.date !== bookingDate) return session;
      return DEMO_BOOKINGS.reduce((current, demo, n) => {
        const user = person(demo.openid);
        const at = new Date(now.getTime() - (DEMO_BOOKINGS.length - n) * 60_000);
        const request = {
          openid: user._id,
          name: user.name,
          phone: user.phone,
          slotKey: demo.slotKey,
          requestKey: `demo-booking-${n + 1}`,
        };
        return withBooking(
          current,
          newBooking(request, demo.code, at),
          bookingEvent('booked', demo.code, { openid: user._id, name: user.name, role: 'resident' }, at),
        );
      }, session);
    }),
  );
}

/** The demo dates as stored: each date's document, its bookings per person, its slots' tallies, its codes' claims. */
export function demoServiceDayDocuments(now: Date): {
  dates: DateDocument[];
  bookings: DateBookings[];
  tallies: SlotTally[];
  claims: CodeClaim[];
} {
  const parts = demoServiceSessions(now).map((session) => splitLegacyDate(session, now));
  return {
    dates: parts.map((p) => p.date),
    bookings: parts.flatMap((p) => p.docs),
    tallies: parts.flatMap((p) => p.tallies),
    claims: parts.flatMap((p) => p.claims),
  };
}
