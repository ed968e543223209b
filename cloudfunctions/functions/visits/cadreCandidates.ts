import { DomainError } from '../../domain/shared/DomainError';
import { isStaffOver } from '../../domain/visits/access';
import { defineAction } from '../../shared/defineAction';
import { chainOf, loadPlace } from './support/places';
import { childrenOf, gridMembersOf, staffOfPlaces } from './support/store';

/**
 * The cadres who may be given a grid or a household of it to look after:
 * staff of its chain (county, township, village, the grid) and the grid
 * members of its village, each with their post.
 */
export const cadreCandidates = defineAction('visits', 'cadreCandidates', {
  access: 'staff',
  run: async (input, { db, caller }) => {
    const place = await loadPlace(db, input.placeId);
    if (place.level !== 'grid') throw new DomainError('INVALID_INPUT', '请选择一个网格', [{ path: 'placeId', message: '请选择一个网格' }]);
    const chain = chainOf(place);
    if (!isStaffOver(caller, chain)) throw new DomainError('OUT_OF_JURISDICTION');
    const grids = await childrenOf(db, place.parentId ?? '');
    const gridNames = new Map(grids.map((g) => [g._id, g.name]));
    const [staff, members] = await Promise.all([staffOfPlaces(db, chain), gridMembersOf(db, [...gridNames.keys()])]);
    const seen = new Set<string>();
    const items: Array<{ id: string; name: string; title: string }> = [];
    for (const person of staff.filter((p) => p.roles.includes('staff'))) {
      const duty = person.nodeDuties.find((d) => d.nodeId === person.staffScopeId);
      seen.add(person._id);
      items.push({ id: person._id, name: person.name, title: duty?.title ?? '工作人员' });
    }
    for (const person of members.filter((p) => p.roles.includes('gridMember') && !seen.has(p._id))) {
      const duties = person.gridDuties.filter((d) => gridNames.has(d.gridId));
      items.push({ id: person._id, name: person.name, title: duties.map((d) => `${d.title} · ${gridNames.get(d.gridId)}`).join('，') });
    }
    return { items };
  },
});
