import { randomBytes } from 'node:crypto';
import type { AdminLogEntry } from '../../domain/admin/AdminLogEntry';
import type { User } from '../../domain/people/User';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS, type CollectionName } from '../../shared/collections';
import { runTransaction } from '../../shared/transaction';

export interface Change<T extends { _id: string }> {
  action: string;
  collection: CollectionName;
  before: T | null;
  after: T;
}

/**
 * Writes the changed record and its admin log entry in one transaction:
 * a change is never made without its record of who, when, before and after.
 */
export async function recordChange<T extends { _id: string }>(
  db: Database,
  caller: Pick<User, '_id' | 'name'>,
  now: Date,
  change: Change<T>,
): Promise<string> {
  const logId = `${now.getTime().toString(36)}-${randomBytes(4).toString('hex')}`;
  const entry: Omit<AdminLogEntry, '_id'> = {
    at: now,
    by: caller._id,
    byName: caller.name,
    action: change.action,
    collection: change.collection,
    targetId: change.after._id,
    before: change.before,
    after: change.after,
  };
  const { _id, ...fields } = change.after;
  await runTransaction(db, async (tx) => {
    await tx.collection(change.collection).doc(_id).set({ data: fields });
    await tx.collection(COLLECTIONS.adminLog).doc(logId).set({ data: entry });
  });
  return logId;
}
