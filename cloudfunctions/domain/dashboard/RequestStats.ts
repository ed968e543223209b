import type { RequestState } from '../requests/vocabulary';
import type { ResidentRequest } from '../requests/ResidentRequest';

/** What a grid member (the one who resolved) contributes to the ranking. */
export interface MemberTally {
  name: string;
  /** Where the member served, "村 网格" (the first grid seen, once tallies of several grids are added up). */
  grid?: string;
  finished: number;
  onTime: number;
  rated: number;
  starsSum: number;
}

/** The sums the dashboard adds up; every figure is derived from them. */
export interface StatsTally {
  total: number;
  byState: Partial<Record<RequestState, number>>;
  byCategory: Record<string, { name: string; count: number }>;
  finished: number;
  onTime: number;
  resolveMsSum: number;
  rated: number;
  starsSum: number;
  feedback: number;
  notSolved: number;
  /** 已解释 / 纳入规划 (absent in figures built before them): not finished, not in 满意率. */
  explained?: number;
  planned?: number;
  members: Record<string, MemberTally>;
}

/** The figures of the requests filed in one grid in one (China) month. */
export interface GridTally extends StatsTally {
  gridId: string;
  gridName: string;
}

/** What a grid's ranking needs of a month: a line of five sums. */
export type GridLine = Pick<GridTally, 'gridId' | 'gridName' | 'total' | 'finished' | 'onTime' | 'rated' | 'starsSum'>;

/** A village's month as the wider views read it: its whole tally (members named with their grid) and a line per grid. */
export interface VillageFigures {
  tally: StatsTally;
  grids: GridLine[];
}

/**
 * Documents of `requestStats`, id `<villageId>_<month>`: the figures of one
 * village for the requests filed in one month, rebuilt whole from those
 * requests whenever one of them changes. One document per village (not per
 * grid) keeps a county's year at some 3,600 documents. The figures are JSON
 * texts: nothing queries inside them, and the SDK decodes each field of a
 * document on its own, so as one text a county's year is read in a
 * fraction of the time.
 */
export interface RequestStatsBucket {
  _id: string;
  villageId: string;
  villageName: string;
  /** The village's places, root first, the village last. */
  placeIds: string[];
  month: string;
  /** `VillageFigures` as JSON: what a village, township or county view reads. */
  figures: string;
  /** `GridTally[]` as JSON: read only for a staff member of one grid. */
  gridFigures: string;
  builtAt: Date;
}

/** The figures a view adds up: whole tallies for the totals and the members, lines for the grids' ranking. */
export interface ScopeFigures {
  tallies: StatsTally[];
  grids: Array<GridLine & { villageName: string }>;
}

/** The fields of a request the figures need (the rest is never read for them). */
export type StatsSource = Pick<
  ResidentRequest,
  'state' | 'categoryId' | 'categoryName' | 'createdAt' | 'resolvedAt' | 'resolution' | 'rating' | 'notSolvedCount'
> & { ledger: Array<{ kind: string; actor: { role: string } }> };

export const STATS_FIELDS = {
  _id: true,
  gridId: true,
  villageId: true,
  gridName: true,
  villageName: true,
  placeIds: true,
  state: true,
  categoryId: true,
  categoryName: true,
  createdAt: true,
  resolvedAt: true,
  resolution: true,
  rating: true,
  notSolvedCount: true,
  'ledger.kind': true,
  'ledger.actor.role': true,
} as const;

export function emptyTally(): StatsTally {
  return {
    total: 0,
    byState: {},
    byCategory: {},
    finished: 0,
    onTime: 0,
    resolveMsSum: 0,
    rated: 0,
    starsSum: 0,
    feedback: 0,
    notSolved: 0,
    explained: 0,
    planned: 0,
    members: {},
  };
}
