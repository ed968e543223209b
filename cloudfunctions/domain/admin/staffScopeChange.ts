import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import { requireAdminOver } from './requireAdminOver';

/**
 * A person made staff of `scope`, moved there, or (scope null) no longer
 * staff. The administrator must hold both the place the person leaves and
 * the one they get, and cannot change their own scope (no locking oneself out).
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
  return { ...person, staffScopeId: scope?._id ?? null, roles: scope ? [...others, 'staff'] : others };
}
