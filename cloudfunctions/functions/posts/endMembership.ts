import type { Claim } from '../../domain/posts/Claim';
import { endByMembershipEnd, type ClaimEnding } from '../../domain/posts/claimRules';
import { endMembership as end } from '../../domain/posts/endMembership';
import type { PartyMember } from '../../domain/posts/PartyMember';
import { postEvent, postEventIdOf } from '../../domain/posts/PostEvent';
import { DomainError } from '../../domain/shared/DomainError';
import type { RegisteredContext } from '../../shared/ActionContext';
import { defineAction } from '../../shared/defineAction';
import { toRegistrationDto } from './support/dto';
import { releaseClaim } from './support/claimStore';
import { endApprovedMembership } from './support/memberStore';
import { loadRegistrationContext } from './support/registrationContext';
import { appendEventOnce, claimsOfMember, findMember } from './support/store';

type Actor = { _id: string; name: string };

const time = (at: Date | string | null) => (at ? new Date(at).getTime() : NaN);

/** Whether a claim was ended by this very ending (a run that stopped before its ledger entry). */
const endedBy = (claim: Claim, ending: ClaimEnding) =>
  claim.status === 'ended' && claim.endReason === ending.endReason && time(claim.endedAt) === time(ending.endedAt);

/**
 * Frees the posts still held and writes the ledger entry of every post this
 * ending freed, under ids from the claim and the ending, so a resend after
 * stopping half way completes the ledger once. How many this call freed.
 */
async function freePosts(db: RegisteredContext['db'], member: PartyMember, actor: Actor, reason: string, at: Date): Promise<number> {
  const ending = endByMembershipEnd(reason, actor._id, at);
  const claims = (await claimsOfMember(db, member._id)).filter((claim) => claim.status === 'active' || endedBy(claim, ending));
  claims.sort((a, b) => a._id.localeCompare(b._id));
  const released = await Promise.all(claims.map((claim) => claim.status === 'active' && releaseClaim(db, claim, ending)));
  const freed = claims.filter((claim, index) => released[index] || claim.status === 'ended');
  await Promise.all(
    freed.map((claim, index) =>
      appendEventOnce(
        db,
        postEventIdOf('claimEnded', claim._id, at.getTime()),
        postEvent('claimEnded', actor, at, {
          postId: claim.postId,
          memberId: member._id,
          placeIds: claim.placeIds,
          detail: { reason, cause: 'membershipEnded' },
          step: index + 1,
        }),
      ),
    ),
  );
  return released.filter(Boolean).length;
}

/**
 * 撤销报到: staff of the member's community end an approved membership
 * (moved out of the place, no longer a member here). The registration and
 * the role end together first; then every post the member holds is freed
 * (read after ending: a claim landing later sees the member gone and
 * withdraws itself), each with its ledger entry; the service logs stay. Sent
 * again, it finishes freeing whatever is left, writes any ledger entry a
 * stopped run left out, and answers the same.
 */
export const endMembership = defineAction('posts', 'endMembership', {
  access: 'staff',
  async run({ memberId, reason }, { db, caller, now }) {
    const member = await findMember(db, memberId);
    if (!member) throw new DomainError('NOT_FOUND', '没有找到这位党员的报到');
    const patch = end(member, caller, reason, now);
    if (patch && !(await endApprovedMembership(db, member, patch))) {
      throw new DomainError('CONFLICT', '这份报到刚刚有变动，请刷新后再看');
    }
    const ended = patch ? { ...member, ...patch } : member;
    const record = ended.ended;
    const at = record ? new Date(record.at) : now;
    // Who ended it and when, as first stored: a resend writes the same entries.
    const actor = record ? { _id: record.by, name: record.byName } : caller;
    if (record) {
      const event = postEvent('membershipEnded', actor, at, {
        memberId,
        placeIds: member.placeIds,
        detail: { reason: record.reason },
      });
      await appendEventOnce(db, postEventIdOf('membershipEnded', memberId, at.getTime()), event);
    }
    const releasedPosts = await freePosts(db, ended, actor, record?.reason ?? reason, at);
    const names = await loadRegistrationContext(db, now, [ended]);
    return { registration: toRegistrationDto(ended, names), releasedPosts };
  },
});
