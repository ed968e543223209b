import { answersInWords } from '../catalog/checkAnswers';
import type { ResidentRequest } from '../requests/ResidentRequest';
import { STATE_LABELS } from '../requests/requestStates';
import { timelineFor } from '../requests/timeline';
import { planDay, stateLabelOf } from '../requests/planSteps';
import { chinaDateTime } from '../shared/chinaTime';
import type { LedgerSheet } from './LedgerSheet';

/** How the work ended: 办结, 已解释, 纳入规划 (a plan reopened for follow-up reads 纳入规划（已到期）); '' while open. */
function outcomeOf(request: ResidentRequest): string {
  const ended = request.state === 'resolved' || request.state === 'closed';
  const kind = ended ? request.resolution?.kind : undefined;
  if (kind === 'planned') return '纳入规划';
  if (kind === 'explained') return '已解释';
  if (ended && request.resolution) return '办结';
  return request.plan?.reopenedAt && request.planDueAt ? '纳入规划（已到期）' : '';
}

/**
 * Requests with their whole timelines: one row per step, the request's own
 * columns repeated on each, so the sheet can be filtered by request, place
 * or state. The steps read as the handlers read them (the requests domain's
 * own wording, internal notes included). The last columns say how it
 * ended: 办结, 已解释 or 纳入规划 with the plan and its date.
 */
export function requestSheet(requests: ResidentRequest[]): LedgerSheet {
  const rows = requests.flatMap((request) =>
    timelineFor(request, 'internal').map((entry) => [
      request.code,
      chinaDateTime(request.createdAt),
      request.categoryName,
      request.townshipName,
      request.villageName,
      request.gridName,
      request.residentName,
      request.residentPhone,
      request.text,
      answersInWords(request.answers),
      stateLabelOf(request),
      chinaDateTime(entry.at),
      entry.actor,
      entry.what,
      entry.note ?? '',
      STATE_LABELS[entry.state],
      entry.internal ? '是' : '否',
      outcomeOf(request),
      request.plan?.text ?? '',
      request.plan ? planDay(request.plan.targetDate) : '',
    ]),
  );
  return {
    name: '诉求办理',
    columns: [
      { header: '诉求编号', width: 16 },
      { header: '提交时间', width: 18 },
      { header: '类别', width: 12 },
      { header: '乡镇', width: 10 },
      { header: '村（社区）', width: 12 },
      { header: '网格', width: 12 },
      { header: '群众', width: 10 },
      { header: '联系电话', width: 14 },
      { header: '诉求内容', width: 40 },
      // The category's extra questions as asked and answered: 标签：答案；…
      { header: '补充信息', width: 30 },
      { header: '当前状态', width: 12 },
      { header: '办理时间', width: 18 },
      { header: '经办人', width: 18 },
      { header: '办理事项', width: 28 },
      { header: '说明', width: 40 },
      { header: '办理后状态', width: 12 },
      { header: '仅内部可见', width: 10 },
      { header: '办理结果', width: 10 },
      { header: '规划', width: 40 },
      { header: '计划完成日期', width: 16 },
    ],
    rows,
  };
}
