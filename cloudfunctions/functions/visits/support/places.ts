import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { User } from '../../../domain/people/User';
import { DomainError } from '../../../domain/shared/DomainError';
import type { PlaceDto } from '../../../contract/users';
import type { Database } from '../../../shared/cloud';
import { toPlaceDto } from '../../../shared/loadPlaceChain';
import { findNode, nodesByIds } from './store';

/** Names of places, to label records "湖滨村 第一网格（汪屋组）". */
export type PlaceNames = Map<string, JurisdictionNode>;

export async function loadPlace(db: Database, placeId: string): Promise<JurisdictionNode> {
  const node = await findNode(db, placeId);
  if (!node) throw new DomainError('NOT_FOUND', '没有找到这个地方，请重新选择');
  return node;
}

/** The place and its ancestors, root first. */
export function chainOf(node: Pick<JurisdictionNode, '_id' | 'ancestorIds'>): string[] {
  return [...node.ancestorIds, node._id];
}

/** The villages and grids of these records' chains, one read. */
export function loadPlaceNames(db: Database, chains: Iterable<readonly string[]>): Promise<PlaceNames> {
  const ids = new Set<string>();
  for (const chain of chains) chain.slice(2).forEach((id) => ids.add(id));
  return nodesByIds(db, ids);
}

/** "湖滨村 第一网格（汪屋组）" for a grid's chain (county, township, village, grid). */
export function placeLabel(names: PlaceNames, placeIds: readonly string[]): string {
  return placeIds
    .slice(2)
    .map((id) => names.get(id)?.name ?? '')
    .filter(Boolean)
    .join(' ');
}

export { toPlaceDto, type PlaceDto };

/** The county at the root of a chain (a county is its own). */
export function countyOfChain(chain: readonly string[]): string {
  return chain[0] ?? '';
}

/** A staff member's place and the county at the root of its chain (read once when the place is the county). */
export async function staffCounty(
  db: Database,
  staff: Pick<User, 'staffScopeId'>,
): Promise<{ scope: JurisdictionNode; county: JurisdictionNode }> {
  if (!staff.staffScopeId) throw new DomainError('OUT_OF_JURISDICTION');
  const scope = await loadPlace(db, staff.staffScopeId);
  const countyId = countyOfChain(chainOf(scope));
  return { scope, county: countyId === scope._id ? scope : await loadPlace(db, countyId) };
}
