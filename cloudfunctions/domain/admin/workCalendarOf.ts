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
