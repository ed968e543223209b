import type { NeedsVisitItemDto } from '../../contract/visits';
import { isStaffOver } from '../../domain/visits/access';
import { overdueTags } from '../../domain/visits/dueDate';
import type { Household } from '../../domain/visits/Household';
import { defineAction } from '../../shared/defineAction';
import { CADRES } from './support/audiences';
import { caretakersOfMany } from './support/caretakers';
import { chainOf, countyOfChain, loadPlace, loadPlaceNames, toPlaceDto } from './support/places';
import { requireReaderOf } from './support/relations';
import { householdsDue, loadRules } from './support/store';
import { householdSummary } from './support/toDto';

/** Households per page of the list. */
const PAGE = 50;

function lastReminded(household: Household): string | null {
  const entry = [...household.log].reverse().find((e) => e.kind === 'reminded');
  return entry ? new Date(entry.at).toISOString() : null;
}

/**
 * 谁该走访了: the tagged households of a grid, village, township or county
 * whose period has run out (留守老人 not visited for 30 days …), most overdue
 * first, each with the cadres who look after it. One range read of the
 * place's due keys, so the database reads only the households it lists.
 */
export const needsVisit = defineAction('visits', 'needsVisit', {
  access: CADRES,
  run: async (input, { db, caller, now }) => {
    const place = await loadPlace(db, input.placeId);
    const chain = chainOf(place);
    await requireReaderOf(db, caller, place);
    const due = await householdsDue(db, place.level, place._id, now, input.after, PAGE);
    const [rules, caretakers, names] = await Promise.all([
      loadRules(db, countyOfChain(chain)),
      caretakersOfMany(db, due),
      loadPlaceNames(db, due.map((h) => h.placeIds)),
    ]);
    const items: NeedsVisitItemDto[] = due.map((household) => {
      const care = caretakers.get(household._id)!;
      return {
        household: householdSummary(household, names, now),
        overdueTags: overdueTags(household, rules, now),
        caretakers: { source: care.source, names: care.people.map((p) => p.name) },
        lastRemindedAt: lastReminded(household),
      };
    });
    const next = due.length === PAGE ? (due[due.length - 1].due?.[place.level] ?? null) : null;
    return { place: toPlaceDto(place), items, next, canRemind: isStaffOver(caller, chain) };
  },
});
