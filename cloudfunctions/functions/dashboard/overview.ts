import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { monthsBetween } from '../../domain/dashboard/chinaMonth';
import { requestFigures } from '../../domain/dashboard/requestFigures';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { COLLECTIONS } from '../../shared/collections';
import { findById } from '../../shared/findById';
import { messageFigures, overdueList } from './support/attentionLists';
import { postFigures, serviceDayFigures } from './support/activityFigures';
import { loadScopeFigures, statsAsOf } from './support/statsStore';
import { toRequestFiguresDto } from './support/toDto';

const MAX_MONTHS = 24;

/**
 * The staff member's dashboard: the request figures are the sums of the
 * (village, month) buckets the timer keeps up to date (`asOf` says until when);
 * the 督办 list, the unanswered messages, service days and posts are read
 * live through their indexes. No view reads every request.
 */
export const overview = defineAction('dashboard', 'overview', {
  access: 'staff',
  run: async (input, { db, caller, now }) => {
    if (!caller.staffScopeId) throw new DomainError('FORBIDDEN');
    const months = monthsBetween(input.from, input.to);
    if (months.length > MAX_MONTHS) {
      throw new DomainError('INVALID_INPUT', '一次最多查看24个月', [{ path: 'from', message: '时间跨度太长' }]);
    }
    const scope = await findById<JurisdictionNode>(db, COLLECTIONS.nodes, caller.staffScopeId);
    if (!scope) throw new DomainError('NOT_FOUND', '没有找到您负责的辖区，请联系管理员');
    const [asOf, buckets, overdue, serviceDays, posts, messages] = await Promise.all([
      statsAsOf(db),
      loadScopeFigures(db, scope, months),
      overdueList(db, scope._id, now),
      serviceDayFigures(db, scope._id, months),
      postFigures(db, scope._id, months),
      messageFigures(db, scope._id, now),
    ]);
    return {
      scope: { id: scope._id, name: scope.name },
      period: { from: input.from, to: input.to },
      asOf: asOf ? asOf.toISOString() : null,
      ...toRequestFiguresDto(requestFigures(buckets)),
      overdue,
      serviceDays,
      posts,
      messages,
    };
  },
});
