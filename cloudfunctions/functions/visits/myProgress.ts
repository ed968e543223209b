import { isCadre } from '../../domain/visits/access';
import { quotaProgress, tallyId, visitDaysOf } from '../../domain/visits/visitDays';
import { defineAction } from '../../shared/defineAction';
import { cadreLevel } from './support/cadreLevel';
import { chainOf, countyOfChain } from './support/places';
import { findNode, loadRules, talliesOf } from './support/store';
import { progressDto } from './support/toDto';

/** The caller's visit days of a year against the quota of their level (each day counted once). */
export const myProgress = defineAction('visits', 'myProgress', {
  access: 'cadres',
  run: async (input, { db, caller, now }) => {
    if (!isCadre(caller)) return { progress: null, days: [] };
    // The staff place, or the first grid served: its chain gives the county (and a staff member's level).
    const anchor = await findNode(db, (caller.roles.includes('staff') ? caller.staffScopeId : null) ?? caller.gridDuties[0]?.gridId ?? '');
    const chain = anchor ? chainOf(anchor) : [];
    const [level, rules, tallies] = await Promise.all([
      cadreLevel(db, caller, chain),
      loadRules(db, countyOfChain(chain)),
      talliesOf(db, [caller._id], input.year),
    ]);
    if (level === null) return { progress: null, days: [] };
    const days = visitDaysOf(tallies.get(tallyId(caller._id, input.year))?.days ?? [], input.year);
    return { progress: progressDto(quotaProgress(days, level, rules, input.year, now)), days: [...days].reverse() };
  },
});
