import { LEVEL_DEPTH } from '../../domain/jurisdiction/JurisdictionNode';
import { isIn } from '../../domain/people/audiences';
import type { User } from '../../domain/people/User';
import { areaOf, type Area } from '../../domain/requests/areaOf';
import { listScopes } from '../../domain/requests/listScopes';
import { FINAL_STATES, OPEN_STATES, WORKING_STATES } from '../../domain/requests/requestStates';
import type { Database } from '../../shared/cloud';
import { defineAction } from '../../shared/defineAction';
import { templateIdOf } from '../../shared/subscribeTemplates';
import {
  countHeldBy,
  countOverdue,
  pageOfHandlerRequests,
  scopeConditions,
  type ListOrder,
  type Where,
} from '../../shared/requests/requestStore';
import { toSummaryDto } from '../../shared/requests/toRequestDto';
import { findGridPlace, levelsOfDutyPlaces } from './support/store';

async function loadArea(db: Database, person: Parameters<typeof areaOf>[0]): Promise<Area> {
  const nodes = await levelsOfDutyPlaces(
    db,
    person.nodeDuties.map((duty) => duty.nodeId),
  );
  const depth = new Map(nodes.map((node) => [node._id, LEVEL_DEPTH[node.level]]));
  return areaOf(person, (id) => depth.get(id));
}

/**
 * A department's part of a list: what it holds now (mine, area), or
 * everything it was assigned and is finished (done).
 */
function departmentConditions(person: Pick<User, 'roles' | 'departmentId'>, view: 'mine' | 'area' | 'done'): Where[] {
  if (!isIn(person, 'departmentStaff') || !person.departmentId) return [];
  return view === 'done' ? [{ 'department.id': person.departmentId }] : [{ openDepartmentId: person.departmentId }];
}

/**
 * The duty queues a staff member answers (我在办): their jurisdiction's below
 * the county, and the county's own only for the county's staff (a township's
 * staff see the county's in 辖区全部, but do not take it).
 */
function queueConditions(db: Database, staffScope: string): Where[] {
  const _ = db.command;
  const working = _.in([...WORKING_STATES]);
  return [
    { queued: true, placeIds: staffScope, level: _.in(['grid', 'village', 'township']), state: working },
    { queued: true, 'levelNode.id': staffScope, level: 'county', state: working },
  ];
}

/**
 * A handler's list. `mine`: what they hold now (staff also the duty queue of
 * their jurisdiction); `area`: everything open in their grids, at their
 * level, or (staff) in their jurisdiction; `done`: finished there. Open
 * lists by deadline, most overdue first; finished ones newest first; a page
 * at a time after the cursor, with how many match. Staff narrow a list by
 * state, category, grid (within their area) or to the overdue ones, all in
 * the query.
 */
export const inbox = defineAction('requests', 'inbox', {
  access: 'requestHandlers',
  async run({ view, state, categoryId, gridId, overdue, after }, { db, caller, now }) {
    const _ = db.command;
    const staffScope = isIn(caller, 'staff') ? caller.staffScopeId : null;
    let anyOf: Where[];
    if (view === 'mine') {
      anyOf = [{ openHandlerId: caller._id }];
      if (staffScope) anyOf.push(...queueConditions(db, staffScope));
    } else {
      const area = await loadArea(db, caller);
      const within = gridId ? await findGridPlace(db, gridId) : undefined;
      anyOf = within === null ? [] : scopeConditions(db, listScopes(area, within));
    }
    anyOf.push(...departmentConditions(caller, view));
    let states = view === 'done' ? FINAL_STATES : OPEN_STATES;
    if (state) states = states.filter((s) => s === state);
    if (overdue) states = states.filter((s) => WORKING_STATES.includes(s));
    const order: ListOrder = view === 'done' ? 'recent' : overdue ? 'overdue' : 'urgency';
    const spec = { anyOf, states, categoryId, gridId: view === 'mine' ? gridId : undefined };
    const [page, held, overdueCount] = await Promise.all([
      pageOfHandlerRequests(db, spec, order, after, now),
      countHeldBy(db, caller._id),
      view === 'done' ? Promise.resolve(0) : countOverdue(db, anyOf, now),
    ]);
    return {
      items: page.docs.map((request) => toSummaryDto(request, caller, now)),
      total: page.total,
      next: page.next,
      counts: { mine: held, overdue: overdueCount },
      subscribeTemplateIds: [templateIdOf('requestTask')],
    };
  },
});
