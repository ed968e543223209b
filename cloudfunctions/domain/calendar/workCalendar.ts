/**
 * Working days (工作日) in China time: weekends and public holidays do not
 * count, and the make-up working weekends (调休上班) do. Deadlines of 限时办结
 * are counted here. Times are instants (`Date`); days are China dates.
 */

import { CHINA_OFFSET_MS, chinaDate, chinaWallClock } from '../shared/chinaTime';

/** The holiday list a deployment edits each year from the State Council's announcement. */
export interface WorkCalendar {
  /** China dates (YYYY-MM-DD) that are days off although they fall on a weekday. */
  holidays: string[];
  /** China dates that are working days although they fall on a weekend (调休). */
  workdays: string[];
}

export const WEEKENDS_ONLY: WorkCalendar = { holidays: [], workdays: [] };

const HOUR = 3_600_000;
export const DAY_MS = 24 * HOUR;

/** Start of the China day containing `instant`, as an instant. */
function dayStart(instant: number): number {
  return Math.floor((instant + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
}

/** The China date of an instant, YYYY-MM-DD. */
export function chinaCalendarDate(instant: Date | number): string {
  return chinaDate(new Date(instant));
}

export function isWorkingDay(instant: Date | number, calendar: WorkCalendar): boolean {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  const date = chinaCalendarDate(t);
  if (calendar.workdays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  const weekday = chinaWallClock(new Date(t)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** A year of days is more than any time limit; it stops a calendar of only holidays from looping forever. */
const MAX_DAYS_SCANNED = 3660;

/**
 * The deadline for `days` working days given at `start`: the end (23:59:59.999
 * China time) of the `days`-th working day after the day of `start`. Given on
 * Monday with 3 days, it is due at the end of Thursday; given on Saturday with
 * 1 day, at the end of Monday.
 */
export function deadlineAfter(start: Date, days: number, calendar: WorkCalendar): Date {
  let day = dayStart(start.getTime());
  let counted = 0;
  const wanted = Math.max(1, Math.floor(days));
  for (let i = 0; i < MAX_DAYS_SCANNED && counted < wanted; i += 1) {
    day += DAY_MS;
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return new Date(day + DAY_MS - 1);
}

/** Working time between two instants (0 if `to` is not after `from`). */
export function workingMsBetween(from: Date, to: Date, calendar: WorkCalendar): number {
  const end = to.getTime();
  let t = from.getTime();
  let total = 0;
  for (let i = 0; t < end && i < MAX_DAYS_SCANNED; i += 1) {
    const next = Math.min(dayStart(t) + DAY_MS, end);
    if (isWorkingDay(t, calendar)) total += next - t;
    t = next;
  }
  return total;
}

/** The instant `ms` of working time after `from` (a resumed request's new deadline). */
export function addWorkingMs(from: Date, ms: number, calendar: WorkCalendar): Date {
  let t = from.getTime();
  let left = Math.max(0, ms);
  for (let i = 0; i < MAX_DAYS_SCANNED; i += 1) {
    const dayEnd = dayStart(t) + DAY_MS;
    if (isWorkingDay(t, calendar)) {
      if (t + left <= dayEnd) return new Date(t + left);
      left -= dayEnd - t;
    }
    t = dayEnd;
  }
  return new Date(t);
}

/**
 * The working days after the day of `from` up to the deadline's day, as
 * China dates. Stored with a deadline, they let a countdown be worked out
 * later without the calendar.
 */
export function workdaysUntil(from: Date, deadline: Date, calendar: WorkCalendar): string[] {
  const last = dayStart(deadline.getTime());
  let day = dayStart(from.getTime());
  const out: string[] = [];
  for (let i = 0; day < last && i < MAX_DAYS_SCANNED; i += 1) {
    day += DAY_MS;
    if (isWorkingDay(day, calendar)) out.push(chinaCalendarDate(day));
  }
  return out;
}

/**
 * Whole working days left before a deadline, not counting today: due at the
 * end of today is 0, due at the end of the next working day is 1.
 */
export function workingDaysLeft(now: Date, dueWorkdays: string[]): number {
  const today = chinaCalendarDate(now);
  return dueWorkdays.filter((date) => date > today).length;
}

/** Calendar days a deadline has passed by, rounded up (1 hour late is 1 day late). */
export function daysOverdue(now: Date, deadline: Date): number {
  return Math.max(1, Math.ceil((now.getTime() - deadline.getTime()) / DAY_MS));
}
