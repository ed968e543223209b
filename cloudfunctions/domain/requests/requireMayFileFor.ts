import type { User } from '../people/User';
import { isIn } from '../people/audiences';
import { DomainError } from '../shared/DomainError';

/**
 * 代办 is for the grids a grid member serves, or anywhere in a staff
 * member's jurisdiction; a resident files only for themself.
 */
export function requireMayFileFor(filer: Server, placeIds: string[], gridId: string): void {
  if (!servesGrid(filer, placeIds, gridId)) throw new DomainError('OUT_OF_JURISDICTION', '只能为您负责的网格的群众代办');
}

/** What decides whether a person serves a grid: their roles, grid duties and staff scope. */
export type Server = Pick<User, 'roles' | 'gridDuties' | 'staffScopeId'>;

/** A grid member of the grid, or staff whose jurisdiction holds it (`placeIds`: the grid and its ancestors). */
export function servesGrid(person: Server, placeIds: readonly string[], gridId: string): boolean {
  const member = isIn(person, 'gridMembers') && person.gridDuties.some((duty) => duty.gridId === gridId);
  return member || (isIn(person, 'staff') && person.staffScopeId !== null && placeIds.includes(person.staffScopeId));
}
