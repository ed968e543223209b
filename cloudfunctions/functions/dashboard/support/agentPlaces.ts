import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { loadByIds } from '../../../shared/loadByIds';

/** "湖滨村 第一网格" for each grid asked about (two reads: the grids, then their villages). */
export async function gridPlaceNames(db: Database, gridIds: string[]): Promise<Map<string, string>> {
  const grids = await loadByIds<JurisdictionNode>(db, COLLECTIONS.nodes, gridIds);
  const parents = await loadByIds<JurisdictionNode>(
    db,
    COLLECTIONS.nodes,
    [...grids.values()].flatMap((grid) => (grid.parentId ? [grid.parentId] : [])),
  );
  const names = new Map<string, string>();
  for (const grid of grids.values()) {
    const village = grid.parentId ? parents.get(grid.parentId)?.name : undefined;
    names.set(grid._id, village ? `${village} ${grid.name}` : grid.name);
  }
  return names;
}
