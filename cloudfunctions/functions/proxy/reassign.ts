import { reassignCase } from '../../domain/proxy/reassignCase';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { runCaseStep, stepOf } from './support/caseStep';
import { findAgent } from './support/store';

/**
 * 改派: staff over the case (or its agent still in charge) hand it to another
 * agent serving its grid, with the reason, on the version they saw; a retry
 * under the same key answers the case as it is.
 */
export const reassign = defineAction('proxy', 'reassign', {
  access: 'cadres',
  run: async (input, context) => {
    const person = await findAgent(context.db, input.personId);
    if (!person) throw new DomainError('NOT_FOUND', '没有找到这个人，请刷新后重选');
    return runCaseStep(context, input, (proxyCase) =>
      reassignCase(proxyCase, { person, reason: input.reason }, stepOf(context.caller, input, context.now)),
    );
  },
});
