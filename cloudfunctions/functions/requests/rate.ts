import { rateRequest } from '../../domain/requests/residentSteps';
import { defineAction } from '../../shared/defineAction';
import { runStep } from './support/runStep';

/** 群众满意评判: stars and a comment close the request. */
export const rate = defineAction('requests', 'rate', {
  access: 'residents',
  run: (input, context) =>
    runStep(context, input, 'rate', (request, actor) => ({
      change: rateRequest(
        request,
        { actor, now: context.now, opId: input.opId },
        {
          stars: input.stars,
          comment: input.comment ?? null,
        },
      ),
    })),
});
