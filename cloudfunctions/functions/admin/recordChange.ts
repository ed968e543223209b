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
 * Writes the changed records and an admin log entry for each in one
 * transaction: a change is never made without its record of who, when,
 * before and after. Only `doc().set` inside it: the SDK leaves `where()`
 * writes out of a transaction. Gives the log entries' ids, in order.
 */
export async function recordChanges<T extends { _id: string }>(
  db: Database,
  caller: Pick<User, '_id' | 'name'>,
  now: Date,
  changes: Array<Change<T>>,
): Promise<string[]> {
  const stamp = now.getTime().toString(36);
  const logged = changes.map((change) => {
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
    return { change, entry, logId: `${stamp}-${randomBytes(4).toString('hex')}` };
  });
  await runTransaction(db, async (tx) => {
    for (const { change, entry, logId } of logged) {
      const { _id, ...fields } = change.after;
      await tx.collection(change.collection).doc(_id).set({ data: fields });
      await tx.collection(COLLECTIONS.adminLog).doc(logId).set({ data: entry });
    }
  });
  return logged.map(({ logId }) => logId);
}

/** One change and its log entry (see recordChanges); gives the log entry's id. */
export async function recordChange<T extends { _id: string }>(
  db: Database,
  caller: Pick<User, '_id' | 'name'>,
  now: Date,
  change: Change<T>,
): Promise<string> {
  const [logId] = await recordChanges(db, caller, now, [change]);
  return logId;
}
