import { postEvent } from '../../domain/posts/PostEvent';
import type { StarScore } from '../../domain/posts/StarScore';
import { assertEvaluationYear, raterTypeFor, starScoreIdOf } from '../../domain/posts/stars';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { addStarScore } from './support/memberStore';
import { loadRaterContext } from './support/raterContext';
import { appendEvent, findMember } from './support/store';

/**
 * Scores a member's five stars for a year, once per rater; the party the
 * rater speaks for is decided here, never taken from the payload.
 */
export const scoreStars = defineAction('posts', 'scoreStars', {
  access: 'everyone',
  async run({ memberId, year, scores }, { db, caller, now }) {
    assertEvaluationYear(year, now);
    const [target, context] = await Promise.all([findMember(db, memberId), loadRaterContext(db, caller)]);
    if (!target) throw new DomainError('NOT_FOUND', '没有找到这位党员');
    const raterType = raterTypeFor(context, target);
    const score: StarScore = {
      _id: starScoreIdOf(year, memberId, caller._id),
      year,
      memberId,
      raterId: caller._id,
      raterType,
      scores,
      branchId: target.branchId,
      placeIds: target.placeIds,
      at: now,
    };
    if (!(await addStarScore(db, score))) throw new DomainError('ALREADY_SCORED');
    await appendEvent(db, postEvent('starsScored', caller, now, { memberId, placeIds: target.placeIds, detail: { year, raterType } }));
    return { memberId, year, raterType, scores };
  },
});
