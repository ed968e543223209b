import { escalateRequest } from '../../domain/requests/escalateRequest';
import { defineAction } from '../../shared/defineAction';
import { loadRoutingContext } from '../../shared/requests/routingContext';
import { runStep } from './support/runStep';

/** 上报: one level up with a reason, to that level's first responsible person and a new deadline. */
export const escalate = defineAction('requests', 'escalate', {
  access: 'cadres',
  run: (input, context) =>
    runStep(context, input, 'escalate', async (request, actor) => {
      const loaded = await loadRoutingContext(context.db, request.gridId, request.categoryId);
      return {
        change: escalateRequest(
          request,
          { actor, now: context.now, opId: input.opId, reason: input.reason },
          loaded.routing,
          loaded.calendar,
        ),
        staff: loaded.staff,
      };
    }),
});
