import { requireStep } from '../../domain/requests/access';
import { defineAction } from '../../shared/defineAction';
import { loadRequest } from '../../shared/requests/requestStore';
import { removeFollower } from './support/store';

export const unfollow = defineAction('requests', 'unfollow', {
  access: 'residents',
  async run({ requestId }, { db, caller }) {
    const request = await loadRequest(db, requestId);
    requireStep(caller, request, 'unfollow');
    await removeFollower(db, request._id, caller._id);
    return { requestId: request._id, following: false as const };
  },
});
