import { defineAction } from '../../shared/defineAction';
import { loadPlaceNames } from './support/places';
import { loadVisitAs } from './support/relations';
import { visitDetail as toVisitDetail } from './support/toDto';

/** One diary entry, for its author, supervisors (调阅), its grid's members and the households' cadres. */
export const visitDetail = defineAction('visits', 'visitDetail', {
  access: 'cadres',
  run: async (input, { db, caller }) => {
    const { visit, role } = await loadVisitAs(db, caller, input.visitId);
    return toVisitDetail(visit, role, await loadPlaceNames(db, [visit.placeIds]));
  },
});
