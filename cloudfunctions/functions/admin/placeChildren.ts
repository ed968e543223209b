import { childLevelOf } from '../../domain/admin/childPlace';
import { inDisplayOrder, placeTrail } from '../../domain/admin/placeTrail';
import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { childrenOf, findPlace, grandchildCounts, placesById } from './support/store';

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
