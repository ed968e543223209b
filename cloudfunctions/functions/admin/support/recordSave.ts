import type { User } from '../../../domain/people/User';
import { lastEditOn, unlessOwnResend, type EditedRecord } from '../../../domain/shared/lastEdit';
import type { Database } from '../../../shared/cloud';
import type { CollectionName } from '../../../shared/collections';
import { newLogId, recordChange, recordEdit, recordKeyedCreate } from './recordChange';

/** A save-or-edit of an administrator's record: what the action read, and how the domain plans it. */
export interface Save<T> {
  action: string;
  collection: CollectionName;
  /** The record as read; null for a new one. */
  before: T | null;
  /** The domain's plan of the record after the save (throws its refusals). */
  plan: () => T;
  /** The version the editor was opened at (an edit's). */
  version: number | undefined;
  versionOf: (record: T) => number;
  /** The edit's fingerprint (context.editFingerprint). */
  editFingerprint: () => string;
  /** A new one's key: its log entry's id and the request's fingerprint. */
  key: { logId: string; fingerprint: string } | null;
}

/**
 * A save-or-edit logged (a category, a department): a new record made under
 * the phone's key (recordKeyedCreate: once, whatever the resends); an edit
 * made on its version with its mark, a resend of the edit that made the
 * stored version answered with the record as stored (unlessOwnResend, and
 * recordEdit for one sent twice at once).
 */
export async function recordSave<T extends { _id: string } & EditedRecord>(
  db: Database,
  author: Pick<User, '_id' | 'name'>,
  now: Date,
  save: Save<T>,
): Promise<{ logId: string; saved: T }> {
  const { action, collection, before, plan, version, versionOf, key } = save;
  if (!before) {
    const after = plan();
    if (key) {
      const created = await recordKeyedCreate(db, author, now, { action, collection, after }, key);
      return { logId: created.logId, saved: created.after };
    }
    return { logId: await recordChange(db, author, now, { action, collection, before, after }), saved: after };
  }
  const logId = newLogId(now);
  const edit = save.editFingerprint();
  const planned = version === undefined ? plan() : unlessOwnResend(plan, versionOf(before), before, version, edit);
  // A resend of the edit that made the record's version: it is done.
  if (!planned || version === undefined) return { logId: before.lastEdit?.logId ?? logId, saved: before };
  const after = { ...planned, lastEdit: lastEditOn(version, edit, logId) };
  return recordEdit(db, author, now, { action, collection, before, after }, { version, fingerprint: edit, logId }, versionOf);
}
