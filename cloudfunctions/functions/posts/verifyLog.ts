import { postEvent } from '../../domain/posts/PostEvent';
import { decideServiceLog, verifierRoleFor } from '../../domain/posts/serviceLogRules';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { toServiceLogDto } from './support/dto';
import { loadLogContext } from './support/logContext';
import { decidePendingLog, findLog } from './support/logStore';
import { appendEvent, secretaryBranches } from './support/store';

/**
 * A grid member of the log's grid or the member's branch secretary approves
 * or rejects a pending log (with a reason). Decided once: a second decision
 * finds it no longer pending.
 */
export const verifyLog = defineAction('posts', 'verifyLog', {
  access: 'cadresAndPartyMembers',
  async run({ logId, decision, reason }, { db, caller, now }) {
    const [log, branches] = await Promise.all([findLog(db, logId), secretaryBranches(db, caller._id)]);
    if (!log) throw new DomainError('NOT_FOUND', '没有找到这条服务记录');
    const role = verifierRoleFor(caller, log, branches.find((branch) => branch._id === log.branchId) ?? null);
    const patch = decideServiceLog(log, caller, decision, reason, now);
    if (!(await decidePendingLog(db, logId, patch))) throw new DomainError('CONFLICT', '这条服务记录已经审核过了');
    await appendEvent(
      db,
      postEvent(patch.status === 'approved' ? 'logApproved' : 'logRejected', caller, now, {
        postId: log.postId,
        memberId: log.memberId,
        logId,
        placeIds: log.placeIds,
        detail: { as: role, hours: log.hours, reason: patch.rejectReason },
      }),
    );
    const decided = { ...log, ...patch };
    return toServiceLogDto(decided, await loadLogContext(db, now, [decided]));
  },
});
