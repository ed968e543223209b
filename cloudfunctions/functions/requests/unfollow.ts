import { requireStep } from '../../domain/requests/access';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { loadRequest } from '../../shared/requests/requestStore';

export const unfollow = defineAction('requests', 'unfollow', {
  access: 'residents',
  async run({ requestId }, { db, caller }) {
    const request = await loadRequest(db, requestId);
    requireStep(caller, request, 'unfollow');
    await db
      .collection(COLLECTIONS.requests)
      .doc(request._id)
      .update({ data: { followerIds: db.command.pull(caller._id) } });
    return { requestId: request._id, following: false as const };
  },
});
