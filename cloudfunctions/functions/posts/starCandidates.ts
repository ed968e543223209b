import type { RaterType, StarCandidateDto } from '../../contract/posts';
import { isIn } from '../../domain/people/audiences';
import { assertEvaluationYear, RATER_TYPES, raterTypeFor } from '../../domain/posts/stars';
import { chinaYear } from '../../domain/shared/chinaTime';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { branchOf, placeOf } from './support/dto';
import { approvedMembersIn, scoresGivenBy } from './support/memberStore';
import { loadRaterContext } from './support/raterContext';
import { loadBranches, loadNodes } from './support/store';

/** At most this many members are offered at once; staff of a township narrow it by village in the page. */
const MAX_CANDIDATES = 300;

/**
 * The members the caller may score in a year's five-star evaluation, as
 * whom (self, peer, resident, organisation), and the scores already given.
 */
export const starCandidates = defineAction('posts', 'starCandidates', {
  access: 'everyone',
  async run(input, { db, caller, now }) {
    const year = input.year ?? chinaYear(now);
    assertEvaluationYear(year, now);
    const context = await loadRaterContext(db, caller);
    const _ = db.command;
    const own = context.callerMember?.status === 'approved' ? context.callerMember : null;
    const isStaff = isIn(caller, 'staff');
    const reach: Array<Record<string, unknown>> = [
      ...(own ? [{ _id: own._id }, { villageId: own.villageId }, { branchId: own.branchId }] : []),
      ...(isStaff && caller.staffScopeId ? [{ placeIds: caller.staffScopeId }] : []),
      ...(context.secretaryOf.length ? [{ branchId: _.in([...context.secretaryOf]) }] : []),
      ...(isIn(caller, 'residents') && context.callerVillageId ? [{ villageId: context.callerVillageId }] : []),
    ];
    if (reach.length === 0) return { year, candidates: [] };
    const [members, given] = await Promise.all([approvedMembersIn(db, reach, MAX_CANDIDATES), scoresGivenBy(db, caller._id, year)]);
    const [nodes, branches] = await Promise.all([
      loadNodes(
        db,
        members.map((member) => member.gridId),
      ),
      loadBranches(
        db,
        members.map((member) => member.branchId),
      ),
    ]);
    const candidates: StarCandidateDto[] = [];
    for (const member of members) {
      let raterType: RaterType;
      try {
        raterType = raterTypeFor(context, member);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'OUT_OF_JURISDICTION') continue;
        throw error;
      }
      candidates.push({
        memberId: member._id,
        name: member.name,
        branchName: branchOf(branches, member.branchId).name,
        grid: placeOf(nodes, member.gridId),
        raterType,
        myScores: given.find((score) => score.memberId === member._id)?.scores ?? null,
      });
    }
    candidates.sort((a, b) => RATER_TYPES.indexOf(a.raterType) - RATER_TYPES.indexOf(b.raterType) || a.name.localeCompare(b.name, 'zh-CN'));
    return { year, candidates };
  },
});
