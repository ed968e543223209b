import { questionsOf } from '../../domain/catalog/Category';
import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { isIn } from '../../domain/people/audiences';
import { contactAnswered, reachOf } from '../../domain/people/reachOf';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { templateIdOf } from '../../shared/subscribeTemplates';
import { activeCategories, gridsUnder, placesByIds } from './support/store';

/**
 * What the filing forms need in one call: the categories (big icons), the
 * caller's home grid (the default "where"), the grids they may file for on
 * someone's behalf, and the subscribe-message template to ask for.
 */
export const formOptions = defineAction('requests', 'formOptions', {
  access: 'everyone',
  async run(_input, { db, caller }) {
    const served = isIn(caller, 'gridMembers') ? caller.gridDuties.map((duty) => duty.gridId) : [];
    const gridIds = [...new Set([...(caller.homeGridId ? [caller.homeGridId] : []), ...served])];
    const staffScope = isIn(caller, 'staff') ? caller.staffScopeId : null;
    const [categories, grids, scoped] = await Promise.all([
      activeCategories(db),
      placesByIds(db, gridIds),
      staffScope ? gridsUnder(db, staffScope) : Promise.resolve([]),
    ]);
    const reach = reachOf(caller);
    const allGrids = [...grids, ...scoped.filter((g) => !gridIds.includes(g._id))];
    const ancestorIds = [...new Set(allGrids.flatMap((grid) => grid.ancestorIds))];
    const ancestors = await placesByIds(db, ancestorIds);
    const byId = new Map([...allGrids, ...ancestors].map((node) => [node._id, node]));
    const levelOf = (grid: JurisdictionNode, level: string) =>
      grid.ancestorIds.map((id) => byId.get(id)).find((node) => node?.level === level);
    const home = caller.homeGridId ? byId.get(caller.homeGridId) : undefined;
    const homeVillage = home && levelOf(home, 'village');
    const homeTownship = home && levelOf(home, 'township');
    const servedGrids = allGrids
      .filter((grid) => served.includes(grid._id) || scoped.includes(grid))
      .map((grid) => ({ grid, village: levelOf(grid, 'village') }))
      .filter((row): row is { grid: JurisdictionNode; village: JurisdictionNode } => row.village !== undefined)
      .sort((a, b) => a.village.order - b.village.order || a.grid.order - b.grid.order)
      .map((row) => ({ grid: toPlaceDto(row.grid), village: toPlaceDto(row.village) }));
    return {
      categories: categories.map((c) => ({
        id: c._id,
        name: c.name,
        icon: c.icon,
        timeLimitDays: c.timeLimitDays,
        questions: questionsOf(c),
      })),
      homeGrid:
        home && homeVillage && homeTownship
          ? { grid: toPlaceDto(home), village: toPlaceDto(homeVillage), township: toPlaceDto(homeTownship) }
          : null,
      servedGrids,
      hasName: caller.name !== '',
      hasPhone: contactAnswered(caller),
      contactPhone: reach.phone || null,
      phoneVerified: reach.verified,
      subscribeTemplateIds: [templateIdOf('requestProgress')],
    };
  },
});
