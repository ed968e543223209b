import { needsEscalationContext, notSolved as notSolvedChange } from '../../domain/requests/residentSteps';
import { defineAction } from '../../shared/defineAction';
import { loadCalendar } from '../../shared/workCalendarStore';
import { loadRoutingContext } from '../../shared/requests/routingContext';
import { runStep } from './support/runStep';

/** 没解决: back to the same handler the first time, one level up after that. */
export const notSolved = defineAction('requests', 'notSolved', {
  access: 'residents',
  run: (input, context) =>
    runStep(context, input, 'notSolved', async (request, actor) => {
      const step = { actor, now: context.now, opId: input.opId, reason: input.reason };
      if (!needsEscalationContext(request)) {
        return { change: notSolvedChange(request, step, await loadCalendar(context.db), null) };
      }
      const loaded = await loadRoutingContext(context.db, request.gridId, request.categoryId);
      return { change: notSolvedChange(request, step, loaded.calendar, loaded.routing), staff: loaded.staff };
    }),
});
