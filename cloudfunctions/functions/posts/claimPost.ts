import type { Claim } from '../../domain/posts/Claim';
import { claimIdOf } from '../../domain/posts/Claim';
import { assertCanClaim, claimLimitMessage, endByClosing, newClaim, renewClaim } from '../../domain/posts/claimRules';
import { postEvent } from '../../domain/posts/PostEvent';
import { DomainError } from '../../domain/shared/DomainError';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { updatedCount } from '../../shared/dbResults';
import { isDuplicateKey } from '../../shared/isDuplicateKey';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { toClaimReceiptDto } from './support/dto';
import { appendEvent } from './support/events';
import { findMember, findPost, loadKinds, loadMaxActivePosts, loadNodes } from './support/loaders';
import { releaseClaim } from './support/releaseClaim';

/** Gives back what a failed claim had taken; the failure that caused it is what the caller hears. */
async function undo(step: unknown): Promise<void> {
  try {
    await step;
  } catch (error) {
    console.error('[posts.claimPost] could not undo a step of a failed claim', error);
  }
}

/** Why the post's conditional update did not hold, read afresh. */
async function postRefusal(db: Database, postId: string): Promise<DomainError> {
  const fresh = await findPost(db, postId);
  if (!fresh || fresh.status !== 'open') return new DomainError('POST_CLOSED');
  if (fresh.held >= fresh.capacity) return new DomainError('POST_FULL');
  return new DomainError('CONFLICT', '岗位信息刚刚有变动，请刷新后再认领');
}

/**
 * 认领岗位 with a public commitment. Three atomic steps, each undone if a
 * later one fails, so no check is ever separated from its write:
 * 1. a place in the member's own limit (`activePostCount < max`);
 * 2. a place on the post (`held < capacity`, the capacity just read);
 * 3. the claim itself, whose `_id` is post + member: a second claim of the
 *    same post collides on the key (or, for a past term, on its status).
 * Afterwards the post is read again: if it was closed meanwhile the claim
 * withdraws itself (closing reads the claims only after it closes).
 */
export const claimPost = defineAction('posts', 'claimPost', {
  access: 'partyMembers',
  async run({ postId, commitment }, { db, caller, now }) {
    const claimId = claimIdOf(postId, caller._id);
    const [member, post, existing, maxActivePosts] = await Promise.all([
      findMember(db, caller._id),
      findPost(db, postId),
      findById<Claim>(db, COLLECTIONS.claims, claimId),
      loadMaxActivePosts(db),
    ]);
    if (!post) throw new DomainError('NOT_FOUND', '没有找到这个岗位');
    assertCanClaim(member, post, existing, maxActivePosts);
    const _ = db.command;
    const members = db.collection(COLLECTIONS.partyMembers);
    const posts = db.collection(COLLECTIONS.servicePosts);

    const reserved = await updatedCount(
      members
        .where({ _id: member._id, status: 'approved', activePostCount: _.lt(maxActivePosts) })
        .update({ data: { activePostCount: _.inc(1) } }),
    );
    if (reserved !== 1) throw new DomainError('CLAIM_LIMIT_REACHED', claimLimitMessage(maxActivePosts));
    const giveBackLimit = () => undo(members.where({ _id: member._id }).update({ data: { activePostCount: _.inc(-1) } }));

    const seated = await updatedCount(
      posts.where({ _id: postId, status: 'open', capacity: post.capacity, held: _.lt(post.capacity) }).update({ data: { held: _.inc(1) } }),
    );
    if (seated !== 1) {
      await giveBackLimit();
      throw await postRefusal(db, postId);
    }
    const giveBackSeat = () => undo(posts.where({ _id: postId }).update({ data: { held: _.inc(-1) } }));

    const claim: Claim = existing
      ? { _id: claimId, ...renewClaim(existing, member, commitment, now) }
      : newClaim(post, member, commitment, now);
    let written: boolean;
    if (existing) {
      const { _id, ...fields } = claim;
      written =
        (await updatedCount(db.collection(COLLECTIONS.claims).where({ _id, status: existing.status }).update({ data: fields }))) === 1;
    } else {
      try {
        await db.collection(COLLECTIONS.claims).add({ data: claim });
        written = true;
      } catch (error) {
        if (!isDuplicateKey(error)) {
          await Promise.all([giveBackSeat(), giveBackLimit()]);
          throw error;
        }
        written = false;
      }
    }
    if (!written) {
      await Promise.all([giveBackSeat(), giveBackLimit()]);
      throw new DomainError('ALREADY_CLAIMED');
    }

    const [after, nodes, kinds] = await Promise.all([findPost(db, postId), loadNodes(db, [post.gridId]), loadKinds(db)]);
    if (!after || after.status !== 'open') {
      await releaseClaim(db, claim, endByClosing(after?.closeReason ?? '', caller._id, now));
      throw new DomainError('POST_CLOSED');
    }
    await appendEvent(
      db,
      postEvent('claimed', caller, now, {
        postId,
        memberId: member._id,
        placeIds: post.placeIds,
        detail: { commitment, term: claim.previousTerms.length + 1 },
      }),
    );
    return toClaimReceiptDto(claim, after, { nodes, kinds });
  },
});
