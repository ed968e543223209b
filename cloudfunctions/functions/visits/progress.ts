import type { CadreProgressDto } from '../../contract/visits';
import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import type { User } from '../../domain/people/User';
import { DomainError } from '../../domain/shared/DomainError';
import { isStaffOver } from '../../domain/visits/access';
import { cadreLevelOf, quotaProgress, tallyId } from '../../domain/visits/visitDays';
import { defineAction } from '../../shared/defineAction';
import { chainOf, countyOfChain, loadPlace, toPlaceDto } from './support/places';
import { childrenOf, gridMembersOf, loadRules, staffOfPlaces, talliesOf } from './support/store';
import { progressDto } from './support/toDto';

/** A cadre's post as a supervisor reads it: "村党总支书记 · 湖滨村", "网格长 · 第一网格（汪屋组）". */
function titleOf(person: User, nodes: ReadonlyMap<string, JurisdictionNode>): string {
  const scope = person.roles.includes('staff') && person.staffScopeId ? nodes.get(person.staffScopeId) : undefined;
  if (scope) return `${person.nodeDuties.find((d) => d.nodeId === scope._id)?.title ?? '工作人员'} · ${scope.name}`;
  return person.gridDuties
    .filter((d) => nodes.has(d.gridId))
    .map((d) => `${d.title} · ${nodes.get(d.gridId)!.name}`)
    .join('，');
}

/**
 * Visit days against the quota for the cadres of a place, for staff over it:
 * the staff of the place and of the places right under it (a county: its and
 * its townships' cadres; a township: its and its villages'), and for a
 * village or grid also the grid members serving there. Laggards first; the
 * places under it are listed to read on.
 */
export const progress = defineAction('visits', 'progress', {
  access: 'staff',
  run: async (input, { db, caller, now }) => {
    const place = await loadPlace(db, input.placeId);
    const chain = chainOf(place);
    if (!isStaffOver(caller, chain)) throw new DomainError('OUT_OF_JURISDICTION');
    const children = place.level === 'grid' ? [] : await childrenOf(db, place._id);
    const nodes = new Map([place, ...children].map((n) => [n._id, n]));
    const grids = place.level === 'grid' ? [place] : place.level === 'village' ? children : [];
    const [staff, members, rules] = await Promise.all([
      staffOfPlaces(db, [...nodes.keys()]),
      gridMembersOf(
        db,
        grids.map((g) => g._id),
      ),
      loadRules(db, countyOfChain(chain)),
    ]);
    const people = new Map<string, User>();
    for (const person of [...staff.filter((p) => p.roles.includes('staff')), ...members.filter((p) => p.roles.includes('gridMember'))])
      people.set(person._id, person);
    const tallies = await talliesOf(db, people.keys(), input.year);
    const cadres: CadreProgressDto[] = [];
    for (const person of people.values()) {
      const scope = person.roles.includes('staff') && person.staffScopeId ? nodes.get(person.staffScopeId) : undefined;
      const level = cadreLevelOf(person, scope?.level ?? null);
      if (!level) continue;
      const days = tallies.get(tallyId(person._id, input.year))?.days ?? [];
      cadres.push({
        id: person._id,
        name: person.name,
        title: titleOf(person, nodes),
        progress: progressDto(quotaProgress(days, level, rules, input.year, now)),
      });
    }
    const share = (c: CadreProgressDto) => (c.progress.quota === 0 ? 1 : c.progress.days / c.progress.quota);
    cadres.sort((a, b) => share(a) - share(b) || a.name.localeCompare(b.name, 'zh-CN'));
    const below = place.level === 'village' || place.level === 'grid' ? [] : children.sort((a, b) => a.order - b.order);
    return { place: toPlaceDto(place), children: below.map(toPlaceDto), cadres, year: input.year };
  },
});
