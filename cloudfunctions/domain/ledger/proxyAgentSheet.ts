import { agentFigures, type FigureCase, type FigureSpan } from '../proxy/figures';
import type { LedgerSheet } from './LedgerSheet';

/**
 * 代办员统计: per agent, the figures an allowance is set from
 * (`domain/proxy/figures.ts`, the same as 代办统计 and the 工作台) for the
 * ledger's range, which each row names (统计期间) so a row copied elsewhere
 * still says what it counts.
 */
export function proxyAgentSheet(
  cases: readonly FigureCase[],
  span: FigureSpan & { label: string },
  names: { place(gridId: string): string },
): LedgerSheet {
  const rows = agentFigures(cases, span).map((row) => [
    span.label,
    row.agentName,
    names.place(row.gridId),
    row.received,
    row.handled,
    row.onTime,
    row.handled > 0 ? `${Math.round((row.onTime / row.handled) * 1000) / 10}%` : '暂无',
    row.ratings,
    row.averageStars ?? '暂无',
  ]);
  return {
    name: '代办员统计',
    columns: [
      { header: '统计期间', width: 26 },
      { header: '代办员', width: 10 },
      { header: '网格', width: 24 },
      { header: '收件数', width: 8 },
      { header: '交还办结数', width: 12 },
      { header: '按时办结数', width: 12 },
      { header: '按时办结率', width: 12 },
      { header: '评价人数', width: 10 },
      { header: '平均评分', width: 10 },
    ],
    rows,
  };
}
