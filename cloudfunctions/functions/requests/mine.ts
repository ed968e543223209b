import { ownsRequest } from '../../domain/requests/access';
import { FINAL_STATES, OPEN_STATES } from '../../domain/requests/requestStates';
import { defineAction } from '../../shared/defineAction';
import { pageOfMyRequests } from '../../shared/requests/requestStore';
import { toSummaryDto } from '../../shared/requests/toRequestDto';

/**
 * 我的诉求: what the caller filed, what a grid member filed for their
 * verified phone number (代办), and what they follow; open ones or finished
 * ones, a page at a time with how many there are.
 */
export const mine = defineAction('requests', 'mine', {
  access: 'residents',
  async run({ status, after }, { db, caller, now }) {
    const states = status === 'open' ? OPEN_STATES : FINAL_STATES;
    const page = await pageOfMyRequests(db, caller, states, after, now);
    // The query is the index's shape; ownsRequest has the last word on 代办.
    const theirs = page.docs.filter((request) => ownsRequest(caller, request) || request.followerIds.includes(caller._id));
    return { items: theirs.map((request) => toSummaryDto(request, caller, now)), total: page.total, next: page.next };
  },
});
