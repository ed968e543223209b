import { DomainError } from '../shared/DomainError';
import { isRosterPersonId } from './rosterPersonId';
import type { User } from './User';

/**
 * A number typed as one's own may be anybody's, so it stays contact
 * information; but a number WeChat verified for another account is known to
 * be theirs: refused (PHONE_TAKEN), nobody files or reports under it.
 * `known` are the people whose verified (or roster) number it is.
 */
export function requireNotAnotherAccounts(openid: string, known: readonly Pick<User, '_id'>[]): void {
  if (known.some((person) => person._id !== openid && !isRosterPersonId(person._id))) throw new DomainError('PHONE_TAKEN');
}

/** What the roster (花名册) calls the holder of a number, if the administrators imported them. */
export function rosterNameFor(known: readonly Pick<User, '_id' | 'name' | 'rosterName'>[]): string | null {
  const imported = known.find((person) => isRosterPersonId(person._id));
  if (imported) return imported.rosterName || imported.name || null;
  return known.find((person) => person.rosterName)?.rosterName ?? null;
}

/**
 * What staff check before approving someone who gave `phone`: whether WeChat
 * verified it for that very account, and what the roster calls its holder.
 * `known` are the people whose verified (or roster) number is among those asked about.
 */
export function phoneCheckOf(
  personId: string,
  phone: string,
  known: readonly Pick<User, '_id' | 'name' | 'phone' | 'rosterName'>[],
): { phoneVerified: boolean; rosterName: string | null } {
  const holders = known.filter((person) => person.phone === phone);
  return { phoneVerified: holders.some((person) => person._id === personId), rosterName: rosterNameFor(holders) };
}
