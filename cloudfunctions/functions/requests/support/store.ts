import type { Category } from '../../../domain/catalog/Category';
import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { User } from '../../../domain/people/User';
import type { ResidentRequest } from '../../../domain/requests/ResidentRequest';
import { assigneeSearch, type Assignee } from '../../../domain/requests/reassignRequest';
import { WORKING_STATES } from '../../../domain/requests/requestStates';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { findById } from '../../../shared/findById';
import { readAllPages } from '../../../shared/readAllPages';
import { readDocs } from '../../../shared/readDocs';

/**
 * The requests function's own reads and writes, named by what they are for
 * (a request's steps go through shared/requests/requestStore.ts, which other
 * areas use too): action files call these, never the database.
 */

/** Adds a follower; following again changes nothing. */
export async function addFollower(db: Database, requestId: string, personId: string): Promise<void> {
  await db
    .collection(COLLECTIONS.requests)
    .doc(requestId)
    .update({ data: { followerIds: db.command.addToSet(personId) } });
}

export async function removeFollower(db: Database, requestId: string, personId: string): Promise<void> {
  await db
    .collection(COLLECTIONS.requests)
    .doc(requestId)
    .update({ data: { followerIds: db.command.pull(personId) } });
}

/** What a first filing adds to the filer's profile (name, how to reach them); the name shows on screens, so the person's version moves on. */
export async function saveFilingContact(db: Database, personId: string, profile: Pick<User, 'name' | 'contactPhone'>): Promise<void> {
  await db
    .collection(COLLECTIONS.users)
    .doc(personId)
    .update({ data: { ...profile, version: db.command.inc(1) } });
}

/** The levels of the places a cadre has a duty at (the list of their area is built from them). */
export function levelsOfDutyPlaces(db: Database, nodeIds: string[]): Promise<Array<Pick<JurisdictionNode, '_id' | 'level'>>> {
  if (nodeIds.length === 0) return Promise.resolve([]);
  return readDocs<Pick<JurisdictionNode, '_id' | 'level'>>(
    db
      .collection(COLLECTIONS.nodes)
      .where({ _id: db.command.in(nodeIds) })
      .field({ _id: true, level: true })
      .limit(100),
  );
}

/** A grid a list is narrowed to, with the places above it; null when there is no such grid. */
export async function findGridPlace(db: Database, gridId: string): Promise<{ id: string; ancestorIds: string[] } | null> {
  const node = await findById<JurisdictionNode>(db, COLLECTIONS.nodes, gridId);
  return node && node.level === 'grid' ? { id: node._id, ancestorIds: node.ancestorIds } : null;
}

/** The categories a resident can file under (the filing form's big icons), in their order. */
export async function activeCategories(db: Database): Promise<Category[]> {
  const categories = await readDocs<Category>(db.collection(COLLECTIONS.categories).where({ active: true }).limit(100));
  return categories.sort((a, b) => a.order - b.order);
}

/** Places by id (grids a person lives in or serves, or the places above them). */
export function placesByIds(db: Database, ids: string[]): Promise<JurisdictionNode[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return readDocs<JurisdictionNode>(
    db
      .collection(COLLECTIONS.nodes)
      .where({ _id: db.command.in(ids) })
      .limit(1000),
  );
}

/** Every grid under a staff scope (a county has thousands: read in pages, none cut off). */
export function gridsUnder(db: Database, scopeId: string): Promise<JurisdictionNode[]> {
  return readAllPages<JurisdictionNode>(db, COLLECTIONS.nodes, { ancestorIds: scopeId, level: 'grid' });
}

/** Requests still being worked on, of a category in a grid, filed since `since`, newest first (without their ledgers). */
export function workingRequestsLike(db: Database, gridId: string, categoryId: string, since: Date): Promise<ResidentRequest[]> {
  const _ = db.command;
  return readDocs<ResidentRequest>(
    db
      .collection(COLLECTIONS.requests)
      .where({ gridId, categoryId, state: _.in([...WORKING_STATES]), createdAt: _.gte(since) })
      .orderBy('createdAt', 'desc')
      .field({ ledger: false })
      .limit(20),
  );
}

/**
 * The people a request could be given to (改派): its grid's members, its
 * village's and township's cadres, the township's staff, and the holding
 * department's staff. One read; the domain decides who of them qualifies.
 */
export function assigneesFor(db: Database, request: ResidentRequest): Promise<Assignee[]> {
  const _ = db.command;
  const search = assigneeSearch(request);
  const who: Array<Record<string, unknown>> = [
    { 'gridDuties.gridId': search.gridId },
    { 'nodeDuties.nodeId': _.in(search.nodeIds) },
    { staffScopeId: _.in(search.staffScopeIds) },
  ];
  if (search.departmentId) who.push({ departmentId: search.departmentId });
  const fields = { name: true, roles: true, gridDuties: true, nodeDuties: true, staffScopeId: true, departmentId: true } as const;
  return readAllPages<Assignee>(db, COLLECTIONS.users, _.or(who), { fields });
}
