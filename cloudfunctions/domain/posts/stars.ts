import { isIn } from '../people/audiences';
import type { RaterType, StarKey, StarScores } from './vocabulary';
import type { User } from '../people/User';
import { chinaYear } from '../shared/chinaTime';
import { DomainError } from '../shared/DomainError';
import type { PartyMember } from './PartyMember';

/** 学习星、实绩星、服务星、法纪星、正气星, in the order they are read out. */
export const STAR_KEYS: readonly StarKey[] = ['study', 'performance', 'service', 'discipline', 'integrity'];

export const RATER_TYPES: readonly RaterType[] = ['self', 'peer', 'resident', 'organisation'];

/**
 * How much each party's view counts (凉泉 practice: self, peers, residents,
 * organisation). When a party has not scored, the others are re-weighted.
 */
export const RATER_WEIGHTS: Record<RaterType, number> = { self: 0.1, peer: 0.2, resident: 0.3, organisation: 0.4 };

/** An aspect at or above this (of 100) earns its star. */
export const STAR_THRESHOLD = 80;

/** The scores of one party for one member: how many raters and the sum of their 1–5 scores per aspect. */
export interface RaterGroup {
  raterType: RaterType;
  count: number;
  sums: StarScores;
}

/** A member's stars for a year. */
export interface StarTotals {
  /** Per aspect, 0–100, weighted over the parties who scored; null when nobody has. */
  stars: Record<StarKey, number | null>;
  overall: number | null;
  /** Aspects at or above STAR_THRESHOLD. */
  starsEarned: number;
  /** How many raters of each party scored. */
  raters: Record<RaterType, number>;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * A member's five stars for a year. Each party's average (1–5) becomes
 * 20–100; the parties are combined by their weights.
 */
export function starTotals(groups: readonly RaterGroup[]): StarTotals {
  const raters: Record<RaterType, number> = { self: 0, peer: 0, resident: 0, organisation: 0 };
  for (const group of groups) raters[group.raterType] += group.count;
  const present = RATER_TYPES.filter((type) => raters[type] > 0);
  const weightSum = present.reduce((sum, type) => sum + RATER_WEIGHTS[type], 0);
  const stars = {} as Record<StarKey, number | null>;
  for (const key of STAR_KEYS) {
    if (present.length === 0) {
      stars[key] = null;
      continue;
    }
    let weighted = 0;
    for (const type of present) {
      const sum = groups.filter((g) => g.raterType === type).reduce((total, g) => total + g.sums[key], 0);
      weighted += RATER_WEIGHTS[type] * ((sum / raters[type]) * 20);
    }
    stars[key] = round1(weighted / weightSum);
  }
  const values = STAR_KEYS.map((key) => stars[key]).filter((value): value is number => value !== null);
  return {
    stars,
    overall: values.length ? round1(values.reduce((a, b) => a + b, 0) / values.length) : null,
    starsEarned: values.filter((value) => value >= STAR_THRESHOLD).length,
    raters,
  };
}

export interface RaterContext {
  caller: Pick<User, '_id' | 'roles' | 'staffScopeId'>;
  /** The caller's own registration, if any. */
  callerMember: Pick<PartyMember, 'status' | 'branchId' | 'villageId'> | null;
  /** The village of the caller's home grid. */
  callerVillageId: string | null;
  /** Branches the caller is secretary of. */
  secretaryOf: readonly string[];
}

/**
 * As whom the caller scores a member, the strongest standing first:
 * the member themselves; the organisation (staff over the member's
 * community, or the member's branch secretary); a peer (an approved member
 * of the same branch or village); a resident of the member's village.
 */
export function raterTypeFor(
  context: RaterContext,
  target: Pick<PartyMember, '_id' | 'status' | 'branchId' | 'villageId' | 'placeIds'>,
): RaterType {
  if (target.status !== 'approved') throw new DomainError('NOT_FOUND', '没有找到这位党员');
  const { caller, callerMember } = context;
  if (caller._id === target._id) return 'self';
  const isStaff = isIn(caller, 'staff');
  if (isStaff && caller.staffScopeId && target.placeIds.includes(caller.staffScopeId)) return 'organisation';
  if (context.secretaryOf.includes(target.branchId)) return 'organisation';
  if (callerMember?.status === 'approved' && (callerMember.branchId === target.branchId || callerMember.villageId === target.villageId)) {
    return 'peer';
  }
  if (isIn(caller, 'residents') && context.callerVillageId === target.villageId) return 'resident';
  throw new DomainError('OUT_OF_JURISDICTION', '您不能为这位党员评分');
}

/** The evaluation of a year runs through that year and the next (民主评议 at year end). */
export function assertEvaluationYear(year: number, now: Date): void {
  const current = chinaYear(now);
  if (year !== current && year !== current - 1) {
    throw new DomainError('INVALID_INPUT', undefined, [{ path: 'year', message: '只能为今年或去年评分' }]);
  }
}

export function starScoreIdOf(year: number, memberId: string, raterId: string): string {
  return `${year}:${memberId}:${raterId}`;
}
