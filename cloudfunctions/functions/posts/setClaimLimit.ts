import { postEvent } from '../../domain/posts/PostEvent';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { appendEvent } from './support/events';
import { SETTINGS_ID } from './support/loaders';

/**
 * Admin: how many posts one member may hold at once (default 2). Lowering
 * it ends nobody's term; members above it just cannot claim more.
 */
export const setClaimLimit = defineAction('posts', 'setClaimLimit', {
  access: 'administrators',
  async run({ maxActivePosts }, { db, caller, now }) {
    await db
      .collection(COLLECTIONS.settings)
      .doc(SETTINGS_ID)
      .set({ data: { maxActivePostsPerMember: maxActivePosts, updatedAt: now, updatedBy: caller._id } });
    await appendEvent(db, postEvent('claimLimitChanged', caller, now, { detail: { maxActivePosts } }));
    return { maxActivePosts };
  },
});
