import { postEvent } from '../../domain/posts/PostEvent';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { saveClaimLimit } from './support/settingsCache';
import { appendEvent } from './support/store';

/**
 * Admin: how many posts one member may hold at once (default 2). Lowering
 * it ends nobody's term; members above it just cannot claim more. Saved on
 * the version the screen showed (StaffPostsDto.claimLimitVersion): another
 * administrator's save meanwhile is CONFLICT, not overwritten; the same save
 * sent again after its answer was lost is answered as done.
 */
export const setClaimLimit = defineAction('posts', 'setClaimLimit', {
  access: 'administrators',
  async run({ maxActivePosts, version }, { db, caller, now, editFingerprint }) {
    const outcome = await saveClaimLimit(db, { maxActivePosts, version }, editFingerprint(), caller._id, now);
    if (!outcome) throw new DomainError('CONFLICT', '刚刚有其他管理员改过认领上限，请刷新后再改');
    // A resend of the save that made the stored version is answered with it, and logged once.
    if (outcome.made) await appendEvent(db, postEvent('claimLimitChanged', caller, now, { detail: { maxActivePosts } }));
    return outcome.saved;
  },
});
