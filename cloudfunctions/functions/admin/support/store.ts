import type { Category } from '../../../domain/catalog/Category';
import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { JurisdictionLevel } from '../../../domain/jurisdiction/vocabulary';
import type { User } from '../../../domain/people/User';
import { aggregateAll } from '../../../shared/aggregateAll';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { findById } from '../../../shared/findById';
import { readAllPages } from '../../../shared/readAllPages';
import { readDocs } from '../../../shared/readDocs';

/**
 * The admin function's reads, named by what they are for: action files call
 * these (and recordChange for every logged write), never the database.
 */

export function findPlace(db: Database, id: string | null): Promise<JurisdictionNode | null> {
  return id ? findById<JurisdictionNode>(db, COLLECTIONS.nodes, id) : Promise.resolve(null);
}

/** The places with these ids (one read; a few tens at most: a chain of ancestors, people's places). */
export function placesById(db: Database, ids: string[]): Promise<JurisdictionNode[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return Promise.resolve([]);
  return readDocs<JurisdictionNode>(
    db
      .collection(COLLECTIONS.nodes)
      .where({ _id: db.command.in(unique) })
      .limit(1000),
  );
}

/** The request categories in use (a duty covers some of them). */
export function activeCategories(db: Database): Promise<Category[]> {
  return readDocs<Category>(db.collection(COLLECTIONS.categories).where({ active: true }).limit(100));
}

/** Every category, retired ones too, in display order (at most MAX_CATEGORIES: one read). */
export async function allCategories(db: Database): Promise<Category[]> {
  const found = await readDocs<Category>(db.collection(COLLECTIONS.categories).limit(100));
  return found.sort((a, b) => a.order - b.order);
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

/** How many places lie directly under each child of `place` (one grouped read of its grandchildren). */
export async function grandchildCounts(
  db: Database,
  place: JurisdictionNode,
  grandchildLevel: JurisdictionLevel | null,
): Promise<Map<string, number>> {
  if (!grandchildLevel) return new Map();
  const $ = db.command.aggregate;
  const groups = await aggregateAll<{ _id: string; count: number }>(() =>
    db
      .collection(COLLECTIONS.nodes)
      .aggregate()
      .match({ ancestorIds: place._id, level: grandchildLevel })
      .group({ _id: '$parentId', count: $.sum(1) }),
  );
  return new Map(groups.map((group) => [group._id, group.count]));
}

/** Staff whose scope is the place (at most 1,000: a place has a handful). */
export function staffOf(db: Database, placeId: string): Promise<User[]> {
  return readDocs<User>(db.collection(COLLECTIONS.users).where({ staffScopeId: placeId }).limit(1000));
}

/** People with a duty in the grid. */
export function onDutyIn(db: Database, gridId: string): Promise<User[]> {
  return readDocs<User>(db.collection(COLLECTIONS.users).where({ 'gridDuties.gridId': gridId }).limit(1000));
}
