import type { RaterType, StarScores } from './vocabulary';

/** One rater's scores of one member for one year; one per rater, never changed. */
export interface StarScore {
  _id: string;
  year: number;
  memberId: string;
  raterId: string;
  raterType: RaterType;
  scores: StarScores;
  branchId: string;
  placeIds: string[];
  at: Date;
}
