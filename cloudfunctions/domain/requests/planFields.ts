import type { ResidentRequest } from './ResidentRequest';

/** A step that ends the work on a request also ends its outstanding plan (it leaves the plans list). */
export function endsPlan(request: Pick<ResidentRequest, 'planDueAt'>): { planDueAt?: null } {
  return request.planDueAt ? { planDueAt: null } : {};
}

/** Where the timer looks next once the resident's rating is in (or its window passed): the plan's date, if one is outstanding. */
export function sweepAfterRating(request: Pick<ResidentRequest, 'planDueAt'>): Date | null {
  return request.planDueAt ?? null;
}
