import type { User } from '../people/User';

/** Staff whose jurisdiction (a node) is one of `placeIds` (a record's place and its ancestors). */
export function isStaffOver(viewer: Pick<User, 'roles' | 'staffScopeId'>, placeIds: readonly string[]): boolean {
  return viewer.roles.includes('staff') && viewer.staffScopeId !== null && placeIds.includes(viewer.staffScopeId);
}
