import type { WorkCalendar } from '../calendar/workCalendar';
import { DomainError } from '../shared/DomainError';

/** The work calendar as stored: each list sorted, without repeats; a day cannot be both off and on. */
export function workCalendarOf(holidays: string[], workdays: string[]): WorkCalendar {
  const off = [...new Set(holidays)].sort();
  const on = [...new Set(workdays)].sort();
  const both = off.filter((day) => on.includes(day));
  if (both.length) {
    throw new DomainError('INVALID_INPUT', undefined, [{ path: 'workdays', message: `${both.join('、')} 不能既放假又上班` }]);
  }
  return { holidays: off, workdays: on };
}

/** The stored calendar's version, one more with every change (absent on a calendar from before, or none stored: 0). */
export function calendarVersion(stored: { version?: unknown } | null | undefined): number {
  return typeof stored?.version === 'number' ? stored.version : 0;
}

/**
 * The calendar an administrator saves, made on the version their editor was
 * opened at: a change by anyone else since then is a CONFLICT, not overwritten.
 */
export function changeWorkCalendar(
  stored: { version?: unknown } | null,
  input: { holidays: string[]; workdays: string[]; version: number },
): WorkCalendar & { version: number } {
  if (input.version !== calendarVersion(stored)) {
    throw new DomainError('CONFLICT', '节假日刚被别的管理员改过；您改的日期还在，请核对后再保存一次');
  }
  return { ...workCalendarOf(input.holidays, input.workdays), version: input.version + 1 };
}
