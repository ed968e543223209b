import { requireSight } from '../../domain/requests/access';
import { defineAction } from '../../shared/defineAction';
import { loadRequest } from '../../shared/requests/requestStore';
import { toDetailDto } from '../../shared/requests/toRequestDto';

/** One request as the caller may see it: the owner everything but internal notes, followers the public timeline. */
export const detail = defineAction('requests', 'detail', {
  access: 'everyone',
  async run({ requestId }, { db, caller, now }) {
    const request = await loadRequest(db, requestId);
    requireSight(caller, request);
    return toDetailDto(db, request, caller, now);
  },
});
