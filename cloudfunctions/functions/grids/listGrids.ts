import type { GridChoiceDto } from '../../contract/grids';
import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { allTownships, findPlace, placesUnder } from './support/store';

const byOrder = (a: JurisdictionNode, b: JurisdictionNode) => a.order - b.order;

/**
 * The grid picker's data for one township: its villages and their grids.
 * A township has a few hundred grids at most (凉泉乡: 274), within one read.
 */
export const listGrids = defineAction('grids', 'listGrids', {
  access: 'visitor',
  async run({ townshipId }, { db, caller }) {
    const townships = (await allTownships(db)).sort(byOrder);
    const home = caller?.homeGridId ? await findPlace(db, caller.homeGridId) : null;
    const wanted = townshipId ?? townships.find((t) => home?.ancestorIds.includes(t._id))?._id ?? townships[0]?._id;
    const township = townships.find((t) => t._id === wanted);
    if (!township) throw new DomainError('NOT_FOUND', '没有找到这个乡镇');
    const below = await placesUnder(db, township._id);
    const villages: GridChoiceDto[] = below
      .filter((node) => node.level === 'village')
      .sort(byOrder)
      .map((village) => ({
        village: toPlaceDto(village),
        grids: below
          .filter((node) => node.level === 'grid' && node.parentId === village._id)
          .sort(byOrder)
          .map(toPlaceDto),
      }));
    return { townships: townships.map(toPlaceDto), township: toPlaceDto(township), villages };
  },
});
