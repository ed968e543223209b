import { isRootScope } from '../../domain/admin/requireAdminOver';
import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { isIn } from '../../domain/people/audiences';
import { MAX_MATERIALS, MAX_STAGE_DAYS } from '../../domain/proxy/vocabulary';
import { defineAction } from '../../shared/defineAction';
import { COLLECTIONS } from '../../shared/collections';
import { departmentsOf } from '../../shared/departmentStore';
import { findById } from '../../shared/findById';
import { uploadFolder } from '../../shared/uploadFolder';
import { agentGrids, catalogueItems } from './support/store';
import { itemDto } from './support/toDto';

/**
 * The catalogue of proxy items (代办事项) in its order: the active ones for
 * everyone (agents open cases from them, residents read what can be done for
 * them); the administrator of the deployment also sees retired ones and the
 * county's departments to name as an item's office; agents get the grids
 * they may open cases in.
 */
export const catalogue = defineAction('proxy', 'catalogue', {
  access: 'everyone',
  run: async (input, { db, caller }) => {
    const scope =
      isIn(caller, 'administrators') && caller.staffScopeId
        ? await findById<JurisdictionNode>(db, COLLECTIONS.nodes, caller.staffScopeId)
        : null;
    const editable = isRootScope(scope);
    const [items, departments, grids] = await Promise.all([
      catalogueItems(db),
      editable && scope ? departmentsOf(db, [scope._id]) : Promise.resolve([]),
      isIn(caller, 'cadres') ? agentGrids(db, caller) : Promise.resolve([]),
    ]);
    return {
      items: items.filter((item) => item.active || (editable && input.includeRetired)).map(itemDto),
      departments: departments
        .filter((department) => department.active)
        .map((department) => ({ id: department._id, name: department.name })),
      editable,
      limits: { materials: MAX_MATERIALS, stageDays: MAX_STAGE_DAYS },
      grids: grids.map((grid) => ({ id: grid._id, name: grid.name })),
      uploadFolder: isIn(caller, 'cadres') ? uploadFolder('proxy', caller._id) : null,
    };
  },
});
