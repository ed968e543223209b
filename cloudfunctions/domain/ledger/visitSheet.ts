import { maskPhone } from '../posts/maskPhone';
import { chinaDateTime } from '../shared/chinaTime';
import type { Visit, VisitProblem } from '../visits/Visit';
import type { CadreLevel, CallbackVerdict, VisitKind } from '../visits/vocabulary';
import type { LedgerSheet } from './LedgerSheet';

export const VISIT_KIND_LABELS: Record<VisitKind, string> = { visit: '走访', callback: '回访', talk: '恳谈', aidDelivery: '帮扶送达' };
export const CADRE_LEVEL_LABELS: Record<CadreLevel, string> = { county: '县直干部', township: '乡镇干部', village: '村组干部' };
export const VERDICT_LABELS: Record<CallbackVerdict, string> = { confirmed: '走访属实', partly: '部分属实', notConfirmed: '走访不属实' };

/** What the sheet needs that a visit holds only as ids. */
export interface VisitSheetNames {
  place(id: string): string;
  /** The household head's phone as stored ('' if none); the sheet masks it. */
  headPhone(householdId: string): string;
}

function problemText(problem: VisitProblem): string {
  const filed = problem.requestCode ? `→诉求${problem.requestCode}` : '（未转成诉求）';
  return `${problem.categoryName}：${problem.text}${filed}`;
}

function callbackText(visit: Visit): string {
  const callback = visit.callback;
  if (!callback) return '';
  if (!callback.outcome) return `待回访（${callback.markedBy.name}：${callback.reason}）`;
  const { verdict, text, by } = callback.outcome;
  return `${VERDICT_LABELS[verdict]}（${by.name}${text ? `：${text}` : ''}）`;
}

/**
 * 民情走访: the visits of the period, one row per visit and household (a
 * visit to two households is two rows, so the sheet filters by household),
 * with the problems found and what they became and the 回访. The ledger is a
 * file that leaves the system: households' phones are masked; whoever needs
 * to call finds the number in the household's record.
 */
export function visitSheet(visits: Visit[], names: VisitSheetNames): LedgerSheet {
  const rows = visits.flatMap((visit) =>
    visit.households.map((household) => {
      const phone = names.headPhone(household.id);
      const problems = visit.problems.filter((problem) => problem.householdId === household.id);
      return [
        visit.day,
        chinaDateTime(visit.at),
        visit.cadreName,
        CADRE_LEVEL_LABELS[visit.cadreLevel],
        VISIT_KIND_LABELS[visit.kind],
        names.place(visit.placeIds[1] ?? ''),
        names.place(visit.placeIds[2] ?? ''),
        names.place(visit.gridId),
        household.label,
        phone ? maskPhone(phone) : '',
        visit.seen,
        visit.said,
        visit.help,
        problems.map(problemText).join('\n'),
        callbackText(visit),
        visit.photos.length,
        visit.location?.address ?? '',
        chinaDateTime(visit.createdAt),
      ];
    }),
  );
  return {
    name: '民情走访',
    columns: [
      { header: '走访日期', width: 12 },
      { header: '走访时间', width: 18 },
      { header: '干部', width: 10 },
      { header: '干部级别', width: 10 },
      { header: '方式', width: 10 },
      { header: '乡镇', width: 10 },
      { header: '村（社区）', width: 12 },
      { header: '网格', width: 12 },
      { header: '走访对象', width: 24 },
      { header: '户主电话', width: 14 },
      { header: '所见', width: 40 },
      { header: '所谈', width: 40 },
      { header: '帮扶', width: 24 },
      { header: '发现问题', width: 40 },
      { header: '回访', width: 28 },
      { header: '照片（张）', width: 10 },
      { header: '地点', width: 20 },
      { header: '记录时间', width: 18 },
    ],
    rows,
  };
}
