import { recategorizeRequest } from '../../domain/requests/recategorizeRequest';
import { defineAction } from '../../shared/defineAction';
import { loadRoutingContext, requireActiveCategory } from '../../shared/requests/routingContext';
import { runStep } from './support/runStep';

/** Staff correct the category; the request is routed again under it. */
export const recategorize = defineAction('requests', 'recategorize', {
  access: 'staff',
  run: (input, context) =>
    runStep(context, input, 'recategorize', async (request, actor) => {
      const loaded = await loadRoutingContext(context.db, request.gridId, input.categoryId);
      const category = requireActiveCategory(loaded.category);
      return {
        change: recategorizeRequest(
          request,
          { actor, now: context.now, opId: input.opId },
          { id: category._id, name: category.name, timeLimitDays: category.timeLimitDays },
          loaded.routing,
          loaded.calendar,
        ),
        staff: loaded.staff,
      };
    }),
});
