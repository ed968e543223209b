import { answersInWords } from '../catalog/checkAnswers';
import type { ResidentRequest } from '../requests/ResidentRequest';
import { STATE_LABELS } from '../requests/requestStates';
import { timelineFor } from '../requests/timeline';
import { chinaDateTime } from '../shared/chinaTime';
import type { LedgerSheet } from './LedgerSheet';

/**
 * Requests with their whole timelines: one row per step, the request's own
 * columns repeated on each, so the sheet can be filtered by request, place
 * or state. The steps read as the handlers read them (the requests domain's
 * own wording, internal notes included).
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
      STATE_LABELS[request.state],
      chinaDateTime(entry.at),
      entry.actor,
      entry.what,
      entry.note ?? '',
      STATE_LABELS[entry.state],
      entry.internal ? '是' : '否',
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
    ],
    rows,
  };
}
