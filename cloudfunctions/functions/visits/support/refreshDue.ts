import { dueFields } from '../../../domain/visits/dueDate';
import { getDatabase } from '../../../shared/cloud';
import { allRules, householdsWithStaleDue, writeVisitState } from './store';

/** Households read per page, and written this many at a time. */
const PAGE = 200;
const PARALLEL = 20;
/** Stop starting pages after this long: the function's timeout is 60 s; the next run goes on. */
const BUDGET_MS = 40_000;

/**
 * Timer: after a county changed its visit periods, recomputes the due dates
 * of its households computed under older rules, a page at a time, until
 * none is left or the time budget is spent (the next run resumes: the index
 * on `rulesVersion` finds what is left). A household written meanwhile is
 * skipped and found again by the next page.
 */
export async function refreshDue(started = Date.now()): Promise<{ recomputed: number; left: boolean }> {
  const db = getDatabase();
  let recomputed = 0;
  for (const rules of await allRules(db)) {
    for (;;) {
      if (Date.now() - started > BUDGET_MS) return { recomputed, left: true };
      const stale = await householdsWithStaleDue(db, rules, PAGE);
      if (stale.length === 0) break;
      for (let start = 0; start < stale.length; start += PARALLEL) {
        const written = await Promise.all(stale.slice(start, start + PARALLEL).map((h) => writeVisitState(db, h, dueFields(h, rules))));
        recomputed += written.filter(Boolean).length;
      }
    }
  }
  return { recomputed, left: false };
}
