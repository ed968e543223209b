import { resolveRequest } from '../../domain/requests/handlerSteps';
import { defineAction } from '../../shared/defineAction';
import { requireOwnFiles } from '../../shared/uploadFolder';
import { runStep } from './support/runStep';

/** 办结: the outcome in words and photos; the resident is told and asked to rate it. */
export const resolve = defineAction('requests', 'resolve', {
  access: 'requestHandlers',
  run: (input, context) => {
    requireOwnFiles('requests', context.caller._id, input.photos, 'photos');
    return runStep(context, input, 'resolve', (request, actor) => ({
      change: resolveRequest(request, { actor, now: context.now, opId: input.opId }, { text: input.outcome, photos: input.photos }),
    }));
  },
});
