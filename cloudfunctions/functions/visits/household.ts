import { defineAction } from '../../shared/defineAction';
import { householdPage } from './support/householdView';
import { loadHouseholdAs } from './support/relations';

/** One household's 民情档案, for its keepers and the cadres who look after it. */
export const household = defineAction('visits', 'household', {
  access: 'cadres',
  run: async (input, { db, caller, now }) => {
    const { household: found, role } = await loadHouseholdAs(db, caller, input.householdId, ['keeper', 'caretaker']);
    return householdPage(db, caller, found, role, now);
  },
});
