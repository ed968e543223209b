import { childLevelOf } from '../../domain/admin/childPlace';
import { inDisplayOrder, placeTrail } from '../../domain/admin/placeTrail';
import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import type { JurisdictionLevel } from '../../contract/common';
import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { readAllPages } from '../../shared/readAllPages';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { childrenOf, findPlace, placesById } from './loaders';

/**
 * How many places lie directly under each child of `place`. Counting needs
 * one index entry per grandchild whichever way it is asked (a $group, not
 * covered by an index on an array field, examines each of them too), so
 * the grandchildren are read with only their parent's id: one read, a few
 * hundred tiny documents for a whole county.
 */
async function grandchildCounts(db: Database, place: JurisdictionNode, grandchildLevel: JurisdictionLevel | null): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (!grandchildLevel) return counts;
  const grandchildren = await readAllPages<Pick<JurisdictionNode, '_id' | 'parentId'>>(
    db,
    COLLECTIONS.nodes,
    { ancestorIds: place._id, level: grandchildLevel },
    { fields: { parentId: true } },
  );
  for (const { parentId } of grandchildren) if (parentId) counts.set(parentId, (counts.get(parentId) ?? 0) + 1);
  return counts;
}

/**
 * 区划: a place of the administrator's jurisdiction (their own scope when
 * none is given), the breadcrumb down to it, and the places under it with
 * how many each holds. Two round trips: the place, then the rest at once.
 */
export const placeChildren = defineAction('admin', 'placeChildren', {
  access: ['admin'],
  async run({ placeId }, { db, caller }) {
    const place = await findPlace(db, placeId ?? caller.staffScopeId);
    requireAdminOver(caller, place);
    const childLevel = childLevelOf(place!.level);
    const [ancestors, children, counts] = await Promise.all([
      placesById(db, place!.ancestorIds),
      childLevel ? childrenOf(db, place!._id) : Promise.resolve([]),
      grandchildCounts(db, place!, childLevel && childLevelOf(childLevel)),
    ]);
    return {
      place: toPlaceDto(place!),
      trail: placeTrail(place!, ancestors, caller.staffScopeId!).map(toPlaceDto),
      children: inDisplayOrder(children).map((child) => ({ ...toPlaceDto(child), childCount: counts.get(child._id) ?? 0 })),
      childLevel,
    };
  },
});
