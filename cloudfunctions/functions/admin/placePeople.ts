import { gridMembers } from '../../domain/admin/gridMembers';
import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import type { User } from '../../domain/people/User';
import { isIn } from '../../domain/people/audiences';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { readDocs } from '../../shared/readDocs';
import { toAdminPersonDto } from './personDto';
import { activeCategories, findPlace } from './loaders';

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
    const users = db.collection(COLLECTIONS.users);
    const [staff, onDuty, categories] = await Promise.all([
      readDocs<User>(users.where({ staffScopeId: place!._id }).limit(1000)),
      isGrid ? readDocs<User>(users.where({ 'gridDuties.gridId': place!._id }).limit(1000)) : Promise.resolve([]),
      isGrid ? activeCategories(db) : Promise.resolve([]),
    ]);
    return {
      place: toPlaceDto(place!),
      staff: staff.filter((person) => isIn(person, 'staff')).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')).map(toAdminPersonDto),
      members: gridMembers(onDuty, place!._id).map(({ person, duties }) => ({ ...toAdminPersonDto(person), duties })),
      categories: categories.sort((a, b) => a.order - b.order).map((category) => ({ id: category._id, name: category.name })),
    };
  },
});
