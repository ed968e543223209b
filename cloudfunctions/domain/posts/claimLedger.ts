import type { Claim } from './Claim';
import { postEvent, type PostEvent } from './PostEvent';

/**
 * A claim document is the record of its claims: it is written once per term
 * and keeps the earlier terms (`previousTerms`), so who claimed the post,
 * when and with what commitment is read from it, and `claimPost` appends no
 * separate event (one database action fewer on every claim). Events of type
 * `claimed` that earlier versions appended tell the same facts and are left
 * out of the ledger in favour of these.
 */
export function claimedEvents(claim: Claim, member: { _id: string; name: string }): PostEvent[] {
  const terms = [...claim.previousTerms, { commitment: claim.commitment, claimedAt: claim.claimedAt }];
  return terms.map((term, index) =>
    postEvent('claimed', member, new Date(term.claimedAt), {
      postId: claim.postId,
      memberId: claim.memberId,
      placeIds: claim.placeIds,
      detail: { commitment: term.commitment, term: index + 1 },
    }),
  );
}

/** Newest first; events of one action at the same time by their step, the later step first. */
function newestFirst(a: PostEvent, b: PostEvent): number {
  return new Date(b.at).getTime() - new Date(a.at).getTime() || b.step - a.step;
}

/**
 * A post's ledger (台账): its stored events and the claims read from its
 * claim documents, newest first, at most `limit` of them. A stored
 * `claimed` event (written before claims were read from the claim) is
 * dropped: the claim document tells it.
 */
export function postLedger(stored: PostEvent[], claims: Array<{ claim: Claim; memberName: string }>, limit: number): PostEvent[] {
  const claimed = claims.flatMap(({ claim, memberName }) => claimedEvents(claim, { _id: claim.memberId, name: memberName }));
  return [...stored.filter((event) => event.type !== 'claimed'), ...claimed].sort(newestFirst).slice(0, limit);
}
