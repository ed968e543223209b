import { resumeRequest } from '../../domain/requests/handlerSteps';
import { defineAction } from '../../shared/defineAction';
import { loadCalendar } from '../../shared/workCalendarStore';
import { runStep } from './support/runStep';

/** 恢复办理: the clock runs again; a department's handler may resume what the township paused. */
export const resume = defineAction('requests', 'resume', {
  access: 'requestHandlers',
  run: (input, context) =>
    runStep(context, input, 'resume', async (request, actor) => ({
      change: resumeRequest(request, { actor, now: context.now, opId: input.opId }, await loadCalendar(context.db)),
    })),
});
