import { suspendRequest } from '../../domain/requests/handlerSteps';
import { defineAction } from '../../shared/defineAction';
import { loadCalendar } from '../../shared/workCalendarStore';
import { runStep } from './support/runStep';

/** 挂起: the clock stops (the working time left is kept) until it is resumed. */
export const suspend = defineAction('requests', 'suspend', {
  access: 'cadres',
  run: (input, context) =>
    runStep(context, input, 'suspend', async (request, actor) => ({
      change: suspendRequest(request, { actor, now: context.now, opId: input.opId }, input.reason, await loadCalendar(context.db)),
    })),
});
