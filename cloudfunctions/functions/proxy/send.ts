import { sendCase } from '../../domain/proxy/caseSteps';
import { defineAction } from '../../shared/defineAction';
import { runCaseStep, stepOf } from './support/caseStep';

/** 送办: the agent took the materials to the office (the item's, or another named) on a day. */
export const send = defineAction('proxy', 'send', {
  access: 'cadres',
  run: (input, context) =>
    runCaseStep(context, input, (proxyCase, calendar) => {
      const office =
        input.officeName && input.officeName !== proxyCase.item.office.name
          ? { departmentId: null, name: input.officeName }
          : proxyCase.item.office;
      return sendCase(proxyCase, { office, sentOn: input.sentOn, note: input.note }, stepOf(context.caller, input, context.now), calendar);
    }),
});
