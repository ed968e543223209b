import { returnToTownship as handBack } from '../../domain/requests/departmentSteps';
import { defineAction } from '../../shared/defineAction';
import { loadCalendar } from '../../shared/workCalendarStore';
import { runStep } from './support/runStep';

/** The department hands the request back to the township that assigned it, saying why. */
export const returnToTownship = defineAction('requests', 'returnToTownship', {
  access: 'departmentStaff',
  run: (input, context) =>
    runStep(context, input, 'returnToTownship', async (request, actor) => ({
      change: handBack(request, { actor, now: context.now, opId: input.opId, reason: input.reason }, await loadCalendar(context.db)),
    })),
});
