import { handBackCase } from '../../domain/proxy/caseSteps';
import { defineAction } from '../../shared/defineAction';
import { runCaseStep, stepOf } from './support/caseStep';

/** 交还: what was returned, with the signature drawn on the phone by the resident or a named witness. */
export const handBack = defineAction('proxy', 'handBack', {
  access: 'cadres',
  run: (input, context) =>
    runCaseStep(context, input, (proxyCase, calendar) =>
      handBackCase(
        proxyCase,
        { items: input.items, signer: input.signer, witnessName: input.witnessName ?? null, signature: input.signature },
        stepOf(context.caller, input, context.now),
        calendar,
      ),
    ),
});
