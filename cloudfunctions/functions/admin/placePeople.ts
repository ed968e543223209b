import { gridMembers } from '../../domain/admin/gridMembers';
import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import { isIn } from '../../domain/people/audiences';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { toAdminPersonDto } from './support/personDto';
import { activeCategories, findPlace, onDutyIn, staffOf } from './support/store';

/**
 * 人员: who is staff of a place of the administrator's jurisdiction and, for
 * a grid, who is on duty there with which duties, plus the categories a
 * duty may cover. Two round trips: the place, then the rest at once.
 */
export const placePeople = defineAction('admin', 'placePeople', {
  access: 'administrators',
  async run({ placeId }, { db, caller }) {
    const place = await findPlace(db, placeId);
    requireAdminOver(caller, place);
    const isGrid = place!.level === 'grid';
    const [staff, onDuty, categories] = await Promise.all([
      staffOf(db, place!._id),
      isGrid ? onDutyIn(db, place!._id) : Promise.resolve([]),
      isGrid ? activeCategories(db) : Promise.resolve([]),
    ]);
    return {
      place: toPlaceDto(place!),
      staff: staff
        .filter((person) => isIn(person, 'staff'))
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
        .map(toAdminPersonDto),
      members: gridMembers(onDuty, place!._id).map(({ person, duties }) => ({ ...toAdminPersonDto(person), duties })),
      categories: categories.sort((a, b) => a.order - b.order).map((category) => ({ id: category._id, name: category.name })),
    };
  },
});
