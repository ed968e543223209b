import type { Claim } from '../../../domain/posts/Claim';
import type { ClaimEnding } from '../../../domain/posts/claimRules';
import type { ServicePost } from '../../../domain/posts/ServicePost';
import { addOnce } from '../../../shared/addOnce';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { updatedCount } from '../../../shared/dbResults';

/**
 * The conditional writes of a claim. Each holds only while its condition
 * does, so no check is ever separated from its write: a place in the
 * member's limit, a place on the post, the claim itself (its `_id` is post
 * + member, so a second claim of the same post collides on the key).
 */

/** Takes a place in the member's own limit; whether there was one. */
export async function reserveClaimSlot(db: Database, memberId: string, maxActivePosts: number): Promise<boolean> {
  const _ = db.command;
  const reserved = await updatedCount(
    db
      .collection(COLLECTIONS.partyMembers)
      .where({ _id: memberId, status: 'approved', activePostCount: _.lt(maxActivePosts) })
      .update({ data: { activePostCount: _.inc(1) } }),
  );
  return reserved === 1;
}

export async function giveBackClaimSlot(db: Database, memberId: string): Promise<void> {
  const _ = db.command;
  await db
    .collection(COLLECTIONS.partyMembers)
    .where({ _id: memberId, activePostCount: _.gt(0) })
    .update({ data: { activePostCount: _.inc(-1) } });
}

/** Takes a place on an open post whose capacity is still the one read; whether there was one. */
export async function takeSeat(db: Database, post: Pick<ServicePost, '_id' | 'capacity'>): Promise<boolean> {
  const _ = db.command;
  const seated = await updatedCount(
    db
      .collection(COLLECTIONS.servicePosts)
      .where({ _id: post._id, status: 'open', capacity: post.capacity, held: _.lt(post.capacity) })
      .update({ data: { held: _.inc(1) } }),
  );
  return seated === 1;
}

export async function giveBackSeat(db: Database, postId: string): Promise<void> {
  const _ = db.command;
  await db
    .collection(COLLECTIONS.servicePosts)
    .where({ _id: postId, held: _.gt(0) })
    .update({ data: { held: _.inc(-1) } });
}

/**
 * Writes a claim: a new one by its key, a renewed one only over the state
 * just read. False when another claim of the same post by the same member
 * got there first.
 */
export async function writeClaim(db: Database, claim: Claim, existing: Claim | null): Promise<boolean> {
  if (!existing) return addOnce(db, COLLECTIONS.claims, claim);
  const { _id, ...fields } = claim;
  return (await updatedCount(db.collection(COLLECTIONS.claims).where({ _id, status: existing.status }).update({ data: fields }))) === 1;
}

/**
 * Ends an active claim and gives back its place on the post and in the
 * member's limit. Whoever flips the claim from active does the giving back,
 * so a step-down racing a closing post is counted once. Resolves to whether
 * this call ended it.
 */
export async function releaseClaim(db: Database, claim: Pick<Claim, '_id' | 'postId' | 'memberId'>, ending: ClaimEnding): Promise<boolean> {
  const ended = await updatedCount(db.collection(COLLECTIONS.claims).where({ _id: claim._id, status: 'active' }).update({ data: ending }));
  if (ended !== 1) return false;
  await Promise.all([giveBackClaimSlot(db, claim.memberId), giveBackSeat(db, claim.postId)]);
  return true;
}
