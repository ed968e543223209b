import { daysBetween, localDateOf } from '../servicedays/chinaCalendar';
import type { Person } from './Person';
import type { VisitRules } from './VisitRules';
import type { CadreLevel, PlaceLevel } from './vocabulary';

/**
 * Visit days (走访天数): a cadre's year counts the China days on which they
 * visited, each day once however many visits it holds, against the quota
 * of their level.
 */

/** One cadre's visit days of one year, one document: `days` only ever grows (a set). */
export interface VisitDayTally {
  _id: string;
  cadreId: string;
  year: number;
  days: string[];
}

export function tallyId(cadreId: string, year: number): string {
  return `${cadreId}-${year}`;
}

/**
 * The level whose quota applies: staff by the level of their place (a grid
 * or village counts as village), grid members as village cadres; null for
 * someone who is neither.
 */
export function cadreLevelOf(
  person: Pick<Person, 'roles' | 'gridDuties' | 'staffScopeId'>,
  scopeLevel: PlaceLevel | null,
): CadreLevel | null {
  if (person.roles.includes('staff') && person.staffScopeId !== null && scopeLevel !== null) {
    return scopeLevel === 'county' ? 'county' : scopeLevel === 'township' ? 'township' : 'village';
  }
  if (person.roles.includes('gridMember') && person.gridDuties.length > 0) return 'village';
  return null;
}

/** The distinct days of `year`, in order. */
export function visitDaysOf(days: readonly string[], year: number): string[] {
  return [...new Set(days.filter((day) => day.startsWith(`${year}-`)))].sort();
}

export interface QuotaProgress {
  year: number;
  level: CadreLevel;
  days: number;
  quota: number;
  /** Days a steady pace would have reached by today (the whole quota for a past year). */
  expectedByNow: number;
  /** Reached the pace (or the quota). */
  onTrack: boolean;
  done: boolean;
}

function dayOfYear(date: string): number {
  return daysBetween(`${date.slice(0, 4)}-01-01`, date) + 1;
}

function daysInYear(year: number): number {
  return dayOfYear(`${year}-12-31`);
}

export function quotaProgress(days: readonly string[], level: CadreLevel, rules: VisitRules, year: number, now: Date): QuotaProgress {
  const quota = rules.quota[level];
  const counted = visitDaysOf(days, year).length;
  const today = localDateOf(now);
  const thisYear = Number(today.slice(0, 4));
  const expectedByNow = year < thisYear ? quota : year > thisYear ? 0 : Math.floor((quota * dayOfYear(today)) / daysInYear(year));
  return { year, level, days: counted, quota, expectedByNow, onTrack: counted >= expectedByNow, done: counted >= quota };
}
