import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';

/** A grid and every node above it, the `placeIds` stored on posts, members and logs. */
export function placeIdsOf(grid: Pick<JurisdictionNode, '_id' | 'ancestorIds'>): string[] {
  return [...grid.ancestorIds, grid._id];
}

/** Staff act only on what lies within their scope node. */
export function assertStaffCovers(staff: Pick<User, 'staffScopeId'>, placeIds: readonly string[]): void {
  if (!staff.staffScopeId || !placeIds.includes(staff.staffScopeId)) throw new DomainError('OUT_OF_JURISDICTION');
}

/**
 * A registration is approved by staff of the member's community: the
 * village (村/社区) or a level above it, never by someone scoped to one grid.
 */
export function assertCanApproveRegistration(
  staff: Pick<User, 'staffScopeId'>,
  member: { placeIds: readonly string[]; gridId: string },
): void {
  assertStaffCovers(staff, member.placeIds);
  if (staff.staffScopeId === member.gridId) {
    throw new DomainError('OUT_OF_JURISDICTION', '党员报到须由所在村（社区）或上级审核');
  }
}

/** Members serve their own village: their grid and the grids beside it. */
export function assertNearby(member: { villageId: string }, placeIds: readonly string[]): void {
  if (!placeIds.includes(member.villageId)) {
    throw new DomainError('OUT_OF_JURISDICTION', '只能查看和认领本村（社区）网格的岗位');
  }
}
