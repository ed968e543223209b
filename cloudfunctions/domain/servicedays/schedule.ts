import { DomainError } from '../shared/DomainError';
import { addDays, clockTime, dayOfMonth, instantAt, minutesOf, weekdayOf, type LocalDate } from './chinaCalendar';
import type { CancelledDate, ServiceDay } from './ServiceDay';

export interface SlotTime {
  start: string;
  end: string;
}

/** The most slots a window may have in a day (keeps a date's document small). */
export const MAX_SLOTS_PER_WINDOW = 48;

type Hours = Pick<ServiceDay, 'startTime' | 'endTime' | 'slotMinutes'>;

/**
 * The slots of a day: from the start to the end in steps of the slot
 * length. The hours must divide evenly, so no slot is silently shorter.
 */
export function slotTimesOf(hours: Hours): SlotTime[] {
  const from = minutesOf(hours.startTime);
  const to = minutesOf(hours.endTime);
  if (to <= from) {
    throw new DomainError('INVALID_INPUT', undefined, [{ path: 'endTime', message: '结束时间要晚于开始时间' }]);
  }
  if ((to - from) % hours.slotMinutes !== 0) {
    throw new DomainError('INVALID_INPUT', undefined, [
      {
        path: 'slotMinutes',
        message: `${hours.startTime}–${hours.endTime} 不能按每段${hours.slotMinutes}分钟正好分完，请调整时段长度或服务时间`,
      },
    ]);
  }
  const count = (to - from) / hours.slotMinutes;
  if (count > MAX_SLOTS_PER_WINDOW) {
    throw new DomainError('INVALID_INPUT', undefined, [
      { path: 'slotMinutes', message: `每个窗口一天最多${MAX_SLOTS_PER_WINDOW}个时段，请把时段调长一些` },
    ]);
  }
  return Array.from({ length: count }, (_, n) => ({
    start: clockTime(from + n * hours.slotMinutes),
    end: clockTime(from + (n + 1) * hours.slotMinutes),
  }));
}

type Schedule = Pick<ServiceDay, 'recurrence' | 'extraDates' | 'cancelledDates'>;

/** Whether the recurrence itself (not the exceptions) falls on the date. */
export function recursOn(schedule: Pick<ServiceDay, 'recurrence'>, date: LocalDate): boolean {
  const { recurrence } = schedule;
  return recurrence.kind === 'weekly' ? recurrence.weekdays.includes(weekdayOf(date)) : recurrence.days.includes(dayOfMonth(date));
}

export interface Occurrence {
  date: LocalDate;
  /** Added by staff outside the recurrence. */
  extra: boolean;
  /** Cancelled by staff: still listed, so residents see why there is no service. */
  cancelled: CancelledDate | null;
}

/** The dates from `from` to `to` (both included) the service day falls on, exceptions applied. */
export function occurrences(schedule: Schedule, from: LocalDate, to: LocalDate): Occurrence[] {
  const out: Occurrence[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const extra = schedule.extraDates.includes(date);
    if (!extra && !recursOn(schedule, date)) continue;
    const cancelled = schedule.cancelledDates.find((c) => c.date === date) ?? null;
    out.push({ date, extra: extra && !recursOn(schedule, date), cancelled });
  }
  return out;
}

/** Whether the service day falls on the date (regular or extra), ignoring cancellations. */
export function fallsOn(schedule: Schedule, date: LocalDate): boolean {
  return schedule.extraDates.includes(date) || recursOn(schedule, date);
}

/** The last date residents may book today: the booking horizon. */
export function horizonEnd(today: LocalDate, horizonWeeks: number): LocalDate {
  return addDays(today, horizonWeeks * 7);
}

/** When booking a date opens: at midnight, `horizonWeeks` weeks before it. */
export function opensAtOf(date: LocalDate, horizonWeeks: number): Date {
  return instantAt(addDays(date, -horizonWeeks * 7), '00:00');
}

/** Residents may cancel online until this instant (the cutoff before their slot). */
export function cancelDeadline(slotStartsAt: Date, cancelCutoffMinutes: number): Date {
  return new Date(slotStartsAt.getTime() - cancelCutoffMinutes * 60_000);
}
