import { bookingEvent, newBooking, withBooking } from '../../cloudfunctions/domain/servicedays/booking';
import { instantAt } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import {
  assembleSession,
  dateBookingsIdOf,
  dateDocumentOf,
  splitLegacyDate,
  walkInIdOf,
} from '../../cloudfunctions/domain/servicedays/dateLayout';
import { createServiceDay } from '../../cloudfunctions/domain/servicedays/defineServiceDay';
import type { ServiceSession } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { buildSession } from '../../cloudfunctions/domain/servicedays/sessions';
import { DEMO_PLACES } from '../../localcloud/seed/demoPlaces';

const now = instantAt('2026-03-01', '10:00');
const staff = { openid: 'demo-staff-township', name: '黄文斌', role: 'staff' as const };
const place = DEMO_PLACES.township;
const day = createServiceDay(
  'sd-test',
  {
    title: '便民服务日',
    venue: '大厅',
    recurrence: { kind: 'weekly', weekdays: [3] },
    startTime: '09:00',
    endTime: '10:00',
    slotMinutes: 30,
    windows: [{ name: '社保', capacity: 3 }],
    horizonWeeks: 4,
    cancelCutoffMinutes: 120,
    maxActivePerPerson: 2,
  },
  place,
  staff,
  now,
);

function book(session: ServiceSession, openid: string | null, slotKey: string, code: string, at: Date): ServiceSession {
  const request = { openid: openid ?? 'walk-in', name: openid ?? '现场', phone: '', slotKey, requestKey: `key-${code}` };
  const booking = { ...newBooking(request, code, at), openid, source: openid ? ('online' as const) : ('walkIn' as const) };
  return withBooking(session, booking, bookingEvent('booked', code, { openid: openid ?? 'staff', name: '', role: 'resident' }, at));
}

describe('a date stored as a date document, bookings per person, tallies per slot', () => {
  const first = buildSession(day, '2026-03-04', now);
  let legacy = book(first, 'wang', 'w1_0900', '111111', instantAt('2026-03-01', '10:01'));
  legacy = book(legacy, 'li', 'w1_0900', '222222', instantAt('2026-03-01', '10:02'));
  legacy = book(legacy, 'wang', 'w1_0930', '333333', instantAt('2026-03-01', '10:03'));
  legacy = book(legacy, null, 'w1_0930', '444444', instantAt('2026-03-01', '10:04'));
  legacy = { ...legacy, bookings: legacy.bookings.map((b) => (b.code === '222222' ? { ...b, status: 'cancelled' as const } : b)) };

  it('splits a first-layout date by person (a walk-in its own), counting places from the bookings', () => {
    const { date, docs, tallies, claims } = splitLegacyDate(legacy, now);
    expect(date).not.toHaveProperty('bookings');
    expect(date.events).toEqual([]);
    const wang = docs.find((d) => d._id === dateBookingsIdOf(legacy._id, 'wang'))!;
    expect(wang.records.map((r) => r.code)).toEqual(['111111', '333333']);
    expect(wang.active).toBe(2);
    expect(wang.events.map((e) => e.code)).toEqual(['111111', '333333']);
    expect(docs.find((d) => d._id === dateBookingsIdOf(legacy._id, 'li'))!.active).toBe(0);
    expect(docs.find((d) => d._id === walkInIdOf(legacy._id, 'key-444444'))!.openid).toBeNull();
    expect(Object.fromEntries(tallies.map((t) => [t.slotKey, t.taken]))).toEqual({ w1_0900: 1, w1_0930: 2 });
    expect(claims.map((c) => c.code).sort()).toEqual(['111111', '222222', '333333', '444444']);
  });

  it('assembles the same date back: bookings in order, places left, holders, keys and codes', () => {
    const { date, docs, tallies } = splitLegacyDate(legacy, now);
    const assembled = assembleSession(date, tallies, [...docs].reverse());
    expect(assembled.bookings).toEqual(legacy.bookings);
    expect(assembled.slots.w1_0900.remaining).toBe(2);
    expect(assembled.slots.w1_0930.remaining).toBe(1);
    expect(assembled.holders).toEqual({ wang: 2, li: 0 });
    expect(assembled.keys).toEqual(legacy.keys);
    expect(Object.keys(assembled.codes).sort()).toEqual(Object.keys(legacy.codes).sort());
    expect(assembled.events).toEqual(legacy.events);
  });

  it('counts a slot nobody booked yet (no tally) as all places left, and keeps only the date’s own log on its document', () => {
    const withLog = { ...first, events: [bookingEvent('dayReopened', null, staff, now), bookingEvent('booked', '111111', staff, now)] };
    expect(dateDocumentOf(withLog).events.map((e) => e.type)).toEqual(['dayReopened']);
    expect(assembleSession(dateDocumentOf(first), [], []).slots.w1_0900.remaining).toBe(3);
  });
});
