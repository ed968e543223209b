import { addNote as noteChange } from '../../domain/requests/handlerSteps';
import { OPEN_STATES } from '../../domain/requests/requestStates';
import { defineAction } from '../../shared/defineAction';
import { requireOwnFiles } from '../../shared/uploadFolder';
import { runStep } from './support/runStep';

/**
 * A note of what was done, with photos. It changes no state, so it needs no
 * version: it only requires the request to be open, and its key makes a
 * retried note land once.
 */
export const addNote = defineAction('requests', 'addNote', {
  access: 'requestHandlers',
  run: (input, context) => {
    requireOwnFiles('requests', context.caller._id, input.photos, 'photos');
    return runStep(context, input, 'addNote', (request, actor) => {
      const _ = context.db.command;
      return {
        change: noteChange(
          request,
          { actor, now: context.now, opId: input.opId },
          { text: input.text, photos: input.photos, internal: input.internal },
        ),
        condition: { state: _.in([...OPEN_STATES]), 'ledger.opId': _.neq(input.opId) },
      };
    });
  },
});
