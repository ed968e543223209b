import type { Category } from '../../domain/catalog/Category';
import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { findById } from '../../shared/findById';
import { readAllPages } from '../../shared/readAllPages';
import { readDocs } from '../../shared/readDocs';

export function findPlace(db: Database, id: string | null): Promise<JurisdictionNode | null> {
  return id ? findById<JurisdictionNode>(db, COLLECTIONS.nodes, id) : Promise.resolve(null);
}

/** The places with these ids (one read; a few tens at most: a chain of ancestors, people's places). */
export function placesById(db: Database, ids: string[]): Promise<JurisdictionNode[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return Promise.resolve([]);
  return readDocs<JurisdictionNode>(db.collection(COLLECTIONS.nodes).where({ _id: db.command.in(unique) }).limit(1000));
}

/** The request categories in use (a duty covers some of them). */
export function activeCategories(db: Database): Promise<Category[]> {
  return readDocs<Category>(db.collection(COLLECTIONS.categories).where({ active: true }).limit(100));
}

/** The places directly under `parentId` (a village has tens of grids, a county tens of townships). */
export function childrenOf(db: Database, parentId: string | null): Promise<JurisdictionNode[]> {
  return readDocs<JurisdictionNode>(db.collection(COLLECTIONS.nodes).where({ parentId }).limit(1000));
}

/** The grids inside `scope` (the scope itself when it is a grid). */
export async function gridsWithin(db: Database, scope: JurisdictionNode): Promise<JurisdictionNode[]> {
  if (scope.level === 'grid') return [scope];
  return readAllPages<JurisdictionNode>(db, COLLECTIONS.nodes, { level: 'grid', ancestorIds: scope._id });
}
