import { personVersion } from '../people/personVersion';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import { lastEditOn, unlessOwnResend } from '../shared/lastEdit';

/** Told when the person changed since the administrator's screen showed them: the screen reloads them (useOpenedVersion). */
export const PERSON_CHANGED_MEANWHILE = '这个人的信息刚刚有变动，已显示最新的内容，请核对后再改';

/**
 * The administrators' changes of a person (grid duties, staff scope,
 * department) are made on the version the administrator's screen showed
 * (people/personVersion): any change meanwhile (by anyone, for any reason)
 * is CONFLICT, not overwritten. The change as it will be written, marked as
 * this edit's (`fingerprint`, the log entry `logId`); null when the person
 * was moved on by this very edit already (a resend: answer them as stored).
 */
export function onOpenedVersion<T extends Pick<User, 'version' | 'lastEdit'>>(
  before: Pick<User, 'version' | 'lastEdit'>,
  after: T,
  opened: number,
  edit: { fingerprint: string; logId: string },
): T | null {
  return unlessOwnResend(
    () => {
      if (personVersion(before) !== opened) throw new DomainError('CONFLICT', PERSON_CHANGED_MEANWHILE);
      return { ...after, version: opened + 1, lastEdit: lastEditOn(opened, edit.fingerprint, edit.logId) };
    },
    personVersion(before),
    before,
    opened,
    edit.fingerprint,
  );
}
