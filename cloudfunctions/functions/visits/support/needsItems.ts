import type { NeedsVisitItemDto } from '../../../contract/visits';
import { overdueTags } from '../../../domain/visits/dueDate';
import type { Household } from '../../../domain/visits/Household';
import type { Database } from '../../../shared/cloud';
import { caretakersOfMany } from './caretakers';
import { countyOfChain, loadPlaceNames } from './places';
import { loadRules } from './store';
import { householdSummary } from './toDto';

function lastReminded(household: Household): string | null {
  const entry = [...household.log].reverse().find((e) => e.kind === 'reminded');
  return entry ? new Date(entry.at).toISOString() : null;
}

/** The rows of a "who needs a visit" list: each household with its overdue tags, who looks after it, and when staff last reminded them. */
export async function needsItems(db: Database, chain: readonly string[], due: Household[], now: Date): Promise<NeedsVisitItemDto[]> {
  const [rules, caretakers, names] = await Promise.all([
    loadRules(db, countyOfChain(chain)),
    caretakersOfMany(db, due),
    loadPlaceNames(
      db,
      due.map((h) => h.placeIds),
    ),
  ]);
  return due.map((household) => {
    const care = caretakers.get(household._id)!;
    return {
      household: householdSummary(household, names, now),
      overdueTags: overdueTags(household, rules, now),
      caretakers: { source: care.source, names: care.people.map((p) => p.name) },
      lastRemindedAt: lastReminded(household),
    };
  });
}
