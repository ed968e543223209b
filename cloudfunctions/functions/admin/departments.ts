import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import { departmentMembers, departmentsOf } from '../../shared/departmentStore';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { toDepartmentDto } from './support/departmentDto';
import { activeCategories, findPlace } from './support/store';

/** 部门: the departments of a county or township of the administrator's jurisdiction, their staff, the categories they may take. */
export const departments = defineAction('admin', 'departments', {
  access: 'administrators',
  async run({ placeId }, { db, caller }) {
    const place = await findPlace(db, placeId);
    requireAdminOver(caller, place);
    const [found, categories] = await Promise.all([departmentsOf(db, [place!._id]), activeCategories(db)]);
    const members = await departmentMembers(
      db,
      found.map((department) => department._id),
    );
    return {
      place: toPlaceDto(place!),
      departments: found
        .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'zh-CN'))
        .map((department) => toDepartmentDto(department, members)),
      categories: categories.sort((a, b) => a.order - b.order).map((category) => ({ id: category._id, name: category.name })),
    };
  },
});
