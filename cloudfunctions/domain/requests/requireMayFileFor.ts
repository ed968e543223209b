import type { User } from '../people/User';
import { isIn } from '../people/audiences';
import { DomainError } from '../shared/DomainError';

/**
 * 代办 is for the grids a grid member serves, or anywhere in a staff
 * member's jurisdiction; a resident files only for themself.
 */
export function requireMayFileFor(filer: User, placeIds: string[], gridId: string): void {
  const servesGrid = isIn(filer, 'gridMembers') && filer.gridDuties.some((duty) => duty.gridId === gridId);
  const staffOver = isIn(filer, 'staff') && filer.staffScopeId !== null && placeIds.includes(filer.staffScopeId);
  if (!servesGrid && !staffOver) throw new DomainError('OUT_OF_JURISDICTION', '只能为您负责的网格的群众代办');
}
