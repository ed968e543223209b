import type { ClaimStatus } from './vocabulary';

/** An earlier term on the same post, kept when the member claims it again. */
export interface ClaimTerm {
  commitment: string;
  claimedAt: Date;
  endedAt: Date | null;
  endReason: string | null;
  status: ClaimStatus;
}

/**
 * A member's hold on a post. The `_id` is derived from post and member, so
 * a second claim of the same post collides on the primary key instead of
 * relying on a check made before the insert.
 */
export interface Claim {
  _id: string;
  postId: string;
  memberId: string;
  gridId: string;
  villageId: string;
  placeIds: string[];
  branchId: string;
  kindId: string;
  /** 公示承诺: what the member publicly promises to do on this post. */
  commitment: string;
  status: ClaimStatus;
  claimedAt: Date;
  endedAt: Date | null;
  endReason: string | null;
  endedBy: string | null;
  previousTerms: ClaimTerm[];
}

export function claimIdOf(postId: string, memberId: string): string {
  return `${postId}:${memberId}`;
}
