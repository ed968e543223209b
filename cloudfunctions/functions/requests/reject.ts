import { rejectRequest } from '../../domain/requests/handlerSteps';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { COLLECTIONS } from '../../shared/collections';
import type { ResidentRequest } from '../../domain/requests/ResidentRequest';
import { runStep } from './support/runStep';

/** 不予受理: not ours, or a duplicate of another request (named, so the resident can follow that one). */
export const reject = defineAction('requests', 'reject', {
  access: 'cadres',
  run: (input, context) =>
    runStep(context, input, 'reject', async (request, actor) => {
      let original: { id: string; code: string } | null = null;
      if (input.kind === 'duplicate' && input.duplicateOf) {
        const found = await findById<Pick<ResidentRequest, '_id' | 'code' | 'gridId'>>(context.db, COLLECTIONS.requests, input.duplicateOf);
        if (!found || found.gridId !== request.gridId) {
          throw new DomainError('INVALID_INPUT', '没有在本网格找到这件原诉求', [{ path: 'duplicateOf', message: '不在可选范围内' }]);
        }
        original = { id: found._id, code: found.code };
      }
      return {
        change: rejectRequest(
          request,
          { actor, now: context.now, opId: input.opId },
          {
            kind: input.kind,
            reason: input.reason,
            original,
          },
        ),
      };
    }),
});
