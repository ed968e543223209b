import { postEvent } from '../../domain/posts/PostEvent';
import type { ServiceLog } from '../../domain/posts/ServiceLog';
import { decideServiceLog, verifierRoleFor } from '../../domain/posts/serviceLogRules';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { updatedCount } from '../../shared/dbResults';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { toServiceLogDto } from './support/dto';
import { appendEvent } from './support/events';
import { secretaryBranches } from './support/loaders';
import { loadLogContext } from './support/logContext';

/**
 * A grid member of the log's grid or the member's branch secretary approves
 * or rejects a pending log (with a reason). Decided once: a second decision
 * finds it no longer pending.
 */
export const verifyLog = defineAction('posts', 'verifyLog', {
  access: 'cadresAndPartyMembers',
  async run({ logId, decision, reason }, { db, caller, now }) {
    const [log, branches] = await Promise.all([
      findById<ServiceLog>(db, COLLECTIONS.serviceLogs, logId),
      secretaryBranches(db, caller._id),
    ]);
    if (!log) throw new DomainError('NOT_FOUND', '没有找到这条服务记录');
    const role = verifierRoleFor(caller, log, branches.find((branch) => branch._id === log.branchId) ?? null);
    const patch = decideServiceLog(log, caller, decision, reason, now);
    const changed = await updatedCount(
      db.collection(COLLECTIONS.serviceLogs).where({ _id: logId, status: 'pending' }).update({ data: patch }),
    );
    if (changed !== 1) throw new DomainError('CONFLICT', '这条服务记录已经审核过了');
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
    return toServiceLogDto(decided, await loadLogContext(db, [decided]));
  },
});
