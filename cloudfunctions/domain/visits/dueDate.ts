import { addDays, instantAt, localDateOf } from '../servicedays/chinaCalendar';
import type { Household, PlaceKeys } from './Household';
import { placeKeys } from './placeKeys';
import type { VisitRules } from './VisitRules';

export const DAY_MS = 24 * 3600_000;

/**
 * When a household next needs a visit: for each of its active tags with a
 * rule ("留守老人: every 30 days"), the China day that many days after the
 * last visit (or after it was recorded, if nobody has visited it yet); the
 * earliest of them. Null when no rule applies.
 */
export function dueAtOf(household: Pick<Household, 'tags' | 'lastVisitAt' | 'createdAt'>, rules: VisitRules): Date | null {
  const days = rules.tags
    .filter((tag) => tag.active && tag.visitEveryDays > 0 && household.tags.includes(tag.id))
    .map((tag) => tag.visitEveryDays);
  if (days.length === 0) return null;
  const since = localDateOf(household.lastVisitAt ?? household.createdAt);
  return instantAt(addDays(since, Math.min(...days)), '00:00');
}

/** The due fields a household is stored with under these rules. */
export function dueFields(
  household: Pick<Household, 'tags' | 'lastVisitAt' | 'createdAt' | 'placeIds'>,
  rules: VisitRules,
): { dueAt: Date | null; due: PlaceKeys | null; rulesVersion: number } {
  const dueAt = dueAtOf(household, rules);
  return { dueAt, due: dueAt ? placeKeys(household.placeIds, dueAt) : null, rulesVersion: rules.version };
}

/** Whole days a household is past due at `now` (0 on the day it falls due). */
export function daysOverdue(dueAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - dueAt.getTime()) / DAY_MS));
}

/**
 * The tags that make a household due now: those whose rule is exceeded.
 * (A household may be listed for 留守老人 but not yet for 低保户.)
 */
export function overdueTags(household: Pick<Household, 'tags' | 'lastVisitAt' | 'createdAt'>, rules: VisitRules, now: Date): string[] {
  const since = localDateOf(household.lastVisitAt ?? household.createdAt);
  return rules.tags
    .filter((tag) => tag.active && tag.visitEveryDays > 0 && household.tags.includes(tag.id))
    .filter((tag) => instantAt(addDays(since, tag.visitEveryDays), '00:00').getTime() <= now.getTime())
    .map((tag) => tag.id);
}
