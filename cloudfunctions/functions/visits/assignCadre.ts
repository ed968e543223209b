import { DomainError } from '../../domain/shared/DomainError';
import { assignCadre as assign, requireEligibleCadre } from '../../domain/visits/assignments';
import { defineAction } from '../../shared/defineAction';
import { assignmentsDto, loadTarget, runAssignment } from './support/assignmentTarget';
import { findPerson, nodesByIds } from './support/store';

/**
 * Staff give a cadre a household (结对帮扶) or a grid (包保) from a start day;
 * with `replaces`, another cadre's assignment ends the day before (调整).
 * Both are appended to the record's log.
 */
export const assignCadre = defineAction('visits', 'assignCadre', {
  access: 'staff',
  run: async (input, { db, caller, now, fingerprint }) => {
    const target = await loadTarget(db, caller, input.kind, input.targetId, now);
    const cadre = await findPerson(db, input.cadreId);
    if (!cadre) throw new DomainError('NOT_FOUND', '没有找到这位干部');
    const dutyGrids = await nodesByIds(db, cadre.roles.includes('gridMember') ? cadre.gridDuties.map((d) => d.gridId) : []);
    requireEligibleCadre(
      cadre,
      target.record.placeIds,
      [...dutyGrids.values()].map((g) => g.parentId ?? ''),
    );
    const written = await runAssignment(
      db,
      caller,
      { ...input, fingerprint: fingerprint() },
      now,
      (record) =>
        assign(record, { kind: input.kind, cadre, since: input.since, replaces: input.replaces, by: caller, now, opId: input.opId }),
      target,
    );
    return assignmentsDto(db, written);
  },
});
