import type { ResidentRequest } from '../../domain/requests/ResidentRequest';
import { ownsRequest } from '../../domain/requests/access';
import { FINAL_STATES, OPEN_STATES } from '../../domain/requests/requestStates';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { readDocs } from '../../shared/readDocs';
import { toSummaryDto } from '../../shared/requests/toRequestDto';

/**
 * 我的诉求: what the caller filed, what a grid member filed for their
 * verified phone number (代办), and what they follow; open ones or finished ones.
 */
export const mine = defineAction('requests', 'mine', {
  access: 'residents',
  async run({ status }, { db, caller, now }) {
    const _ = db.command;
    const whose: Array<Record<string, unknown>> = [{ residentId: caller._id }, { followerIds: caller._id }];
    // 代办 for the number WeChat verified for the caller; never a typed one. Only a
    // request filed without an account (residentId null) is theirs by phone: ownsRequest decides.
    if (caller.phone) whose.push({ residentPhone: caller.phone, proxy: true });
    const states = status === 'open' ? OPEN_STATES : FINAL_STATES;
    const found = await readDocs<ResidentRequest>(
      db
        .collection(COLLECTIONS.requests)
        .where(_.and([_.or(whose), { state: _.in([...states]) }]))
        .orderBy('updatedAt', 'desc')
        .field({ ledger: false })
        .limit(100),
    );
    const theirs = found.filter((request) => ownsRequest(caller, request) || request.followerIds.includes(caller._id));
    return { items: theirs.map((request) => toSummaryDto(request, caller, now)) };
  },
});
