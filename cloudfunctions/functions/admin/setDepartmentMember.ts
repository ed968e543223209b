import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import { departmentMembership } from '../../domain/departments/departmentMembership';
import type { User } from '../../domain/people/User';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { findDepartment } from '../../shared/departmentStore';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { recordChange } from './support/recordChange';
import { findPlace } from './support/store';

/** Makes a registered person staff of a department of the administrator's jurisdiction, or ends it; logged. */
export const setDepartmentMember = defineAction('admin', 'setDepartmentMember', {
  access: 'administrators',
  async run({ departmentId, userId, member }, { db, caller, now }) {
    const [department, person] = await Promise.all([findDepartment(db, departmentId), findById<User>(db, COLLECTIONS.users, userId)]);
    if (!department) throw new DomainError('NOT_FOUND', '没有找到这个部门，请刷新后再试');
    requireAdminOver(caller, await findPlace(db, department.placeId));
    if (!person) throw new DomainError('NOT_FOUND', '没有找到这个人，请让他先在小程序里登记或用花名册导入');
    if (member && !department.active) throw new DomainError('INVALID_INPUT', '这个部门已停用，不能再添加工作人员');
    const after: User = { ...person, ...departmentMembership(person, department, member) };
    const logId = await recordChange(db, caller, now, {
      action: 'setDepartmentMember',
      collection: COLLECTIONS.users,
      before: person,
      after,
    });
    return { logId, roles: after.roles };
  },
});
