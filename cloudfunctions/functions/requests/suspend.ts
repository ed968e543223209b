import { suspendRequest } from '../../domain/requests/handlerSteps';
import { defineAction } from '../../shared/defineAction';
import { loadCalendar } from '../../shared/workCalendarStore';
import { runStep } from './support/runStep';

/**
 * 挂起: the clock stops (the working time left is kept) until it is resumed.
 * Open to a department's staff so that one who tries hears why not
 * (DEADLINE_KEEPS_RUNNING: its 限期 is the township's), not a bare 无权限.
 */
export const suspend = defineAction('requests', 'suspend', {
  access: 'requestHandlers',
  run: (input, context) =>
    runStep(context, input, 'suspend', async (request, actor) => ({
      change: suspendRequest(request, { actor, now: context.now, opId: input.opId }, input.reason, await loadCalendar(context.db)),
    })),
});
