import { fromChinaWallClock } from '../shared/chinaTime';
import { DomainError } from '../shared/DomainError';
import type { ProxyCase } from './ProxyCase';
import { PROXY_STAGES, type FigurePeriodKind } from './vocabulary';

export interface FigurePeriod {
  kind: FigurePeriodKind;
  year: number;
  /** 1–12 for a month, 1–4 for a quarter. */
  number: number;
}

/** The instants a period spans in China time: [from, to). */
export function periodRange(period: FigurePeriod): { from: Date; to: Date } {
  const months = period.kind === 'month' ? 1 : 3;
  const last = period.kind === 'month' ? 12 : 4;
  if (!Number.isInteger(period.number) || period.number < 1 || period.number > last) {
    throw new DomainError('INVALID_INPUT', period.kind === 'month' ? '月份应在1到12之间' : '季度应在1到4之间', [
      { path: 'number', message: '请重新选择' },
    ]);
  }
  const firstMonth = (period.number - 1) * months;
  return {
    from: fromChinaWallClock(Date.UTC(period.year, firstMonth, 1)),
    to: fromChinaWallClock(Date.UTC(period.year, firstMonth + months, 1)),
  };
}

/** On time: handed back, and every stage done by its own deadline. */
export function isOnTime(proxyCase: Pick<ProxyCase, 'stage' | 'stages'>): boolean {
  if (proxyCase.stage !== 'done') return false;
  return PROXY_STAGES.every((stage) => {
    const { deadline, doneAt } = proxyCase.stages[stage];
    return deadline !== null && doneAt !== null && doneAt.getTime() <= deadline.getTime();
  });
}

/** One agent's figures for a period: what the allowance (代办补贴) is set from. */
export interface AgentFigures {
  agentId: string;
  agentName: string;
  /** Cases handed back in the period. */
  handled: number;
  /** Of those, done within every stage's limit. */
  onTime: number;
  /** Residents' ratings of those cases. */
  ratings: number;
  /** Average stars, one decimal; null with no rating. */
  averageStars: number | null;
}

/**
 * Figures per agent from the cases handed back in a period ("根据代办件数和
 * 群众测评结果"): handled, on time, ratings and their average. Agents with the
 * most cases first, then by name.
 */
export function agentFigures(cases: readonly Pick<ProxyCase, 'agentId' | 'agentName' | 'stage' | 'stages' | 'rating'>[]): AgentFigures[] {
  const byAgent = new Map<string, AgentFigures & { starSum: number }>();
  for (const proxyCase of cases) {
    if (proxyCase.stage !== 'done') continue;
    const row = byAgent.get(proxyCase.agentId) ?? {
      agentId: proxyCase.agentId,
      agentName: proxyCase.agentName,
      handled: 0,
      onTime: 0,
      ratings: 0,
      averageStars: null,
      starSum: 0,
    };
    row.handled += 1;
    if (isOnTime(proxyCase)) row.onTime += 1;
    if (proxyCase.rating) {
      row.ratings += 1;
      row.starSum += proxyCase.rating.stars;
    }
    byAgent.set(proxyCase.agentId, row);
  }
  return [...byAgent.values()]
    .map(({ starSum, ...row }) => ({ ...row, averageStars: row.ratings > 0 ? Math.round((starSum / row.ratings) * 10) / 10 : null }))
    .sort((a, b) => b.handled - a.handled || a.agentName.localeCompare(b.agentName, 'zh'));
}
