import { recordCallbackOutcome } from '../../domain/visits/callback';
import { defineAction } from '../../shared/defineAction';
import { runSupervisorStep } from './support/visitStep';

/** What the callback found (属实 / 部分属实 / 不属实, in words), recorded once by a supervisor over the visit. */
export const recordCallback = defineAction('visits', 'recordCallback', {
  access: 'staff',
  run: (input, { db, caller, now, fingerprint }) =>
    runSupervisorStep(db, caller, input.visitId, { opId: input.opId, fingerprint: fingerprint() }, (visit) =>
      recordCallbackOutcome(visit, { by: caller, verdict: input.verdict, text: input.text, now, opId: input.opId }),
    ),
});
