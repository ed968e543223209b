import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { findById } from '../../../shared/findById';
import { readDocs } from '../../../shared/readDocs';

/** The grids function's reads, named by what they are for: action files call these, never the database. */

export function allTownships(db: Database): Promise<JurisdictionNode[]> {
  return readDocs<JurisdictionNode>(db.collection(COLLECTIONS.nodes).where({ level: 'township' }).limit(1000));
}

export function findPlace(db: Database, id: string): Promise<JurisdictionNode | null> {
  return findById<JurisdictionNode>(db, COLLECTIONS.nodes, id);
}

/** Every village and grid of a township. */
export function placesUnder(db: Database, townshipId: string): Promise<JurisdictionNode[]> {
  return readDocs<JurisdictionNode>(db.collection(COLLECTIONS.nodes).where({ ancestorIds: townshipId }).limit(1000));
}
