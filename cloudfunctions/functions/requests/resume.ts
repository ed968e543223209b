import { resumeRequest } from '../../domain/requests/handlerSteps';
import { defineAction } from '../../shared/defineAction';
import { loadCalendar } from '../../shared/workCalendarStore';
import { runStep } from './support/runStep';

export const resume = defineAction('requests', 'resume', {
  access: 'cadres',
  run: (input, context) =>
    runStep(context, input, 'resume', async (request, actor) => ({
      change: resumeRequest(request, { actor, now: context.now, opId: input.opId }, await loadCalendar(context.db)),
    })),
});
