import type { User } from '../people/User';
import { isIn } from '../people/audiences';

/** Staff whose jurisdiction (a node) is one of `placeIds` (a record's place and its ancestors). */
export function isStaffOver(viewer: Pick<User, 'roles' | 'staffScopeId'>, placeIds: readonly string[]): boolean {
  return isIn(viewer, 'staff') && viewer.staffScopeId !== null && placeIds.includes(viewer.staffScopeId);
}
