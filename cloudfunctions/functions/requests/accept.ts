import { acceptRequest } from '../../domain/requests/handlerSteps';
import { defineAction } from '../../shared/defineAction';
import { runStep } from './support/runStep';

/** 受理: the handler takes it on; staff take one from the duty queue. */
export const accept = defineAction('requests', 'accept', {
  access: 'requestHandlers',
  run: (input, context) =>
    runStep(context, input, 'accept', (request, actor) => ({
      change: acceptRequest(request, { actor, now: context.now, opId: input.opId }),
    })),
});
