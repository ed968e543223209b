import type { RequestState } from '../requests/vocabulary';
import { STATE_LABELS } from '../requests/requestStates';
import { assess, type Assessment } from './assessment';
import type { ScopeFigures } from './RequestStats';
import { mergeTallies } from './tallyRequests';

export interface RankedGrid extends Assessment {
  id: string;
  name: string;
  village: string;
  total: number;
}

export interface RankedMember extends Assessment {
  id: string;
  name: string;
  grid: string;
}

/** The requests of a scope's months, summed. */
export interface RequestTotals {
  total: number;
  byState: Array<{ state: RequestState; label: string; count: number }>;
  byCategory: Array<{ id: string; name: string; count: number }>;
  finished: number;
  onTime: number;
  onTimeRate: number | null;
  /** Average hours from filing to resolution of finished requests. */
  avgResolveHours: number | null;
  rated: number;
  avgStars: number | null;
  /** Requests the resident reacted to (rated, or said 没解决). */
  feedback: number;
  notSolved: number;
  /** notSolved / feedback, 0..1. */
  notSolvedShare: number | null;
  /** 已解释 and 纳入规划: ended without a solution, outside finished and the ratings. */
  explained: number;
  planned: number;
}

export interface RequestFigures {
  requests: RequestTotals;
  /** Best first. */
  grids: RankedGrid[];
  /** Best first. */
  members: RankedMember[];
}

const STATE_ORDER = Object.keys(STATE_LABELS) as RequestState[];
const round1 = (value: number) => Math.round(value * 10) / 10;

/** One collator for every comparison: a county ranks thousands of names. */
const byName = new Intl.Collator('zh');

/** Ranked best first; equal scores by more work finished, then by name. Unscored last. */
function byScore<T extends { score: number | null; finished: number; name: string }>(a: T, b: T): number {
  if (a.score !== b.score) return (b.score ?? -1) - (a.score ?? -1);
  if (a.finished !== b.finished) return b.finished - a.finished;
  return byName.compare(a.name, b.name);
}

/** The request figures, grid ranking and member ranking of a scope's months. */
export function requestFigures(figures: ScopeFigures): RequestFigures {
  const all = mergeTallies(figures.tallies);
  const sums = new Map<string, ScopeFigures['grids'][number]>();
  for (const line of figures.grids) {
    const into = sums.get(line.gridId);
    if (!into) {
      sums.set(line.gridId, { ...line });
      continue;
    }
    into.total += line.total;
    into.finished += line.finished;
    into.onTime += line.onTime;
    into.rated += line.rated;
    into.starsSum += line.starsSum;
  }
  const grids: RankedGrid[] = [...sums.values()].map((g) => ({
    id: g.gridId,
    name: g.gridName,
    village: g.villageName,
    total: g.total,
    ...assess(g),
  }));
  const members: RankedMember[] = Object.entries(all.members).map(([id, m]) => ({
    id,
    name: m.name,
    grid: m.grid ?? '',
    ...assess(m),
  }));
  return {
    requests: {
      total: all.total,
      byState: STATE_ORDER.filter((s) => (all.byState[s] ?? 0) > 0).map((state) => ({
        state,
        label: STATE_LABELS[state],
        count: all.byState[state] ?? 0,
      })),
      byCategory: Object.entries(all.byCategory)
        .map(([id, c]) => ({ id, name: c.name, count: c.count }))
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
      finished: all.finished,
      onTime: all.onTime,
      onTimeRate: all.finished > 0 ? all.onTime / all.finished : null,
      avgResolveHours: all.finished > 0 ? round1(all.resolveMsSum / all.finished / 3_600_000) : null,
      rated: all.rated,
      avgStars: all.rated > 0 ? round1(all.starsSum / all.rated) : null,
      feedback: all.feedback,
      notSolved: all.notSolved,
      notSolvedShare: all.feedback > 0 ? all.notSolved / all.feedback : null,
      explained: all.explained ?? 0,
      planned: all.planned ?? 0,
    },
    grids: grids.sort(byScore),
    members: members.sort(byScore),
  };
}
