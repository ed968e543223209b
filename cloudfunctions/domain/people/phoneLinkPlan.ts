import { DomainError } from '../shared/DomainError';
import { blankPerson } from './blankPerson';
import { mergeRosterPerson } from './mergeRosterPerson';
import { nextPersonVersion } from './personVersion';
import { isRosterPersonId } from './rosterPersonId';
import type { User } from './User';

export interface PhoneLinkPlan {
  /** The caller's record as it is to be stored. */
  after: User;
  /** The imported person taken over (their record is removed), or null. */
  imported: User | null;
}

/**
 * What binding `phone` (as WeChat vouches for it) to the account `openid`
 * does, given everyone already known by that phone:
 * - a person imported from the roster becomes this account (a first-time
 *   visitor included: the roster says who they are and where they live);
 * - an account that only had no phone, or another one, now has this one;
 * - another WeChat account with the phone: refused (PHONE_TAKEN), it is
 *   staff's to sort out, nobody's identity is handed over silently;
 * - a first-time visitor nobody imported: refused (NOT_ON_ROSTER), they
 *   register by choosing their grid first.
 */
export function phoneLinkPlan(openid: string, caller: User | null, phone: string, known: User[], now: Date): PhoneLinkPlan {
  const others = known.filter((person) => person._id !== openid);
  if (others.some((person) => !isRosterPersonId(person._id))) throw new DomainError('PHONE_TAKEN');
  const imported = others.find((person) => isRosterPersonId(person._id)) ?? null;
  // Everyone with a WeChat account is a resident somewhere, whatever the roster made them.
  const account = caller ?? { ...blankPerson(openid, now), roles: ['resident' as const] };
  if (imported) return { after: mergeRosterPerson(account, imported, phone), imported };
  if (!caller) throw new DomainError('NOT_ON_ROSTER');
  if (caller.phone === phone) return { after: caller, imported: null };
  return { after: { ...caller, phone, version: nextPersonVersion(caller) }, imported: null };
}
