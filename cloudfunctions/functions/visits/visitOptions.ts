import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { isCadre } from '../../domain/visits/access';
import { cadreLevelOf } from '../../domain/visits/visitDays';
import { defineAction } from '../../shared/defineAction';
import { chainOf, countyOfChain, toPlaceDto } from './support/places';
import { templateIdOf } from '../../shared/subscribeTemplates';
import { activeCategories, gridsCaredBy, loadRules, nodesByIds } from './support/store';

/** What the visit pages need: the caller as a cadre (level, grids), the county's tags, problem categories. */
export const visitOptions = defineAction('visits', 'visitOptions', {
  access: 'everyone',
  run: async (_input, { db, caller }) => {
    const cadre = isCadre(caller);
    const beat = cadre ? await gridsCaredBy(db, caller._id) : [];
    const served = caller.roles.includes('gridMember') ? caller.gridDuties.map((d) => d.gridId) : [];
    const beatIds = new Set(beat.map((b) => b._id));
    const gridIds = [...new Set([...served, ...beatIds])];
    const scopeId = caller.roles.includes('staff') ? caller.staffScopeId : null;
    const nodes = await nodesByIds(db, [...gridIds, ...(scopeId ? [scopeId] : []), ...(caller.homeGridId ? [caller.homeGridId] : [])]);
    const villages = await nodesByIds(db, gridIds.map((id) => nodes.get(id)?.parentId ?? '').filter(Boolean));
    const scope = scopeId ? (nodes.get(scopeId) ?? null) : null;
    const anchor: JurisdictionNode | undefined = scope ?? nodes.get(gridIds[0] ?? '') ?? nodes.get(caller.homeGridId ?? '');
    const [rules, categories] = await Promise.all([
      loadRules(db, anchor ? countyOfChain(chainOf(anchor)) : ''),
      cadre ? activeCategories(db) : [],
    ]);
    const grids = gridIds.flatMap((id) => {
      const grid = nodes.get(id);
      const village = grid ? villages.get(grid.parentId ?? '') : undefined;
      return grid && village
        ? [{ grid: toPlaceDto(grid), village: toPlaceDto(village), beat: beatIds.has(id) && !served.includes(id) }]
        : [];
    });
    return {
      cadre,
      level: cadreLevelOf(caller, scope?.level ?? null),
      grids,
      scope: scope ? toPlaceDto(scope) : null,
      tags: rules.tags,
      categories: categories.map((c) => ({ id: c._id, name: c.name, icon: c.icon })),
      reminderTemplateIds: cadre ? [templateIdOf('requestTask')] : [],
    };
  },
});
