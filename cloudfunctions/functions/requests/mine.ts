import type { ResidentRequest } from '../../domain/requests/ResidentRequest';
import { FINAL_STATES, OPEN_STATES } from '../../domain/requests/requestStates';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { readDocs } from '../../shared/readDocs';
import { toSummaryDto } from './toRequestDto';

/**
 * 我的诉求: what the caller filed, what a grid member filed for their phone
 * number (代办), and what they follow; open ones or finished ones.
 */
export const mine = defineAction('requests', 'mine', {
  access: ['resident'],
  async run({ status }, { db, caller, now }) {
    const _ = db.command;
    const whose: Array<Record<string, unknown>> = [{ residentId: caller._id }, { followerIds: caller._id }];
    if (caller.phone) whose.push({ residentPhone: caller.phone });
    const states = status === 'open' ? OPEN_STATES : FINAL_STATES;
    const found = await readDocs<ResidentRequest>(
      db
        .collection(COLLECTIONS.requests)
        .where(_.and([_.or(whose), { state: _.in([...states]) }]))
        .orderBy('updatedAt', 'desc')
        .field({ ledger: false })
        .limit(100),
    );
    return { items: found.map((request) => toSummaryDto(request, caller, now)) };
  },
});
