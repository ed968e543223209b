import { onOpenedVersion } from '../../../domain/admin/personVersion';
import type { User } from '../../../domain/people/User';
import { personVersion } from '../../../domain/people/personVersion';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { newLogId, recordEdit } from './recordChange';

/**
 * An administrator's change of a person (a grid duty, a staff scope, a
 * department), logged and made on the version the screen showed
 * (onOpenedVersion): a resend of the edit that made the person's version is
 * answered with the person as stored, writing nothing.
 */
export async function recordPersonEdit(
  db: Database,
  author: Pick<User, '_id' | 'name'>,
  now: Date,
  edit: { action: string; person: User; changed: User; version: number; fingerprint: string },
): Promise<{ logId: string; saved: User }> {
  const { person, version } = edit;
  const sent = { version, fingerprint: edit.fingerprint, logId: newLogId(now) };
  const after = onOpenedVersion(person, edit.changed, version, sent);
  // A resend of the edit that made the person's version: it is done.
  if (!after) return { logId: person.lastEdit?.logId ?? sent.logId, saved: person };
  return recordEdit(db, author, now, { action: edit.action, collection: COLLECTIONS.users, before: person, after }, sent, personVersion);
}
