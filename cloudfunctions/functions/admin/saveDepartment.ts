import { randomBytes } from 'node:crypto';
import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import { saveDepartment as planSave } from '../../domain/departments/saveDepartment';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { departmentMembers, departmentsOf, findDepartment } from '../../shared/departmentStore';
import { defineAction } from '../../shared/defineAction';
import { toDepartmentDto } from './support/departmentDto';
import { recordChange } from './support/recordChange';
import { activeCategories, findPlace } from './support/store';

/** Adds a department to a county or township, or renames it, sets its categories, retires it; logged. */
export const saveDepartment = defineAction('admin', 'saveDepartment', {
  access: 'administrators',
  async run({ departmentId, placeId, name, categoryIds, active, version }, { db, caller, now }) {
    const [place, before, categories, siblings] = await Promise.all([
      findPlace(db, placeId),
      departmentId ? findDepartment(db, departmentId) : Promise.resolve(null),
      activeCategories(db),
      departmentsOf(db, [placeId]),
    ]);
    if (!place) throw new DomainError('NOT_FOUND', '没有找到这个县或乡镇，请刷新后再试');
    if (departmentId && !before) throw new DomainError('NOT_FOUND', '没有找到这个部门，请刷新后再试');
    // A department is edited where it is: one of a place the administrator does not run is OUT_OF_JURISDICTION, whatever place was sent.
    if (before && before.placeId !== place._id) requireAdminOver(caller, await findPlace(db, before.placeId));
    const known = {
      // A retired category the department already takes stays allowed on it; a new one must be active.
      categoryIds: new Set([...categories.map((category) => category._id), ...(before?.categoryIds ?? [])]),
      siblings,
      newId: `dep-${now.getTime().toString(36)}-${randomBytes(3).toString('hex')}`,
      now,
    };
    const after = planSave(caller, place, before, { name, categoryIds, active, version }, known);
    const logId = await recordChange(db, caller, now, { action: 'saveDepartment', collection: COLLECTIONS.departments, before, after });
    const members = before ? await departmentMembers(db, [after._id]) : [];
    return { logId, department: toDepartmentDto(after, members) };
  },
});
