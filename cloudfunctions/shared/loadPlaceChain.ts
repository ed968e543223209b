import type { PlaceDto } from '../contract/users';
import type { JurisdictionNode } from '../domain/jurisdiction/JurisdictionNode';
import { placeChain, type PlaceChain } from '../domain/jurisdiction/placeChain';
import { DomainError } from '../domain/shared/DomainError';
import type { Database } from './cloud';
import { COLLECTIONS } from './collections';
import { findById } from './findById';
import { readDocs } from './readDocs';

/** A grid with its village, township and county (two reads). */
export async function loadPlaceChain(db: Database, gridId: string): Promise<PlaceChain> {
  const grid = await findById<JurisdictionNode>(db, COLLECTIONS.nodes, gridId);
  if (!grid) throw new DomainError('NOT_FOUND', '没有找到这个网格，请重新选择');
  const _ = db.command;
  const ancestors = await readDocs<JurisdictionNode>(db.collection(COLLECTIONS.nodes).where({ _id: _.in(grid.ancestorIds) }));
  return placeChain(grid, ancestors);
}

export function toPlaceDto(node: JurisdictionNode): PlaceDto {
  return { id: node._id, name: node.name, level: node.level };
}
