import { defineAction } from '../../shared/defineAction';
import { loadCaseFor } from './support/caseStep';
import { caseDto } from './support/toDto';

/** One case for its agent, its resident or staff over its grid. */
export const caseDetail = defineAction('proxy', 'caseDetail', {
  access: 'everyone',
  run: async (input, context) => caseDto(await loadCaseFor(context, input.caseId), context.caller, context.now),
});
