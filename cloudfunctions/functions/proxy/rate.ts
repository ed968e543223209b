import { rateCase } from '../../domain/proxy/residentSteps';
import { defineAction } from '../../shared/defineAction';
import { runCaseStep } from './support/caseStep';

/** The resident rates a case once it was handed back (群众测评: it counts in the agent's figures). */
export const rate = defineAction('proxy', 'rate', {
  access: 'everyone',
  run: (input, context) =>
    runCaseStep(context, input, (proxyCase) =>
      rateCase(proxyCase, context.caller, { stars: input.stars, comment: input.comment, opId: input.opId }, context.now),
    ),
});
