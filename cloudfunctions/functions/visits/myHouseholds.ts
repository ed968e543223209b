import { defineAction } from '../../shared/defineAction';
import { loadPlaceNames } from './support/places';
import { householdsPairedWith } from './support/store';
import { householdSummary } from './support/toDto';

/** The households a cadre is paired with (结对帮扶), most overdue first. */
export const myHouseholds = defineAction('visits', 'myHouseholds', {
  access: 'cadres',
  run: async (_input, { db, caller, now }) => {
    const paired = await householdsPairedWith(db, caller._id);
    const names = await loadPlaceNames(
      db,
      paired.map((h) => h.placeIds),
    );
    const due = (h: (typeof paired)[number]) => (h.dueAt ? new Date(h.dueAt).getTime() : Number.MAX_SAFE_INTEGER);
    return { items: paired.sort((a, b) => due(a) - due(b)).map((h) => householdSummary(h, names, now)) };
  },
});
