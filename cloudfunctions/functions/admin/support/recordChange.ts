import { randomBytes } from 'node:crypto';
import type { AdminLogEntry } from '../../../domain/admin/AdminLogEntry';
import type { User } from '../../../domain/people/User';
import { keyReusedOn } from '../../../domain/shared/clientKeys';
import { DomainError } from '../../../domain/shared/DomainError';
import { isOwnLastEdit, type EditedRecord } from '../../../domain/shared/lastEdit';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS, type CollectionName } from '../../../shared/collections';
import { findById } from '../../../shared/findById';
import { keyedId } from '../../../shared/keyedId';
import { getInTransactionOrNull, runTransaction, type Transaction } from '../../../shared/transaction';

export interface Change<T extends { _id: string }> {
  action: string;
  collection: CollectionName;
  before: T | null;
  after: T;
}

type Author = Pick<User, '_id' | 'name'>;

/**
 * Inside a transaction: the changed record and its admin log entry `logId`
 * (two operations), so a change is never made without its record of who,
 * when, before and after. Only `doc().set`: the SDK leaves `where()` writes
 * out of a transaction.
 */
export async function writeLoggedChange<T extends { _id: string }>(
  tx: Transaction,
  author: Author,
  now: Date,
  change: Change<T>,
  logId: string,
  opFingerprint?: string,
): Promise<void> {
  const entry: Omit<AdminLogEntry, '_id'> = {
    at: now,
    by: author._id,
    byName: author.name,
    action: change.action,
    collection: change.collection,
    targetId: change.after._id,
    before: change.before,
    after: change.after,
    ...(opFingerprint === undefined ? {} : { opFingerprint }),
  };
  const { _id, ...fields } = change.after;
  await tx.collection(change.collection).doc(_id).set({ data: fields });
  await tx.collection(COLLECTIONS.adminLog).doc(logId).set({ data: entry });
}

/**
 * One change and its log entry in one transaction; gives the log entry's id.
 * `before` is the record as the caller read it: if it is not so any more
 * (another administrator changed it meanwhile) nothing is written and the
 * caller is told CONFLICT, rather than their change overwriting the other.
 * An edit names its `logId` beforehand (newLogId) when its record keeps it.
 */
export async function recordChange<T extends { _id: string }>(
  db: Database,
  author: Author,
  now: Date,
  change: Change<T>,
  logId: string = newLogId(now),
): Promise<string> {
  await runTransaction(db, async (tx) => {
    const current = await getInTransactionOrNull<T>(tx, change.collection, change.after._id);
    if (JSON.stringify(current) !== JSON.stringify(change.before)) {
      throw new DomainError('CONFLICT', '刚刚有人改过这里，请刷新后再改');
    }
    // Written below, so a change by anyone else from here on fails our write (and the transaction runs again).
    await writeLoggedChange(tx, author, now, change, logId);
  });
  return logId;
}

/**
 * A versioned edit recorded (recordChange) with its mark (`after.lastEdit`,
 * naming `logId`); the record as written, and its log entry. When the record
 * moved meanwhile (CONFLICT) and what moved it is this same edit, sent twice
 * at once (the phone's resend while the first was under way), the record as
 * that one made it: one more read, on that refusal only.
 */
export async function recordEdit<T extends { _id: string } & EditedRecord>(
  db: Database,
  author: Author,
  now: Date,
  change: Change<T>,
  sent: { version: number; fingerprint: string; logId: string },
  versionOf: (record: T) => number,
): Promise<{ logId: string; saved: T }> {
  try {
    await recordChange(db, author, now, change, sent.logId);
    return { logId: sent.logId, saved: change.after };
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'CONFLICT') throw error;
    const current = await findById<T>(db, change.collection, change.after._id);
    if (!current || !isOwnLastEdit(versionOf(current), current, sent.version, sent.fingerprint)) throw error;
    return { logId: current.lastEdit?.logId ?? sent.logId, saved: current };
  }
}

/** An id for a log entry written at `now`. */
export function newLogId(now: Date): string {
  return `${now.getTime().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** Where a create keyed by the phone's key leaves its log entry: an id from the caller and the key. */
export function keyedLogId(author: Author, clientKey: string): string {
  return keyedId('log-', author._id, clientKey);
}

/** The id of the record a keyed create's log entry says it made. */
function madeIdOf(entry: AdminLogEntry): string {
  return entry.targetId;
}

/**
 * The record a create under this key made earlier, as first answered; null
 * when none was made. Looked up before the create's rules are checked, which
 * the record it made would now fail (its name is taken, by itself). The key
 * under other content is KEY_REUSED.
 */
export async function madeUnderKey<T>(db: Database, key: { logId: string; fingerprint: string }): Promise<T | null> {
  const earlier = await findById<AdminLogEntry>(db, COLLECTIONS.adminLog, key.logId);
  if (!earlier) return null;
  if (earlier.opFingerprint !== key.fingerprint) throw keyReusedOn(madeIdOf(earlier));
  return earlier.after as T;
}

/**
 * A new record made under the phone's key, and its log entry, in one
 * transaction. The record's id and the entry's `logId` derive from the key
 * (shared/keyedId), so a resend finds the entry: the same request is
 * answered with what it made (`after`, as first answered) and writes
 * nothing; the key under other content is KEY_REUSED. Two racing sends
 * write the same entry: the second's write fails, its transaction runs
 * again and finds the first's.
 */
export async function recordKeyedCreate<T extends { _id: string }>(
  db: Database,
  author: Author,
  now: Date,
  change: Omit<Change<T>, 'before'>,
  key: { logId: string; fingerprint: string },
): Promise<{ logId: string; after: T }> {
  const outcome = await runTransaction(db, async (tx) => {
    const earlier = await getInTransactionOrNull<AdminLogEntry>(tx, COLLECTIONS.adminLog, key.logId);
    if (earlier) {
      if (earlier.opFingerprint !== key.fingerprint) return keyReusedOn(madeIdOf(earlier));
      return earlier.after as T;
    }
    // The record is at the id this caller's key derives: the key made it.
    if (await getInTransactionOrNull<T>(tx, change.collection, change.after._id)) return keyReusedOn(change.after._id);
    await writeLoggedChange(tx, author, now, { ...change, before: null }, key.logId, key.fingerprint);
    return change.after;
  });
  if (outcome instanceof DomainError) throw outcome;
  return { logId: key.logId, after: outcome };
}

/**
 * Several records of one collection changed together (a new order of the
 * categories) with one log entry naming them all: each must still be as the
 * caller read it, or nothing is written (CONFLICT). At most 49 records (a
 * read and a write each, and the log entry, within a transaction's 100).
 */
export async function recordChanges<T extends { _id: string }>(
  db: Database,
  author: Author,
  now: Date,
  change: { action: string; collection: CollectionName; targetId: string; changes: Array<{ before: T; after: T }> },
): Promise<string> {
  const logId = newLogId(now);
  await runTransaction(db, async (tx) => {
    for (const { before } of change.changes) {
      const current = await getInTransactionOrNull<T>(tx, change.collection, before._id);
      if (JSON.stringify(current) !== JSON.stringify(before)) throw new DomainError('CONFLICT', '刚刚有人改过这里，请刷新后再改');
    }
    for (const { after } of change.changes) {
      const { _id, ...fields } = after;
      await tx.collection(change.collection).doc(_id).set({ data: fields });
    }
    const entry: Omit<AdminLogEntry, '_id'> = {
      at: now,
      by: author._id,
      byName: author.name,
      action: change.action,
      collection: change.collection,
      targetId: change.targetId,
      before: change.changes.map((one) => one.before),
      after: change.changes.map((one) => one.after),
    };
    await tx.collection(COLLECTIONS.adminLog).doc(logId).set({ data: entry });
  });
  return logId;
}
