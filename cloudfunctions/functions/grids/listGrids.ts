import type { GridChoiceDto } from '../../contract/grids';
import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { readDocs } from '../../shared/readDocs';
import { toPlaceDto } from '../../shared/loadPlaceChain';

const byOrder = (a: JurisdictionNode, b: JurisdictionNode) => a.order - b.order;

/**
 * The grid picker's data for one township: its villages and their grids.
 * A township has a few hundred grids at most (凉泉乡: 274), within one read.
 */
export const listGrids = defineAction('grids', 'listGrids', {
  access: 'visitor',
  async run({ townshipId }, { db, caller }) {
    const nodes = db.collection(COLLECTIONS.nodes);
    const townships = (await readDocs<JurisdictionNode>(nodes.where({ level: 'township' }).limit(1000))).sort(byOrder);
    const home = caller?.homeGridId ? await findById<JurisdictionNode>(db, COLLECTIONS.nodes, caller.homeGridId) : null;
    const wanted = townshipId ?? townships.find((t) => home?.ancestorIds.includes(t._id))?._id ?? townships[0]?._id;
    const township = townships.find((t) => t._id === wanted);
    if (!township) throw new DomainError('NOT_FOUND', '没有找到这个乡镇');
    const below = await readDocs<JurisdictionNode>(nodes.where({ ancestorIds: township._id }).limit(1000));
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
