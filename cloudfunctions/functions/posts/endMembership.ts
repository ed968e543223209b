import { endByMembershipEnd } from '../../domain/posts/claimRules';
import { endMembership as end } from '../../domain/posts/endMembership';
import { postEvent } from '../../domain/posts/PostEvent';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { toRegistrationDto } from './support/dto';
import { releaseClaim } from './support/claimStore';
import { endApprovedMembership } from './support/memberStore';
import { loadRegistrationContext } from './support/registrationContext';
import { activeClaimsOfMember, appendEvent, findMember } from './support/store';

/**
 * 撤销报到: staff of the member's community end an approved membership
 * (moved out of the place, no longer a member here). The registration and
 * the role end together first; then every post the member holds is freed
 * (read after ending: a claim landing later sees the member gone and
 * withdraws itself), each with its ledger entry; the service logs stay. Sent
 * again, it finishes freeing whatever is left and answers the same.
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
    if (patch)
      await appendEvent(db, postEvent('membershipEnded', caller, now, { memberId, placeIds: member.placeIds, detail: { reason } }));
    const held = await activeClaimsOfMember(db, memberId);
    const ending = endByMembershipEnd(ended.ended?.reason ?? reason, caller._id, now);
    const released = await Promise.all(held.map((claim) => releaseClaim(db, claim, ending)));
    const freed = held.filter((_claim, index) => released[index]);
    await Promise.all(
      freed.map((claim, index) =>
        appendEvent(
          db,
          postEvent('claimEnded', caller, now, {
            postId: claim.postId,
            memberId,
            placeIds: claim.placeIds,
            detail: { reason: ended.ended?.reason ?? reason, cause: 'membershipEnded' },
            step: index + 1,
          }),
        ),
      ),
    );
    const context = await loadRegistrationContext(db, now, [ended]);
    return { registration: toRegistrationDto(ended, context), releasedPosts: freed.length };
  },
});
