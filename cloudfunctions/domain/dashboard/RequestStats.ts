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

/**
 * The figures of the requests filed in one grid in one (Beijing) month.
 * Documents of `requestStats`, id `<gridId>_<month>`, rebuilt whole from
 * the requests whenever one of them changes.
 */
export interface RequestStatsBucket extends StatsTally {
  _id: string;
  gridId: string;
  gridName: string;
  villageName: string;
  placeIds: string[];
  month: string;
  builtAt: Date;
}

/** The fields of a request the figures need (the rest is never read for them). */
export type StatsSource = Pick<
  ResidentRequest,
  'state' | 'categoryId' | 'categoryName' | 'createdAt' | 'resolvedAt' | 'resolution' | 'rating' | 'notSolvedCount'
> & { ledger: Array<{ kind: string; actor: { role: string } }> };

export const STATS_FIELDS = {
  _id: true,
  gridId: true,
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
