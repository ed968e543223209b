import type { User } from '../../../domain/people/User';
import type { ResidentRequest } from '../../../domain/requests/ResidentRequest';
import type { Assignee } from '../../../domain/requests/reassignRequest';
import { WORKING_STATES } from '../../../domain/requests/requestStates';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
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

/** What a first filing adds to the filer's profile (name, how to reach them). */
export async function saveFilingContact(db: Database, personId: string, profile: Pick<User, 'name' | 'contactPhone'>): Promise<void> {
  await db.collection(COLLECTIONS.users).doc(personId).update({ data: profile });
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
  const who: Array<Record<string, unknown>> = [
    { 'gridDuties.gridId': request.gridId },
    { 'nodeDuties.nodeId': _.in([request.villageId, request.townshipId]) },
    { staffScopeId: request.townshipId },
  ];
  if (request.openDepartmentId) who.push({ departmentId: request.openDepartmentId });
  return readDocs<Assignee>(
    db
      .collection(COLLECTIONS.users)
      .where(_.or(who))
      .field({ _id: true, name: true, roles: true, gridDuties: true, nodeDuties: true, staffScopeId: true, departmentId: true })
      .limit(200),
  );
}
