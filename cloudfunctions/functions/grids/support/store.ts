import type { Category } from '../../../domain/catalog/Category';
import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { User } from '../../../domain/people/User';
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

/** Who serves a grid: the people with a duty in it and the cadres of its village, in one read. */
export function peopleServing(db: Database, gridId: string, villageId: string): Promise<User[]> {
  const _ = db.command;
  return readDocs<User>(
    db
      .collection(COLLECTIONS.users)
      .where(_.or([{ 'gridDuties.gridId': gridId }, { 'nodeDuties.nodeId': villageId }]))
      .limit(100),
  );
}

export function allCategories(db: Database): Promise<Category[]> {
  return readDocs<Category>(db.collection(COLLECTIONS.categories).limit(100));
}
