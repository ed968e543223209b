import { relationOf, requireStep } from '../../domain/requests/access';
import { assertFollowable } from '../../domain/requests/requestStates';
import { defineAction } from '../../shared/defineAction';
import { loadRequest } from '../../shared/requests/requestStore';
import { toDetailDto } from '../../shared/requests/toRequestDto';
import { addFollower } from './support/store';

/**
 * Follow a request someone else filed (instead of filing the same again): its
 * public timeline becomes visible. Following again (a retry) changes nothing.
 */
export const follow = defineAction('requests', 'follow', {
  access: 'residents',
  async run({ requestId }, { db, caller, now }) {
    const request = await loadRequest(db, requestId);
    if (relationOf(caller, request).follower) return toDetailDto(db, request, caller, now);
    requireStep(caller, request, 'follow');
    assertFollowable(request.state);
    await addFollower(db, request._id, caller._id);
    return toDetailDto(db, { ...request, followerIds: [...request.followerIds, caller._id] }, caller, now);
  },
});
