import { isWithinScope } from '../jurisdiction/isWithinScope';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';

/** A service day or one of its dates: the place that runs it and every node above. */
interface Placed {
  placeId: string;
  scopeIds: string[];
}

/** Whether the staff member's jurisdiction covers the place. */
export function staffCovers(caller: Pick<User, 'roles' | 'staffScopeId'>, placed: Placed): boolean {
  return (
    caller.roles.includes('staff') &&
    caller.staffScopeId !== null &&
    isWithinScope({ _id: placed.placeId, ancestorIds: placed.scopeIds }, caller.staffScopeId)
  );
}

/** Staff act only within their jurisdiction's subtree. */
export function requireStaffCovers(caller: Pick<User, 'roles' | 'staffScopeId'>, placed: Placed): void {
  if (!staffCovers(caller, placed)) throw new DomainError('OUT_OF_JURISDICTION');
}
