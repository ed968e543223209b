import { endAssignment as end } from '../../domain/visits/assignments';
import { defineAction } from '../../shared/defineAction';
import { assignmentsDto, runAssignment } from './support/assignmentTarget';

/** Ends a cadre's 结对 or 包保 on a last day, with why; the history keeps it. */
export const endAssignment = defineAction('visits', 'endAssignment', {
  access: 'staff',
  run: async (input, { db, caller, now, fingerprint }) => {
    const written = await runAssignment(db, caller, { ...input, fingerprint: fingerprint() }, now, (record) =>
      end(record, {
        kind: input.kind,
        cadreId: input.cadreId,
        until: input.until,
        reason: input.reason,
        by: caller,
        now,
        opId: input.opId,
      }),
    );
    return assignmentsDto(db, written);
  },
});
