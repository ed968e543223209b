import { explainRequest } from '../../domain/requests/planSteps';
import { defineAction } from '../../shared/defineAction';
import { runStep } from './support/runStep';

/** 已解释: it cannot be solved now; the handler (or staff over it, or the department holding it) explains why. */
export const explain = defineAction('requests', 'explain', {
  access: 'requestHandlers',
  run: (input, context) =>
    runStep(context, input, 'explain', (request, actor) => ({
      change: explainRequest(request, { actor, now: context.now, opId: input.opId }, input.explanation),
    })),
});
