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
  /** The grid most of the agent's cases of the period lie in: where the agent works. */
  gridId: string;
  /** Cases opened (收件) in the period. */
  received: number;
  /** Cases handed back (交还) in the period. */
  handled: number;
  /** Of those, done within every stage's limit. */
  onTime: number;
  /** Residents' ratings of those cases. */
  ratings: number;
  /** Average stars, one decimal; null with no rating. */
  averageStars: number | null;
}

/** The fields of a case the figures read. */
export type FigureCase = Pick<ProxyCase, 'agentId' | 'agentName' | 'gridId' | 'stage' | 'stages' | 'rating' | 'createdAt' | 'returnedAt'>;

/** [from, to): the instants the figures count. */
export interface FigureSpan {
  from: Date;
  to: Date;
}

function within(at: Date | null, span: FigureSpan): boolean {
  return at !== null && at.getTime() >= span.from.getTime() && at.getTime() < span.to.getTime();
}

/**
 * The order an allowance is decided in: most cases handed back first, then
 * most on time, then the better rated (unrated last), then most received,
 * then by name (and id, so equal rows keep one order across pages).
 */
export function compareAgentFigures(a: AgentFigures, b: AgentFigures): number {
  return (
    b.handled - a.handled ||
    b.onTime - a.onTime ||
    (b.averageStars ?? -1) - (a.averageStars ?? -1) ||
    b.received - a.received ||
    a.agentName.localeCompare(b.agentName, 'zh') ||
    (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0)
  );
}

/**
 * One agent's cases of a period in one grid, counted: by `tallyCases`, or
 * by the database in one grouped read (the dashboard's pages).
 */
export interface AgentGridTally {
  agentId: string;
  /** The name on the first of these cases. */
  agentName: string;
  gridId: string;
  /** Cases opened or handed back in the span. */
  cases: number;
  received: number;
  handled: number;
  onTime: number;
  ratings: number;
  starSum: number;
}

function emptyTally(proxyCase: FigureCase): AgentGridTally {
  const { agentId, agentName, gridId } = proxyCase;
  return { agentId, agentName, gridId, cases: 0, received: 0, handled: 0, onTime: 0, ratings: 0, starSum: 0 };
}

function tallyCase(row: AgentGridTally, proxyCase: FigureCase, span: FigureSpan): void {
  row.cases += 1;
  if (within(proxyCase.createdAt, span)) row.received += 1;
  if (proxyCase.stage !== 'done' || !within(proxyCase.returnedAt, span)) return;
  row.handled += 1;
  if (isOnTime(proxyCase)) row.onTime += 1;
  if (proxyCase.rating) {
    row.ratings += 1;
    row.starSum += proxyCase.rating.stars;
  }
}

/** The cases opened or handed back in the span, counted per agent and grid, in the order each was first met. */
export function tallyCases(cases: readonly FigureCase[], span: FigureSpan): AgentGridTally[] {
  const byAgentGrid = new Map<string, AgentGridTally>();
  for (const proxyCase of cases) {
    if (!within(proxyCase.createdAt, span) && !within(proxyCase.returnedAt, span)) continue;
    const key = JSON.stringify([proxyCase.agentId, proxyCase.gridId]);
    const row = byAgentGrid.get(key) ?? emptyTally(proxyCase);
    tallyCase(row, proxyCase, span);
    byAgentGrid.set(key, row);
  }
  return [...byAgentGrid.values()];
}

type AgentSum = Omit<AgentGridTally, 'gridId' | 'cases'> & { grids: Map<string, number> };

/** The grid with the most of the agent's cases (the first met of equals). */
function mainGrid(grids: Map<string, number>): string {
  let best = '';
  let most = 0;
  for (const [gridId, count] of grids) {
    if (count > most) [best, most] = [gridId, count];
  }
  return best;
}

/**
 * Figures per agent from their tallies, in the order of
 * `compareAgentFigures`. `tallies` come in the order their first case was
 * met (the cases oldest first): the agent's name is that of their first
 * case, and of grids with as many cases the first met is where they work.
 * An agent and grid may come in several tallies; they add up.
 */
export function figuresOfTallies(tallies: readonly AgentGridTally[]): AgentFigures[] {
  const byAgent = new Map<string, AgentSum>();
  for (const { gridId, cases, ...tally } of tallies) {
    const sum = byAgent.get(tally.agentId) ?? { ...tally, received: 0, handled: 0, onTime: 0, ratings: 0, starSum: 0, grids: new Map() };
    sum.grids.set(gridId, (sum.grids.get(gridId) ?? 0) + cases);
    sum.received += tally.received;
    sum.handled += tally.handled;
    sum.onTime += tally.onTime;
    sum.ratings += tally.ratings;
    sum.starSum += tally.starSum;
    byAgent.set(tally.agentId, sum);
  }
  return [...byAgent.values()]
    .map(({ starSum, grids, ...row }) => ({
      ...row,
      gridId: mainGrid(grids),
      averageStars: row.ratings > 0 ? Math.round((starSum / row.ratings) * 10) / 10 : null,
    }))
    .sort(compareAgentFigures);
}

/**
 * Figures per agent for a period ("根据代办件数和群众测评结果"): the cases
 * received (opened) in it, and of those handed back in it how many were on
 * time, how many residents rated them and their average. `cases` are the
 * cases opened or handed back in the span (others count nowhere). In the
 * order of `compareAgentFigures`.
 */
export function agentFigures(cases: readonly FigureCase[], span: FigureSpan): AgentFigures[] {
  return figuresOfTallies(tallyCases(cases, span));
}
