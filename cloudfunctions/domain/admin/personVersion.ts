import { personVersion } from '../people/personVersion';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';

/**
 * The administrators' changes of a person (grid duties, staff scope,
 * department) are made on the version the administrator's screen showed
 * (people/personVersion): any change meanwhile is CONFLICT, not overwritten.
 * The change as it will be written: refused unless the person is still at
 * the version opened; the next version.
 */
export function onOpenedVersion<T extends Pick<User, 'version'>>(before: Pick<User, 'version'>, after: T, opened: number): T {
  if (personVersion(before) !== opened) {
    throw new DomainError('CONFLICT', '刚刚有其他管理员改过这个人的设置，请刷新后再改');
  }
  return { ...after, version: opened + 1 };
}
