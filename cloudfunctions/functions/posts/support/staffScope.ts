import type { PlaceDto } from '../../../contract/users';
import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { User } from '../../../domain/people/User';
import { DomainError } from '../../../domain/shared/DomainError';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { toPlaceDto } from '../../../shared/loadPlaceChain';
import { readSubtree } from '../../../shared/readSubtree';
import { readDocs } from '../../../shared/readDocs';

export interface StaffPlaces {
  scope: JurisdictionNode;
  villages: Array<{ village: PlaceDto; grids: PlaceDto[] }>;
  grids: JurisdictionNode[];
  nodes: Map<string, JurisdictionNode>;
}

const byOrder = (a: JurisdictionNode, b: JurisdictionNode) => a.order - b.order;

/**
 * The staff member's scope node and the villages and grids under it (one
 * read for a township, a few hundred grids; a county's thousands in pages,
 * none cut off).
 */
export async function loadStaffPlaces(db: Database, staff: Pick<User, 'staffScopeId'>): Promise<StaffPlaces> {
  const scopeId = staff.staffScopeId;
  if (!scopeId) throw new DomainError('OUT_OF_JURISDICTION');
  const nodes = await readSubtree(db, scopeId);
  const scope = nodes.find((node) => node._id === scopeId);
  if (!scope) throw new DomainError('OUT_OF_JURISDICTION');
  if (scope.level === 'grid') {
    // Someone responsible for one grid: its village is read for the name.
    const [village] = await readDocs<JurisdictionNode>(db.collection(COLLECTIONS.nodes).where({ _id: scope.parentId ?? '' }));
    nodes.push(...(village ? [village] : []));
  }
  const grids = nodes.filter((node) => node.level === 'grid').sort(byOrder);
  const villages = nodes
    .filter((node) => node.level === 'village')
    .sort(byOrder)
    .map((village) => ({
      village: toPlaceDto(village),
      grids: grids.filter((grid) => grid.parentId === village._id).map(toPlaceDto),
    }))
    .filter((entry) => entry.grids.length > 0);
  return { scope, villages, grids, nodes: new Map(nodes.map((node) => [node._id, node])) };
}
