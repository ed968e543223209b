import type { Role } from './vocabulary';
import { DomainError } from '../shared/DomainError';
import type { User } from './User';

export function hasAnyRole(user: Pick<User, 'roles'>, allowed: readonly Role[]): boolean {
  return user.roles.some((role) => allowed.includes(role));
}

/** Refuses a caller who holds none of the allowed roles. */
export function requireAnyRole(user: Pick<User, 'roles'>, allowed: readonly Role[]): void {
  if (!hasAnyRole(user, allowed)) {
    throw new DomainError('FORBIDDEN');
  }
}
