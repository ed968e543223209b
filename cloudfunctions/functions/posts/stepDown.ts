import { stepDownFrom } from '../../domain/posts/claimRules';
import { postEvent } from '../../domain/posts/PostEvent';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { toClaimReceiptDto } from './support/dto';
import { releaseClaim } from './support/claimStore';
import { loadKinds } from './support/settingsCache';
import { appendEvent, loadMemberOnPost } from './support/store';

const NOT_HOLDING = '您目前没有在这个岗位上';

/**
 * A member leaves a post they hold, with a reason; the place is free again.
 * Also works on a closed post. Claim, post and grid come in one read.
 */
export const stepDown = defineAction('posts', 'stepDown', {
  access: 'partyMembers',
  async run({ postId, reason }, { db, caller, now }) {
    const { claim, post, grid } = await loadMemberOnPost(db, caller._id, postId);
    const ending = stepDownFrom(claim, caller._id, reason, now);
    if (!claim || !post) throw new DomainError('NOT_FOUND', NOT_HOLDING);
    if (!(await releaseClaim(db, claim, ending))) throw new DomainError('NOT_FOUND', NOT_HOLDING);
    await appendEvent(
      db,
      postEvent('steppedDown', caller, now, { postId, memberId: caller._id, placeIds: post.placeIds, detail: { reason } }),
    );
    const nodes = new Map(grid ? [[grid._id, grid]] : []);
    return toClaimReceiptDto({ ...claim, ...ending }, post, { nodes, kinds: await loadKinds(db, now) });
  },
});
