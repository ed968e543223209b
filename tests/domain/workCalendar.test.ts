import {
  addWorkingMs,
  chinaCalendarDate,
  deadlineAfter,
  isWorkingDay,
  workdaysUntil,
  workingDaysLeft,
  workingMsBetween,
  type WorkCalendar,
} from '../../cloudfunctions/domain/calendar/workCalendar';
import { countdownOf } from '../../cloudfunctions/domain/requests/countdown';

/** China wall-clock time as an instant. */
const bj = (text: string) => new Date(`${text}+08:00`);
const HOUR = 3_600_000;

/** National Day 2026: Oct 1–7 off (Thu–Wed), Sat Oct 10 worked (调休). */
const calendar: WorkCalendar = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-10-10'],
};
const plain: WorkCalendar = { holidays: [], workdays: [] };

describe('working days in China time', () => {
  it('skips weekends and holidays, counts make-up working weekends', () => {
    expect(isWorkingDay(bj('2026-11-23T09:00:00'), plain)).toBe(true); // Monday
    expect(isWorkingDay(bj('2026-11-28T09:00:00'), plain)).toBe(false); // Saturday
    expect(isWorkingDay(bj('2026-10-01T09:00:00'), calendar)).toBe(false);
    expect(isWorkingDay(bj('2026-10-10T09:00:00'), calendar)).toBe(true);
    // 23:30 UTC on Sunday is already Monday in China.
    expect(isWorkingDay(new Date('2026-11-22T23:30:00Z'), plain)).toBe(true);
    expect(chinaCalendarDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });

  it('sets the deadline at the end of the Nth working day after the day it was given', () => {
    expect(deadlineAfter(bj('2026-11-23T10:00:00'), 3, plain)).toEqual(bj('2026-11-26T23:59:59.999')); // Mon → Thu
    expect(deadlineAfter(bj('2026-11-26T17:00:00'), 3, plain)).toEqual(bj('2026-12-01T23:59:59.999')); // Thu → Tue
    expect(deadlineAfter(bj('2026-11-28T10:00:00'), 1, plain)).toEqual(bj('2026-11-30T23:59:59.999')); // Sat → Mon
    // Given on 30 Sep with 3 days: Oct 8, 9, 10 (the make-up Saturday).
    expect(deadlineAfter(bj('2026-09-30T10:00:00'), 3, calendar)).toEqual(bj('2026-10-10T23:59:59.999'));
    expect(deadlineAfter(bj('2026-11-23T10:00:00'), 0, plain)).toEqual(bj('2026-11-24T23:59:59.999'));
  });

  it('measures and adds working time, so a suspended request resumes with what it had left', () => {
    // Friday 18:00 → Monday 10:00: 6 h on Friday + 10 h on Monday.
    expect(workingMsBetween(bj('2026-11-27T18:00:00'), bj('2026-11-30T10:00:00'), plain)).toBe(16 * HOUR);
    expect(workingMsBetween(bj('2026-11-30T10:00:00'), bj('2026-11-27T18:00:00'), plain)).toBe(0);
    expect(addWorkingMs(bj('2026-11-27T18:00:00'), 16 * HOUR, plain)).toEqual(bj('2026-11-30T10:00:00'));
    // Over the National Day holiday: Sep 30 20:00 + 10 h → Oct 8 06:00.
    expect(addWorkingMs(bj('2026-09-30T20:00:00'), 10 * HOUR, calendar)).toEqual(bj('2026-10-08T06:00:00'));
    const from = bj('2026-11-25T15:00:00');
    const deadline = deadlineAfter(from, 5, calendar);
    expect(addWorkingMs(from, workingMsBetween(from, deadline, calendar), calendar)).toEqual(deadline);
  });

  it('counts down in working days, then in calendar days overdue', () => {
    const given = bj('2026-11-23T10:00:00');
    const deadline = deadlineAfter(given, 3, plain);
    const due = { state: 'assigned' as const, deadline, dueWorkdays: workdaysUntil(given, deadline, plain) };
    expect(due.dueWorkdays).toEqual(['2026-11-24', '2026-11-25', '2026-11-26']);
    expect(workingDaysLeft(given, due.dueWorkdays)).toBe(3);
    expect(countdownOf(due, bj('2026-11-25T08:00:00'))).toEqual({ overdue: false, days: 1, label: '剩1个工作日' });
    expect(countdownOf(due, bj('2026-11-26T20:00:00'))).toEqual({ overdue: false, days: 0, label: '今天到期' });
    expect(countdownOf(due, bj('2026-11-27T09:00:00'))).toEqual({ overdue: true, days: 1, label: '已超期1天' });
    expect(countdownOf(due, bj('2026-11-30T09:00:00'))).toEqual({ overdue: true, days: 4, label: '已超期4天' });
    expect(countdownOf({ ...due, state: 'suspended' }, bj('2026-11-30T09:00:00'))?.label).toBe('已暂停计时');
    expect(countdownOf({ ...due, deadline: null }, given)).toBeNull();
    // Across a holiday the days left are working days.
    const before = bj('2026-09-29T10:00:00');
    const national = deadlineAfter(before, 3, calendar);
    expect(workingDaysLeft(before, workdaysUntil(before, national, calendar))).toBe(3);
    expect(national).toEqual(bj('2026-10-09T23:59:59.999'));
  });
});
