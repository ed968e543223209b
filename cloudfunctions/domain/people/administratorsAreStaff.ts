import type { User } from './User';

/**
 * An administrator administers the place they are staff of: without that
 * place they administer nothing. Wherever roles or a staff scope are
 * assigned, the result holds `admin` only together with `staff`; a record
 * from before this rule is repaired the same way (functions/migrations):
 * an administrator with a scope becomes staff of it, one without loses
 * `admin` (they could administer nothing).
 */
export function administratorsAreStaff<T extends Pick<User, 'roles' | 'staffScopeId'>>(person: T): T {
  if (!person.roles.includes('admin') || person.roles.includes('staff')) return person;
  return person.staffScopeId
    ? { ...person, roles: [...person.roles, 'staff'] }
    : { ...person, roles: person.roles.filter((role) => role !== 'admin') };
}
