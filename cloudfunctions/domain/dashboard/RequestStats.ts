import type { RequestState } from '../../contract/requests';
import type { ResidentRequest } from '../requests/ResidentRequest';

/** What a grid member (the one who resolved) contributes to the ranking. */
export interface MemberTally {
  name: string;
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
  members: Record<string, MemberTally>;
}

/** The figures of the requests filed in one grid in one (Beijing) month. */
export interface GridTally extends StatsTally {
  gridId: string;
  gridName: string;
}

/**
 * Documents of `requestStats`, id `<villageId>_<month>`: the figures of
 * every grid of one village for the requests filed in one month, rebuilt
 * whole from those requests whenever one of them changes. One document per
 * village (not per grid) keeps a county's year at some 3,600 documents.
 */
export interface RequestStatsBucket {
  _id: string;
  villageId: string;
  villageName: string;
  /** The village's places, root first, the village last. */
  placeIds: string[];
  month: string;
  /**
   * The grids' figures (`GridTally[]`) as one JSON text. Nothing queries
   * inside them, and the SDK decodes each field of a document on its own:
   * as one text a county's year is read and decoded in a fraction of the time.
   */
  figures: string;
  builtAt: Date;
}

/** One grid's figures for one month, as the view adds them up. */
export interface GridMonth extends GridTally {
  villageName: string;
  month: string;
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
    members: {},
  };
}
