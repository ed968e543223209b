import { requireMayFileFor } from '../../domain/requests/requireMayFileFor';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { isOwnVisitProblem } from '../../shared/visitProblem';
import { fileNew } from '../../shared/requests/fileNew';

/**
 * 代办: a grid member files for a resident who cannot use a phone. The
 * resident is known by name, household and phone; whoever later signs in
 * with that phone sees the request as their own. A problem found on a visit
 * names the visit, which must hold that problem under the same key.
 */
export const fileOnBehalf = defineAction('requests', 'fileOnBehalf', {
  access: 'cadres',
  run: async (input, context) => {
    if (input.visitId !== undefined && !(await isOwnVisitProblem(context.db, input.visitId, context.caller._id, input.clientKey))) {
      throw new DomainError('INVALID_INPUT', '没有找到您这次走访中记下的这个问题', [{ path: 'visitId', message: '不是您记下的走访问题' }]);
    }
    return fileNew(
      context,
      input,
      // The number the grid member wrote down: unverified, and the key by which the resident finds it once WeChat verifies it for them.
      { id: null, name: input.residentName, phone: input.residentPhone, phoneVerified: false, household: input.household },
      true,
      (loaded) => requireMayFileFor(context.caller, loaded.placeIds, input.gridId),
      input.visitId !== undefined ? { sourceVisitId: input.visitId } : {},
    );
  },
});
