import { dueFields } from '../../../domain/visits/dueDate';
import { getDatabase } from '../../../shared/cloud';
import { allRules, householdsWithStaleDue, writeVisitState } from './store';

/** Households read per page, and written this many at a time. */
const PAGE = 200;
const PARALLEL = 20;

/**
 * Timer: after a county changed its visit periods, recomputes the due dates
 * of its households computed under older rules, a page at a time, until
 * none is left or `deadline` (ms since the epoch, from `shared/workDeadline`)
 * has passed: no page starts after it (the next run resumes: the index
 * on `rulesVersion` finds what is left). A household written meanwhile is
 * skipped and found again by the next page.
 */
export async function refreshDue(deadline: number): Promise<{ recomputed: number; left: boolean }> {
  const db = getDatabase();
  let recomputed = 0;
  for (const rules of await allRules(db)) {
    for (;;) {
      if (Date.now() > deadline) return { recomputed, left: true };
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
