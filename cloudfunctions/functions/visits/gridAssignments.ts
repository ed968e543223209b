import { defineAction } from '../../shared/defineAction';
import { assignmentsDto, loadTarget } from './support/assignmentTarget';

/** 包保 of a grid: the cadres who look after it now and every assignment before. */
export const gridAssignments = defineAction('visits', 'gridAssignments', {
  access: 'staff',
  run: async (input, { db, caller, now }) => assignmentsDto(db, await loadTarget(db, caller, 'grid', input.gridId, now)),
});
