import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { findById } from '../../shared/findById';
import { readDocs } from '../../shared/readDocs';

export function findPlace(db: Database, id: string | null): Promise<JurisdictionNode | null> {
  return id ? findById<JurisdictionNode>(db, COLLECTIONS.nodes, id) : Promise.resolve(null);
}

/** The places directly under `parentId` (a village has tens of grids, a county tens of townships). */
export function childrenOf(db: Database, parentId: string | null): Promise<JurisdictionNode[]> {
  return readDocs<JurisdictionNode>(db.collection(COLLECTIONS.nodes).where({ parentId }).limit(1000));
}
