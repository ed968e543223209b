import { placeIdsOf } from '../../domain/admin/peopleWithin';
import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import { departmentMemberChange } from '../../domain/departments/departmentMemberChange';
import type { User } from '../../domain/people/User';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { findDepartment } from '../../shared/departmentStore';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { recordPersonEdit } from './support/recordPersonEdit';
import { placesById } from './support/store';

/**
 * Makes a registered person within the administrator's jurisdiction staff
 * of a department there, moves them from another (when asked), or ends it;
 * every change in the admin log with the roles before and after, made on
 * the person's version the administrator's screen showed (a move confirmed
 * on a stale screen is CONFLICT, not a move from a department not shown).
 */
export const setDepartmentMember = defineAction('admin', 'setDepartmentMember', {
  access: 'administrators',
  async run({ departmentId, userId, member, move, version }, { db, caller, now, editFingerprint }) {
    const [department, person] = await Promise.all([findDepartment(db, departmentId), findById<User>(db, COLLECTIONS.users, userId)]);
    if (!department) throw new DomainError('NOT_FOUND', '没有找到这个部门，请刷新后再试');
    const other = person?.departmentId && person.departmentId !== departmentId ? await findDepartment(db, person.departmentId) : null;
    const places = await placesById(db, [department.placeId, ...(other ? [other.placeId] : []), ...(person ? placeIdsOf(person) : [])]);
    const placeOf = (id: string) => places.find((place) => place._id === id) ?? null;
    // The department first: an administrator elsewhere learns nothing about who exists.
    requireAdminOver(caller, placeOf(department.placeId));
    if (!person) throw new DomainError('NOT_FOUND', '没有找到这个人，请让他先在小程序里登记或用花名册导入');
    const current = person.departmentId && person.departmentId !== departmentId ? person.departmentId : null;
    const changed = departmentMemberChange(caller, person, member, {
      department,
      departmentPlace: placeOf(department.placeId),
      personPlaces: places,
      // A department that is gone (none is ever deleted) holds nobody back.
      currentDepartment: current
        ? { department: other ?? { _id: current, name: '另一个部门' }, place: other ? placeOf(other.placeId) : null }
        : null,
      move: move ?? false,
    });
    const fingerprint = editFingerprint();
    const done = await recordPersonEdit(db, caller, now, { action: 'setDepartmentMember', person, changed, version, fingerprint });
    return { logId: done.logId, roles: done.saved.roles, version: version + 1 };
  },
});
