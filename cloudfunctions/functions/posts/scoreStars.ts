import { postEvent } from '../../domain/posts/PostEvent';
import type { StarScore } from '../../domain/posts/StarScore';
import { assertEvaluationYear, raterTypeFor, starScoreIdOf } from '../../domain/posts/stars';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { isDuplicateKey } from '../../shared/isDuplicateKey';
import { defineAction } from '../../shared/defineAction';
import { appendEvent } from './support/events';
import { findMember } from './support/loaders';
import { loadRaterContext } from './support/raterContext';

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
    try {
      await db.collection(COLLECTIONS.starScores).add({ data: score });
    } catch (error) {
      if (isDuplicateKey(error)) throw new DomainError('ALREADY_SCORED');
      throw error;
    }
    await appendEvent(db, postEvent('starsScored', caller, now, { memberId, placeIds: target.placeIds, detail: { year, raterType } }));
    return { memberId, year, raterType, scores };
  },
});
