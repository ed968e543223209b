import { assertMayReassignNow, reassignCase } from '../../domain/proxy/reassignCase';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { runCaseStep, stepOf } from './support/caseStep';
import { noticeNewAgent } from './support/notify';
import { findAgent } from './support/store';

/**
 * 改派: staff over the case (or its agent still in charge) hand it to another
 * agent serving its grid, with the reason, on the version they saw; a retry
 * under the same key answers the case as it is. The new agent gets a
 * subscribe message (once: a retry sends none); one WeChat refused is
 * marked on the case for staff.
 */
export const reassign = defineAction('proxy', 'reassign', {
  access: 'cadres',
  run: (input, context) =>
    runCaseStep(
      context,
      input,
      async (proxyCase) => {
        const step = stepOf(context.caller, input, context.now);
        // The caller's right first: one without it learns nothing of whether the person exists.
        assertMayReassignNow(proxyCase, step);
        const person = await findAgent(context.db, input.personId);
        if (!person) throw new DomainError('NOT_FOUND', '没有找到这个人，请刷新后重选');
        return reassignCase(proxyCase, { person, reason: input.reason }, step);
      },
      (written) => noticeNewAgent(context.db, written, input.reason, context.now),
    ),
});
