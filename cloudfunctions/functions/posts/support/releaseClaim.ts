import type { Claim } from '../../../domain/posts/Claim';
import type { ClaimEnding } from '../../../domain/posts/claimRules';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { updatedCount } from '../../../shared/dbResults';

/**
 * Ends an active claim and gives back its place on the post and in the
 * member's limit. Whoever flips the claim from active does the giving back,
 * so a step-down racing a closing post is counted once. Resolves to whether
 * this call ended it.
 */
export async function releaseClaim(db: Database, claim: Pick<Claim, '_id' | 'postId' | 'memberId'>, ending: ClaimEnding): Promise<boolean> {
  const _ = db.command;
  const ended = await updatedCount(db.collection(COLLECTIONS.claims).where({ _id: claim._id, status: 'active' }).update({ data: ending }));
  if (ended !== 1) return false;
  await Promise.all([
    db
      .collection(COLLECTIONS.partyMembers)
      .where({ _id: claim.memberId, activePostCount: _.gt(0) })
      .update({ data: { activePostCount: _.inc(-1) } }),
    db
      .collection(COLLECTIONS.servicePosts)
      .where({ _id: claim.postId, held: _.gt(0) })
      .update({ data: { held: _.inc(-1) } }),
  ]);
  return true;
}
