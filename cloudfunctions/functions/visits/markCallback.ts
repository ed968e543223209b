import { markCallback as mark } from '../../domain/visits/callback';
import { defineAction } from '../../shared/defineAction';
import { runSupervisorStep } from './support/visitStep';

/** A supervisor marks someone's visit for a callback (回访) at the household, saying why. */
export const markCallback = defineAction('visits', 'markCallback', {
  access: 'staff',
  run: (input, { db, caller, now, fingerprint }) =>
    runSupervisorStep(db, caller, input.visitId, { opId: input.opId, fingerprint: fingerprint() }, (visit) =>
      mark(visit, { by: caller, reason: input.reason, now, opId: input.opId }),
    ),
});
