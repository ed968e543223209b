import type { LogStatus } from '../posts/vocabulary';
import type { ServiceLog } from '../posts/ServiceLog';
import { chinaDateTime } from '../shared/chinaTime';
import type { LedgerSheet } from './LedgerSheet';

export const LOG_STATUS_LABELS: Record<LogStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '未通过',
};

/** Names the sheet needs that a log holds only as ids. */
export interface ServiceLogNames {
  member(id: string): string;
  place(id: string): string;
  post(id: string): string;
}

/** Party members' service logs (上岗履诺), one row each, with their verification. */
export function serviceLogSheet(logs: ServiceLog[], names: ServiceLogNames): LedgerSheet {
  const rows = logs.map((log) => [
    log.date,
    names.member(log.memberId),
    names.place(log.gridId),
    names.post(log.postId),
    log.hours,
    log.content,
    log.household ?? '',
    LOG_STATUS_LABELS[log.status],
    log.verifiedByName ?? '',
    log.verifiedAt ? chinaDateTime(log.verifiedAt) : '',
    log.rejectReason ?? '',
    chinaDateTime(log.createdAt),
  ]);
  return {
    name: '党员服务记录',
    columns: [
      { header: '服务日期', width: 12 },
      { header: '党员', width: 10 },
      { header: '网格', width: 12 },
      { header: '岗位', width: 20 },
      { header: '时长（小时）', width: 12 },
      { header: '服务内容', width: 40 },
      { header: '服务对象', width: 16 },
      { header: '审核状态', width: 10 },
      { header: '审核人', width: 10 },
      { header: '审核时间', width: 18 },
      { header: '未通过原因', width: 24 },
      { header: '记录时间', width: 18 },
    ],
    rows,
  };
}
