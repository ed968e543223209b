import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import type { Department } from '../../domain/departments/Department';
import { departmentVersion, saveDepartment as planSave } from '../../domain/departments/saveDepartment';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { departmentMembers, departmentsOf, findDepartment } from '../../shared/departmentStore';
import { defineAction } from '../../shared/defineAction';
import { keyedId } from '../../shared/keyedId';
import { toDepartmentDto } from './support/departmentDto';
import { keyedLogId, madeUnderKey } from './support/recordChange';
import { recordSave } from './support/recordSave';
import { activeCategories, findPlace } from './support/store';

/**
 * Adds a department to a county or township, or renames it, sets its
 * categories, retires it; logged. A new one is made under the phone's key
 * (its id and log entry derive from it): a resend is answered with the
 * department it made, never a second one. An edit sent again after its
 * answer was lost is answered with the department as it made it.
 */
export const saveDepartment = defineAction('admin', 'saveDepartment', {
  access: 'administrators',
  async run({ departmentId, placeId, name, categoryIds, active, version, clientKey }, { db, caller, now, fingerprint, editFingerprint }) {
    // The contract makes a new department carry a key.
    const key = !departmentId && clientKey ? { logId: keyedLogId(caller, clientKey), fingerprint: fingerprint() } : null;
    const [place, before, categories, siblings] = await Promise.all([
      findPlace(db, placeId),
      departmentId ? findDepartment(db, departmentId) : Promise.resolve(null),
      activeCategories(db),
      departmentsOf(db, [placeId]),
    ]);
    if (!place) throw new DomainError('NOT_FOUND', '没有找到这个县或乡镇，请刷新后再试');
    if (key) {
      // A resend is answered only to one who still runs the place: a caller who lost it is refused, not shown what was made.
      requireAdminOver(caller, place);
      const made = await madeUnderKey<Department>(db, key);
      if (made) return { logId: key.logId, department: toDepartmentDto(made, []) };
    }
    if (departmentId && !before) throw new DomainError('NOT_FOUND', '没有找到这个部门，请刷新后再试');
    // A department is edited where it is: one of a place the administrator does not run is OUT_OF_JURISDICTION, whatever place was sent.
    if (before && before.placeId !== place._id) requireAdminOver(caller, await findPlace(db, before.placeId));
    const known = {
      // A retired category the department already takes stays allowed on it; a new one must be active.
      categoryIds: new Set([...categories.map((category) => category._id), ...(before?.categoryIds ?? [])]),
      siblings,
      // Used only by a new one, which the contract makes carry a key.
      newId: keyedId('dep-', caller._id, clientKey ?? ''),
      now,
    };
    const plan = () => planSave(caller, place, before, { name, categoryIds, active, version }, known);
    const { logId, saved } = await recordSave(db, caller, now, {
      action: 'saveDepartment',
      collection: COLLECTIONS.departments,
      before,
      plan,
      version,
      versionOf: departmentVersion,
      editFingerprint,
      key,
    });
    // A new one has no members yet.
    return { logId, department: toDepartmentDto(saved, before ? await departmentMembers(db, [before._id]) : []) };
  },
});
