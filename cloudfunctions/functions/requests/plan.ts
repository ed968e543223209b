import { planRequest } from '../../domain/requests/planSteps';
import { defineAction } from '../../shared/defineAction';
import { runStep } from './support/runStep';

/** 纳入规划: explained, with the plan and its date; the timer reopens it for follow-up on that date. */
export const plan = defineAction('requests', 'plan', {
  access: 'requestHandlers',
  run: (input, context) =>
    runStep(context, input, 'plan', (request, actor) => ({
      change: planRequest(
        request,
        { actor, now: context.now, opId: input.opId },
        { explanation: input.explanation, plan: input.plan, targetDate: input.targetDate },
      ),
    })),
});
