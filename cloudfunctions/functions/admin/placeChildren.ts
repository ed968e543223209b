import { childLevelOf } from '../../domain/admin/childPlace';
import { inDisplayOrder, placeTrail } from '../../domain/admin/placeTrail';
import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import type { JurisdictionLevel } from '../../contract/common';
import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { aggregateAll } from '../../shared/aggregateAll';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { childrenOf, findPlace, placesById } from './loaders';

/** How many places lie directly under each child of `place` (one grouped read of its grandchildren). */
async function grandchildCounts(db: Database, place: JurisdictionNode, grandchildLevel: JurisdictionLevel | null): Promise<Map<string, number>> {
  if (!grandchildLevel) return new Map();
  const $ = db.command.aggregate;
  const groups = await aggregateAll<{ _id: string; count: number }>(() =>
    db
      .collection(COLLECTIONS.nodes)
      .aggregate()
      .match({ ancestorIds: place._id, level: grandchildLevel })
      .group({ _id: '$parentId', count: $.sum(1) }),
  );
  return new Map(groups.map((group) => [group._id, group.count]));
}

/**
 * 区划: a place of the administrator's jurisdiction (their own scope when
 * none is given), the breadcrumb down to it, and the places under it with
 * how many each holds. Two round trips: the place, then the rest at once.
 */
export const placeChildren = defineAction('admin', 'placeChildren', {
  access: 'administrators',
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
