import { recordMaterials } from '../../domain/proxy/caseSteps';
import { defineAction } from '../../shared/defineAction';
import { runCaseStep, stepOf } from './support/caseStep';

/** 收件: the agent checks off more of the item's materials, with photos; the stage ends when all are in. */
export const receive = defineAction('proxy', 'receive', {
  access: 'cadres',
  run: (input, context) =>
    runCaseStep(context, input, (proxyCase, calendar) =>
      recordMaterials(proxyCase, { checked: input.checked, photos: input.photos }, stepOf(context.caller, input, context.now), calendar),
    ),
});
