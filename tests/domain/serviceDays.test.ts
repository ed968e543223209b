import { addDays, describeDate, instantAt, localDateOf, weekdayOf } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import { bookingEvent, decideBooking, newBooking, withBooking } from '../../cloudfunctions/domain/servicedays/booking';
import { planCancellation } from '../../cloudfunctions/domain/servicedays/bookingChanges';
import { planDateCancellation, planExtraDate } from '../../cloudfunctions/domain/servicedays/dateExceptions';
import { createServiceDay, reviseServiceDay, type ServiceDayInput } from '../../cloudfunctions/domain/servicedays/defineServiceDay';
import { cancelDeadline, occurrences, opensAtOf, recursOn, slotTimesOf } from '../../cloudfunctions/domain/servicedays/schedule';
import type { ServiceDay } from '../../cloudfunctions/domain/servicedays/ServiceDay';
import type { ServiceSession } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { buildSession, missingSessions, planScheduleChange } from '../../cloudfunctions/domain/servicedays/sessions';
import { DEMO_PLACES } from '../../localcloud/seed/demoPlaces';
import { demoUsers } from '../../localcloud/seed/demoUsers';

const staff = { openid: 'demo-staff-township', name: '黄文斌', role: 'staff' as const };
const input: ServiceDayInput = {
  title: '洒坪乡便民服务日',
  venue: '洒坪乡为民服务大厅',
  recurrence: { kind: 'weekly', weekdays: [3] },
  startTime: '09:00',
  endTime: '12:00',
  slotMinutes: 30,
  windows: [
    { name: '社保', capacity: 2 },
    { name: '户籍', capacity: 1 },
  ],
  horizonWeeks: 4,
  cancelCutoffMinutes: 120,
  maxActivePerPerson: 1,
};
// Monday 2026-03-02, 10:00 China time.
const now = instantAt('2026-03-02', '10:00');
const day: ServiceDay = createServiceDay('sd-test', input, DEMO_PLACES.township, staff, now);
const wang = demoUsers.find((u) => u._id === 'demo-resident-wang')!;
const township = demoUsers.find((u) => u._id === 'demo-staff-township')!;

function book(session: ServiceSession, openid: string, slotKey: string, code: string): ServiceSession {
  const request = { openid, name: openid, phone: '', slotKey, requestKey: `key-${code}` };
  return withBooking(
    session,
    newBooking(request, code, now),
    bookingEvent('booked', code, { openid, name: openid, role: 'resident' }, now),
  );
}

describe('China calendar', () => {
  it('puts an instant on its China date whatever the machine’s zone', () => {
    expect(localDateOf(new Date('2026-03-03T16:30:00Z'))).toBe('2026-03-04');
    expect(localDateOf(new Date('2026-03-03T15:59:59Z'))).toBe('2026-03-03');
    expect(instantAt('2026-03-04', '09:00').toISOString()).toBe('2026-03-04T01:00:00.000Z');
    expect(weekdayOf('2026-03-04')).toBe(3);
    expect(weekdayOf('2026-03-08')).toBe(7);
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(describeDate('2026-03-04')).toBe('3月4日（周三）');
  });
});

describe('schedule', () => {
  it('cuts the hours into slots of the given length and refuses hours that do not divide', () => {
    expect(slotTimesOf(input).map((s) => `${s.start}-${s.end}`)).toEqual([
      '09:00-09:30',
      '09:30-10:00',
      '10:00-10:30',
      '10:30-11:00',
      '11:00-11:30',
      '11:30-12:00',
    ]);
    expect(() => slotTimesOf({ ...input, endTime: '11:45' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => slotTimesOf({ ...input, endTime: '08:00' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('expands weekly and monthly recurrences with extra and cancelled dates', () => {
    const cancelled = { date: '2026-03-11', reason: '停电', by: 'x', byName: 'x', at: now };
    const weekly = occurrences({ ...day, extraDates: ['2026-03-06'], cancelledDates: [cancelled] }, '2026-03-02', '2026-03-18');
    expect(weekly.map((o) => [o.date, o.extra, o.cancelled?.reason ?? null])).toEqual([
      ['2026-03-04', false, null],
      ['2026-03-06', true, null],
      ['2026-03-11', false, '停电'],
      ['2026-03-18', false, null],
    ]);
    const monthly = occurrences({ ...day, recurrence: { kind: 'monthly', days: [1, 15, 31] } }, '2026-01-30', '2026-04-01');
    expect(monthly.map((o) => o.date)).toEqual([
      '2026-01-31',
      '2026-02-01',
      '2026-02-15',
      '2026-03-01',
      '2026-03-15',
      '2026-03-31',
      '2026-04-01',
    ]);
  });

  it('opens each date for booking the horizon ahead and lays out dates only within it', () => {
    expect(opensAtOf('2026-03-25', 4)).toEqual(instantAt('2026-02-25', '00:00'));
    const dates = missingSessions(day, new Set(['2026-03-04']), '2026-03-02', now).map((s) => s.date);
    expect(dates).toEqual(['2026-03-11', '2026-03-18', '2026-03-25']);
    expect(missingSessions({ ...day, horizonWeeks: 1 }, new Set(), '2026-03-02', now).map((s) => s.date)).toEqual(['2026-03-04']);
    expect(missingSessions({ ...day, active: false }, new Set(), '2026-03-02', now)).toEqual([]);
  });

  it('sets the cancel deadline the cutoff before the slot', () => {
    expect(cancelDeadline(instantAt('2026-03-04', '09:00'), 120)).toEqual(instantAt('2026-03-04', '07:00'));
  });

  it('numbers windows once and keeps their ids through renames', () => {
    expect(day.windows.map((w) => w.id)).toEqual(['w1', 'w2']);
    const revised = reviseServiceDay(
      day,
      {
        ...input,
        windows: [
          { id: 'w2', name: '户籍办理', capacity: 1 },
          { name: '医保', capacity: 3 },
        ],
      },
      staff,
      now,
    );
    expect(revised.windows).toEqual([
      { id: 'w2', name: '户籍办理', capacity: 1 },
      { id: 'w3', name: '医保', capacity: 3 },
    ]);
    expect(revised.version).toBe(2);
  });
});

describe('booking rules', () => {
  const base = buildSession(day, '2026-03-04', now);

  it('decides a booking: a retry gets its booking, then the reasons in order', () => {
    const booked = book(base, 'demo-resident-wang', 'w2_0900', '123456');
    const request = { openid: 'demo-resident-wang', name: '王秀英', phone: '', slotKey: 'w2_0900', requestKey: 'key-123456' };
    expect(decideBooking(booked, request, now)).toEqual({
      kind: 'existing',
      booking: expect.objectContaining({ code: '123456' }),
    });
    // The key sent for another slot is another request, not the retry of the first.
    expect(() => decideBooking(booked, { ...request, slotKey: 'w1_0900' }, now)).toThrow(expect.objectContaining({ code: 'KEY_REUSED' }));
    const second = { ...request, requestKey: 'other-key-1' };
    expect(() => decideBooking(booked, second, now)).toThrow(expect.objectContaining({ code: 'ALREADY_BOOKED' }));
    const stranger = { ...second, openid: 'demo-resident-li', slotKey: 'w2_0900' };
    expect(() => decideBooking(booked, stranger, now)).toThrow(
      expect.objectContaining({ code: 'SLOT_FULL', message: expect.stringContaining('已约满') }),
    );
    expect(decideBooking(booked, { ...stranger, slotKey: 'w1_0900' }, now)).toEqual({ kind: 'book', maxActivePerPerson: 1 });
    const early = instantAt('2026-02-01', '08:00');
    expect(() => decideBooking(booked, { ...stranger, slotKey: 'w1_0900' }, early)).toThrow(
      expect.objectContaining({ code: 'BOOKING_NOT_OPEN' }),
    );
    const late = instantAt('2026-03-04', '09:00');
    expect(() => decideBooking(booked, { ...stranger, slotKey: 'w1_0900' }, late)).toThrow(
      expect.objectContaining({ code: 'BOOKING_CLOSED' }),
    );
  });

  it('never lets the in-memory booking go past capacity', () => {
    const one = book(base, 'a', 'w2_0900', '111111');
    expect(() => book(one, 'b', 'w2_0900', '222222')).toThrow(expect.objectContaining({ code: 'SLOT_FULL' }));
  });

  it('lets the owner cancel until the cutoff, frees the place, and keeps the record', () => {
    const booked = book(base, wang._id, 'w1_0900', '123456');
    const change = planCancellation(booked, wang, '123456', '有事', instantAt('2026-03-04', '07:00'));
    expect(change.after).toEqual(expect.objectContaining({ status: 'cancelled', cancelReason: '有事', cancelledByRole: 'resident' }));
    expect(change.freesPlace).toBe(true);
    expect(() => planCancellation(booked, wang, '123456', '有事', instantAt('2026-03-04', '07:01'))).toThrow(
      expect.objectContaining({ code: 'CANCEL_TOO_LATE' }),
    );
    const byStaff = planCancellation(booked, township, '123456', '来电', instantAt('2026-03-04', '08:59'));
    expect(byStaff.after.cancelledByRole).toBe('staff');
  });
});

describe('capacity and schedule changes', () => {
  const session = book(book(buildSession(day, '2026-03-04', now), 'a', 'w1_0900', '111111'), 'b', 'w1_0900', '222222');

  it('refuses a capacity below what is booked, listing who is affected', () => {
    const lowered = reviseServiceDay(
      day,
      {
        ...input,
        windows: [
          { id: 'w1', name: '社保', capacity: 1 },
          { id: 'w2', name: '户籍', capacity: 1 },
        ],
      },
      staff,
      now,
    );
    expect(() => planScheduleChange(lowered, [session], '2026-03-02', now)).toThrow(
      expect.objectContaining({
        code: 'CAPACITY_BELOW_BOOKED',
        details: [expect.stringContaining('社保 09:00–09:30：已约2人，新名额1人')],
      }),
    );
  });

  it('keeps bookings and recounts places when capacity rises, and lays out new dates', () => {
    const raised = reviseServiceDay(
      day,
      {
        ...input,
        windows: [
          { id: 'w1', name: '社保', capacity: 5 },
          { id: 'w2', name: '户籍', capacity: 1 },
        ],
      },
      staff,
      now,
    );
    const plan = planScheduleChange(raised, [session], '2026-03-02', now);
    expect(plan.updates[0].slots.w1_0900).toEqual(expect.objectContaining({ capacity: 5, remaining: 3 }));
    expect(plan.updates[0].bookings).toHaveLength(2);
    expect(plan.creates.map((s) => s.date)).toEqual(['2026-03-11', '2026-03-18', '2026-03-25']);
  });

  it('refuses removing a window or a weekday under booked people; withdraws empty dates', () => {
    const noSocial = reviseServiceDay(day, { ...input, windows: [{ id: 'w2', name: '户籍', capacity: 1 }] }, staff, now);
    expect(() => planScheduleChange(noSocial, [session], '2026-03-02', now)).toThrow(expect.objectContaining({ code: 'SLOTS_IN_USE' }));
    const thursdays = reviseServiceDay(
      day,
      {
        ...input,
        recurrence: { kind: 'weekly', weekdays: [4] },
        windows: [
          { id: 'w1', name: '社保', capacity: 2 },
          { id: 'w2', name: '户籍', capacity: 1 },
        ],
      },
      staff,
      now,
    );
    expect(() => planScheduleChange(thursdays, [session], '2026-03-02', now)).toThrow(expect.objectContaining({ code: 'SLOTS_IN_USE' }));
    const empty = buildSession(day, '2026-03-11', now);
    const plan = planScheduleChange(thursdays, [empty], '2026-03-02', now);
    expect(plan.updates.map((s) => [s.date, s.status])).toEqual([['2026-03-11', 'withdrawn']]);
    expect(plan.creates[0].date).toBe('2026-03-05');
  });
});

describe('date exceptions', () => {
  const session = book(buildSession(day, '2026-03-04', now), wang._id, 'w1_0900', '111111');

  it('cancels a date: waiting bookings cancelled with the reason, places freed, people listed for a notice', () => {
    const plan = planDateCancellation(day, session, '2026-03-04', '停电', staff, '2026-03-02', now);
    expect(plan.session?.status).toBe('cancelled');
    expect(plan.cancelled.map((b) => [b.code, b.status, b.dayCancelled])).toEqual([['111111', 'cancelled', true]]);
    expect(plan.session?.slots.w1_0900.remaining).toBe(2);
    expect(plan.session?.holders[wang._id]).toBe(0);
    expect(plan.day.cancelledDates.map((c) => c.date)).toEqual(['2026-03-04']);
    expect(() => planDateCancellation(day, session, '2026-03-05', '停电', staff, '2026-03-02', now)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    const restored = planExtraDate(plan.day, plan.session, '2026-03-04', staff, '2026-03-02', now);
    expect(restored.reopen?.status).toBe('open');
    expect(restored.reopen?.bookings[0].status).toBe('cancelled');
    expect(restored.day.cancelledDates).toEqual([]);
  });

  it('adds an extra date, created at once within the horizon only', () => {
    expect(planExtraDate(day, null, '2026-03-06', staff, '2026-03-02', now).create?.date).toBe('2026-03-06');
    expect(planExtraDate(day, null, '2026-05-08', staff, '2026-03-02', now).create).toBeNull();
    expect(() => planExtraDate(day, null, '2026-03-11', staff, '2026-03-02', now)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('adds or cancels only dates within a year: the day keeps a bounded list of exceptions', () => {
    const yearOut = addDays('2026-03-02', 366);
    const lastFree = [yearOut, addDays(yearOut, -1)].find((date) => !recursOn(day, date)) as string;
    expect(planExtraDate(day, null, lastFree, staff, '2026-03-02', now).day.extraDates).toContain(lastFree);
    const tooFar = expect.objectContaining({ code: 'INVALID_INPUT', fields: [{ path: 'date', message: '只能安排一年以内的日期' }] });
    expect(() => planExtraDate(day, null, addDays(yearOut, 1), staff, '2026-03-02', now)).toThrow(tooFar);
    expect(() => planExtraDate(day, null, '9999-12-31', staff, '2026-03-02', now)).toThrow(tooFar);
    const farDate = occurrences(day, '2027-03-10', '2027-03-20')[0].date;
    expect(() => planDateCancellation(day, null, farDate, '停电', staff, '2026-03-02', now)).toThrow(tooFar);
  });
});
