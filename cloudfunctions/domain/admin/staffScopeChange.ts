import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import { administratorsAreStaff } from '../people/administratorsAreStaff';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import { requireAdminOver } from './requireAdminOver';

/**
 * A person made staff of `scope`, moved there, or (scope null) no longer
 * staff. The administrator must hold both the place the person leaves and
 * the one they get, and cannot change their own scope (no locking oneself out).
 * An administrator who is no longer staff anywhere is no longer an
 * administrator either (see administratorsAreStaff).
 */
export function staffScopeChange(
  caller: Pick<User, '_id' | 'roles' | 'staffScopeId'>,
  person: User,
  current: JurisdictionNode | null,
  scope: JurisdictionNode | null,
): User {
  if (person._id === caller._id) throw new DomainError('FORBIDDEN', '不能修改自己的管理范围，请由上级管理员修改');
  if (person.staffScopeId) requireAdminOver(caller, current);
  if (scope) requireAdminOver(caller, scope);
  const others = person.roles.filter((role) => role !== 'staff');
  return administratorsAreStaff({ ...person, staffScopeId: scope?._id ?? null, roles: scope ? [...others, 'staff'] : others });
}
