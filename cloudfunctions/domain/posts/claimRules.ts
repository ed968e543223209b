import { DomainError } from '../shared/DomainError';
import type { Claim, ClaimTerm } from './Claim';
import { claimIdOf } from './Claim';
import { assertNearby } from './jurisdiction';
import type { PartyMember } from './PartyMember';
import { assertApprovedMember } from './registration';
import type { ServicePost } from './ServicePost';

export const DEFAULT_MAX_ACTIVE_POSTS = 2;

export function claimLimitMessage(maxActivePosts: number): string {
  return `每位党员同时最多认领${maxActivePosts}个岗位，您已达到上限，请先退出一个岗位再认领`;
}

/**
 * Whether the member may try to claim the post. These checks read a
 * snapshot; the conditional updates that follow decide under concurrency.
 */
export function assertCanClaim(
  member: PartyMember | null,
  post: ServicePost,
  existing: Claim | null,
  maxActivePosts: number,
): asserts member is PartyMember {
  assertApprovedMember(member);
  assertNearby(member, post.placeIds);
  if (post.status !== 'open') throw new DomainError('POST_CLOSED');
  if (existing?.status === 'active') throw new DomainError('ALREADY_CLAIMED');
  if (post.held >= post.capacity) throw new DomainError('POST_FULL');
  if (member.activePostCount >= maxActivePosts) throw new DomainError('CLAIM_LIMIT_REACHED', claimLimitMessage(maxActivePosts));
}

/** The fields that start a term on a post. */
function openTerm(commitment: string, now: Date) {
  return { commitment, status: 'active' as const, claimedAt: now, endedAt: null, endReason: null, endedBy: null };
}

export function newClaim(post: ServicePost, member: PartyMember, commitment: string, now: Date): Claim {
  return {
    _id: claimIdOf(post._id, member._id),
    postId: post._id,
    memberId: member._id,
    gridId: post.gridId,
    villageId: post.villageId,
    placeIds: post.placeIds,
    branchId: member.branchId,
    kindId: post.kindId,
    ...openTerm(commitment, now),
    previousTerms: [],
  };
}

function termOf(claim: Claim): ClaimTerm {
  return {
    commitment: claim.commitment,
    claimedAt: claim.claimedAt,
    endedAt: claim.endedAt,
    endReason: claim.endReason,
    status: claim.status,
  };
}

/** Claiming a post again after leaving it: a new term, the old one kept. */
export function renewClaim(existing: Claim, member: PartyMember, commitment: string, now: Date): Omit<Claim, '_id'> {
  const { _id: _ignored, ...rest } = existing;
  return {
    ...rest,
    branchId: member.branchId,
    ...openTerm(commitment, now),
    previousTerms: [...existing.previousTerms, termOf(existing)],
  };
}

export type ClaimEnding = Pick<Claim, 'status' | 'endedAt' | 'endReason' | 'endedBy'>;

/** The member leaves a post they hold, saying why. */
export function stepDownFrom(claim: Claim | null, memberId: string, reason: string, now: Date): ClaimEnding {
  if (!claim || claim.memberId !== memberId || claim.status !== 'active') {
    throw new DomainError('NOT_FOUND', '您目前没有在这个岗位上');
  }
  return { status: 'steppedDown', endedAt: now, endReason: reason, endedBy: memberId };
}

/** The member's registration was ended by staff (撤销报到): every post they hold is freed, with the reason. */
export function endByMembershipEnd(reason: string, staffId: string, now: Date): ClaimEnding {
  return { status: 'ended', endedAt: now, endReason: `党员报到已撤销：${reason}`, endedBy: staffId };
}

/** The post was closed by staff: its holders' terms end with the staff's reason. */
export function endByClosing(reason: string, staffId: string, now: Date): ClaimEnding {
  return { status: 'ended', endedAt: now, endReason: `岗位关闭：${reason}`, endedBy: staffId };
}
