import type { Role } from '../people/vocabulary';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import { assertCanApproveRegistration } from './jurisdiction';
import type { PartyMember } from './PartyMember';

export type MembershipEnding = Pick<PartyMember, 'status' | 'ended'>;

/**
 * 撤销报到: staff of the member's community (whoever may approve the
 * registration) end an approved member's registration, saying why: they
 * moved out of the place, or no longer serve here as a party member. The
 * party-member role goes with it, and every post they hold is freed (the
 * caller releases the claims after the registration is ended, as closing a
 * post does); their service logs stay. Null when it is ended already: a
 * repeated request only finishes releasing what is left.
 */
export function endMembership(
  member: PartyMember,
  staff: Pick<User, '_id' | 'name' | 'staffScopeId'>,
  reason: string,
  now: Date,
): MembershipEnding | null {
  assertCanApproveRegistration(staff, member);
  if (member.status === 'ended') return null;
  if (member.status !== 'approved') throw new DomainError('CONFLICT', '这位党员的报到还没有通过，不需要撤销');
  return { status: 'ended', ended: { at: now, by: staff._id, byName: staff.name, reason } };
}

/** A person's roles once their membership ended: the others stay. */
export function withoutPartyRole(roles: readonly Role[]): Role[] {
  return roles.filter((role) => role !== 'partyMember');
}
