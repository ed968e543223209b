import { postEvent } from '../../domain/posts/PostEvent';
import { defineAction } from '../../shared/defineAction';
import { saveClaimLimit } from './support/settingsCache';
import { appendEvent } from './support/store';

/**
 * Admin: how many posts one member may hold at once (default 2). Lowering
 * it ends nobody's term; members above it just cannot claim more.
 */
export const setClaimLimit = defineAction('posts', 'setClaimLimit', {
  access: 'administrators',
  async run({ maxActivePosts }, { db, caller, now }) {
    await saveClaimLimit(db, maxActivePosts, caller._id, now);
    await appendEvent(db, postEvent('claimLimitChanged', caller, now, { detail: { maxActivePosts } }));
    return { maxActivePosts };
  },
});
