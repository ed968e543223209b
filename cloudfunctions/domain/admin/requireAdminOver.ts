import { isWithinScope } from '../jurisdiction/isWithinScope';
import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import type { User } from '../people/User';
import { isIn } from '../people/audiences';
import { DomainError } from '../shared/DomainError';

/** Administrators manage places within their own jurisdiction (the county's admin: the whole county). */
export function requireAdminOver(
  caller: Pick<User, 'roles' | 'staffScopeId'>,
  place: Pick<JurisdictionNode, '_id' | 'ancestorIds'> | null,
): void {
  if (!isIn(caller, 'administrators')) throw new DomainError('FORBIDDEN');
  if (!caller.staffScopeId || !place || !isWithinScope(place, caller.staffScopeId)) throw new DomainError('OUT_OF_JURISDICTION');
}

/**
 * Settings that hold for the whole deployment (categories, the work
 * calendar) are for the administrator of the root of the tree.
 */
export function requireRootAdmin(caller: Pick<User, 'roles'>, scope: Pick<JurisdictionNode, 'parentId'> | null): void {
  if (!isIn(caller, 'administrators')) throw new DomainError('FORBIDDEN');
  if (!isRootScope(scope)) throw new DomainError('OUT_OF_JURISDICTION');
}

/** Whether an administrator with this scope holds the root of the tree (and so the deployment-wide settings). */
export function isRootScope(scope: Pick<JurisdictionNode, 'parentId'> | null): boolean {
  return scope !== null && scope.parentId === null;
}
