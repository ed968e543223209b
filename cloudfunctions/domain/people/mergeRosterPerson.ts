import { nextPersonVersion } from './personVersion';
import type { User } from './User';

function union<T>(first: readonly T[], second: readonly T[]): T[] {
  return [...new Set([...first, ...second])];
}

/** Duties of `first`, then those of `second` in places `first` has none in (keyed by `key`). */
function mergeDuties<T>(first: readonly T[], second: readonly T[], key: (duty: T) => string): T[] {
  const held = new Set(first.map(key));
  return [...first, ...second.filter((duty) => !held.has(key(duty)))];
}

/**
 * The WeChat account `account` after it takes over `imported`, the person
 * the administrators put on the roster with the same phone. The roster is the
 * official record of who someone is and what they do (name, duties, staff
 * scope); what the person chose in the mini-program themselves (their home
 * grid, 长辈模式) stays. Roles and tags are the union: taking over never
 * removes anything either side had.
 */
export function mergeRosterPerson(account: User, imported: User, phone: string): User {
  // The department goes with the role `departmentStaff` the union keeps (one department at a time: the roster's first).
  const departmentId = imported.departmentId ?? account.departmentId ?? null;
  return {
    _id: account._id,
    name: imported.name || account.name,
    phone,
    // The verified number replaces any typed one; what the roster calls them is kept for staff to compare.
    contactPhone: account.contactPhone ?? null,
    rosterName: imported.rosterName || imported.name || null,
    roles: union(account.roles, imported.roles),
    homeGridId: account.homeGridId ?? imported.homeGridId,
    householdTags: union(account.householdTags, imported.householdTags),
    gridDuties: mergeDuties(imported.gridDuties, account.gridDuties, (duty) => duty.gridId),
    nodeDuties: mergeDuties(imported.nodeDuties, account.nodeDuties, (duty) => duty.nodeId),
    staffScopeId: account.staffScopeId ?? imported.staffScopeId,
    ...(departmentId ? { departmentId } : {}),
    elderMode: account.elderMode,
    createdAt: account.createdAt < imported.createdAt ? account.createdAt : imported.createdAt,
    // Past both: a screen that showed either is CONFLICT.
    version: nextPersonVersion(account, imported),
  };
}
