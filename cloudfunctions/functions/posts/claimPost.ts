import { assertCanClaim, claimLimitMessage, endByClosing, endByMembershipEnd, newClaim, renewClaim } from '../../domain/posts/claimRules';
import type { Claim } from '../../domain/posts/Claim';
import type { PartyMember } from '../../domain/posts/PartyMember';
import { DomainError } from '../../domain/shared/DomainError';
import type { Database } from '../../shared/cloud';
import { defineAction } from '../../shared/defineAction';
import { giveBackClaimSlot, giveBackSeat, releaseClaim, reserveClaimSlot, takeSeat, writeClaim } from './support/claimStore';
import { toClaimReceiptDto } from './support/dto';
import { freshClaimLimit, loadKinds, loadMaxActivePosts } from './support/settingsCache';
import { findPost, loadMemberOnPost } from './support/store';

/** Gives back what a failed claim had taken; the failure that caused it is what the caller hears. */
async function undo(...steps: Array<Promise<void>>): Promise<void> {
  const results = await Promise.allSettled(steps);
  for (const result of results) {
    if (result.status === 'rejected') console.error('[posts.claimPost] could not undo a step of a failed claim', result.reason);
  }
}

/** Why the post's conditional update did not hold, read afresh. */
async function postRefusal(db: Database, postId: string): Promise<DomainError> {
  const fresh = await findPost(db, postId);
  if (!fresh || fresh.status !== 'open') return new DomainError('POST_CLOSED');
  if (fresh.held >= fresh.capacity) return new DomainError('POST_FULL');
  return new DomainError('CONFLICT', '岗位信息刚刚有变动，请刷新后再认领');
}

/** The claim limit to judge this member by: the kept one, read afresh before it refuses them. */
async function limitFor(db: Database, member: PartyMember | null, now: Date): Promise<number> {
  const kept = await loadMaxActivePosts(db, now);
  return member && member.activePostCount >= kept ? freshClaimLimit(db, now) : kept;
}

/** A place in the member's limit; a refusal is checked against the limit read afresh (it may have been raised). */
async function reserveWithinLimit(db: Database, memberId: string, kept: number, now: Date): Promise<void> {
  if (await reserveClaimSlot(db, memberId, kept)) return;
  const fresh = await freshClaimLimit(db, now);
  if (fresh > kept && (await reserveClaimSlot(db, memberId, fresh))) return;
  throw new DomainError('CLAIM_LIMIT_REACHED', claimLimitMessage(fresh));
}

/**
 * 认领岗位 with a public commitment. Three atomic steps, each undone if a
 * later one fails, so no check is ever separated from its write:
 * 1. a place in the member's own limit (`activePostCount < max`);
 * 2. a place on the post (`held < capacity`, the capacity just read);
 * 3. the claim itself, whose `_id` is post + member: a second claim of the
 *    same post collides on the key (or, for a past term, on its status).
 * Afterwards the post and the member are read again (one read, as before
 * the claim): if the post was closed or the membership ended (撤销报到)
 * meanwhile, the claim withdraws itself (both read the claims only after
 * they end). Member, post, claim, grid come in one read; the limit and kinds
 * are kept. The claim document is the ledger's record of the claim (one per
 * term, the earlier terms kept in it: `domain/posts/claimLedger.ts`), so no
 * event is appended: six database actions with the caller's read.
 */
export const claimPost = defineAction('posts', 'claimPost', {
  access: 'partyMembers',
  async run({ postId, commitment }, { db, caller, now }) {
    const { member, post, claim: existing, grid } = await loadMemberOnPost(db, caller._id, postId);
    if (!post) throw new DomainError('NOT_FOUND', '没有找到这个岗位');
    const maxActivePosts = await limitFor(db, member, now);
    assertCanClaim(member, post, existing, maxActivePosts);

    await reserveWithinLimit(db, member._id, maxActivePosts, now);
    if (!(await takeSeat(db, post))) {
      await undo(giveBackClaimSlot(db, member._id));
      throw await postRefusal(db, postId);
    }
    const claim: Claim = existing
      ? { _id: existing._id, ...renewClaim(existing, member, commitment, now) }
      : newClaim(post, member, commitment, now);
    let written: boolean;
    try {
      written = await writeClaim(db, claim, existing);
    } catch (error) {
      await undo(giveBackSeat(db, postId), giveBackClaimSlot(db, member._id));
      throw error;
    }
    if (!written) {
      await undo(giveBackSeat(db, postId), giveBackClaimSlot(db, member._id));
      throw new DomainError('ALREADY_CLAIMED');
    }

    const [{ post: after, member: memberNow }, kinds] = await Promise.all([loadMemberOnPost(db, member._id, postId), loadKinds(db, now)]);
    if (!after || after.status !== 'open') {
      await releaseClaim(db, claim, endByClosing(after?.closeReason ?? '', caller._id, now));
      throw new DomainError('POST_CLOSED');
    }
    if (memberNow?.status !== 'approved') {
      await releaseClaim(db, claim, endByMembershipEnd(memberNow?.ended?.reason ?? '', memberNow?.ended?.by ?? caller._id, now));
      throw new DomainError('FORBIDDEN', '您的党员报到已被村（社区）撤销，不能再认领岗位');
    }
    return toClaimReceiptDto(claim, after, { nodes: new Map(grid ? [[grid._id, grid]] : []), kinds });
  },
});
