import { maskPhone } from '../../domain/posts/maskPhone';
import { DomainError } from '../../domain/shared/DomainError';
import { requireKeeper } from '../../domain/visits/access';
import { defineAction } from '../../shared/defineAction';
import { chainOf, loadPlace } from './support/places';
import { residentsOfGrid } from './support/store';

/**
 * Registered residents living in a grid, for its keepers to link a household
 * member to an account (the member then sees the household). Phones masked:
 * enough to tell two 王秀英 apart, not to call.
 */
export const gridResidents = defineAction('visits', 'gridResidents', {
  access: 'cadres',
  run: async (input, { db, caller }) => {
    const grid = await loadPlace(db, input.gridId);
    if (grid.level !== 'grid') throw new DomainError('INVALID_INPUT', '请选择一个网格', [{ path: 'gridId', message: '请选择一个网格' }]);
    requireKeeper(caller, grid._id, chainOf(grid));
    const people = (await residentsOfGrid(db, grid._id)).filter((p) => p.roles.includes('resident'));
    return {
      items: people
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
        .map((p) => ({ id: p._id, name: p.name, phone: p.phone ? maskPhone(p.phone) : '' })),
    };
  },
});
