import { DomainError } from '../../domain/shared/DomainError';
import { addProblem, requireAuthor } from '../../domain/visits/problems';
import { defineAction } from '../../shared/defineAction';
import { fileProblems } from './support/fileProblems';
import { loadPlaceNames } from './support/places';
import { loadVisitAs } from './support/relations';
import { activeCategories, addProblemToVisit, findVisit } from './support/store';
import { visitDetail } from './support/toDto';

/**
 * 转为诉求 from a visit's page: a problem found there (added to the visit,
 * keyed so a resend adds it once) is filed as 代办 for its household; a
 * problem whose filing failed before (its key already on the visit) is
 * filed again. Only the cadre who made the visit does it.
 */
export const reportProblem = defineAction('visits', 'reportProblem', {
  access: 'cadres',
  run: async (input, { db, caller, now }) => {
    const { visit } = await loadVisitAs(db, caller, input.visitId);
    requireAuthor(visit, caller);
    let current = visit;
    if (!visit.problems.some((p) => p.key === input.problem.key)) {
      const category = (await activeCategories(db)).find((c) => c._id === input.problem.categoryId);
      if (!category)
        throw new DomainError('INVALID_INPUT', '请选择问题的类别', [{ path: 'problem.categoryId', message: '不在可选范围内' }]);
      const problem = addProblem(visit, { ...input.problem, categoryName: category.name }, now);
      if (problem) await addProblemToVisit(db, visit, problem);
      current = (await findVisit(db, visit._id)) ?? visit;
    }
    const filed = await fileProblems(db, caller, current, new Map(), now);
    return visitDetail(filed, 'author', await loadPlaceNames(db, [filed.placeIds]));
  },
});
