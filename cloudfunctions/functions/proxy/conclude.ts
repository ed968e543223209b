import { concludeCase } from '../../domain/proxy/caseSteps';
import { defineAction } from '../../shared/defineAction';
import { runCaseStep, stepOf } from './support/caseStep';

/** 办结: the office's decision, 已批准 or 未批准 with the reason. */
export const conclude = defineAction('proxy', 'conclude', {
  access: 'cadres',
  run: (input, context) =>
    runCaseStep(context, input, (proxyCase, calendar) =>
      concludeCase(proxyCase, { outcome: input.outcome, reason: input.reason }, stepOf(context.caller, input, context.now), calendar),
    ),
});
