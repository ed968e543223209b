import { isIn } from '../people/audiences';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import type { HandlerRef, Notice, PlaceRef, ResidentRequest } from './ResidentRequest';
import type { HandlingLevel } from './vocabulary';
import { assignmentFields, assignmentWhat, ledgerEvent, type RequestChange } from './requestChange';
import { assertTransition } from './requestStates';
import type { StepInput } from './handlerSteps';
import type { WorkCalendar } from '../calendar/workCalendar';
import { handBackLevel } from './departmentSteps';

/** Where a person would hold the request: the level and place of their duty that covers it. */
export interface HandlingPlace {
  level: HandlingLevel;
  node: PlaceRef;
  title: string;
  /** A colleague in the department that holds it: the department keeps it. */
  sameDepartment: boolean;
}

export type Placed = Pick<
  ResidentRequest,
  'gridId' | 'gridName' | 'villageId' | 'villageName' | 'townshipId' | 'townshipName' | 'placeIds'
> &
  Pick<ResidentRequest, 'level' | 'levelNode' | 'department' | 'openDepartmentId'>;

/**
 * Whether (and where) a person may be given the request: a grid member of
 * its grid, a cadre of its village or township, staff over it, or a
 * colleague of the department holding it. Anyone else: null.
 */
/** What decides whether a person can be given a request. */
export type Assignee = Pick<User, '_id' | 'name' | 'roles' | 'gridDuties' | 'nodeDuties' | 'staffScopeId' | 'departmentId'>;

export function handlingPlaceOf(person: Assignee, request: Placed): HandlingPlace | null {
  const base = { sameDepartment: false };
  const grid = isIn(person, 'gridMembers') ? person.gridDuties.find((duty) => duty.gridId === request.gridId) : undefined;
  if (grid) return { ...base, level: 'grid', node: { id: request.gridId, name: request.gridName }, title: grid.title };
  const village = person.nodeDuties.find((duty) => duty.nodeId === request.villageId);
  if (village) return { ...base, level: 'village', node: { id: request.villageId, name: request.villageName }, title: village.title };
  const township = person.nodeDuties.find((duty) => duty.nodeId === request.townshipId);
  const township_ = { id: request.townshipId, name: request.townshipName };
  if (township) return { ...base, level: 'township', node: township_, title: township.title };
  // At the county, the county's cadres and staff keep it there.
  const county = request.level === 'county' ? request.placeIds[0] : null;
  const countyDuty = county ? person.nodeDuties.find((duty) => duty.nodeId === county) : undefined;
  if (countyDuty) return { ...base, level: 'county', node: request.levelNode, title: countyDuty.title };
  if (county && isIn(person, 'staff') && person.staffScopeId === county) {
    return { ...base, level: 'county', node: request.levelNode, title: '工作人员' };
  }
  if (isIn(person, 'staff') && person.staffScopeId !== null && request.placeIds.includes(person.staffScopeId)) {
    return { ...base, level: 'township', node: township_, title: '工作人员' };
  }
  const hold = request.department;
  if (hold && request.openDepartmentId === hold.id && isIn(person, 'departmentStaff') && person.departmentId === hold.id) {
    return { level: request.level, node: request.levelNode, title: hold.name, sameDepartment: true };
  }
  return null;
}

/**
 * Where everyone handlingPlaceOf may place is found: duties on the grid, on
 * its village and township (and the county once it is there), staff scoped
 * anywhere on its path, the department holding it. The options' read asks
 * for exactly these people, so nobody the server would accept is left out.
 */
export function assigneeSearch(request: Placed): {
  gridId: string;
  nodeIds: string[];
  staffScopeIds: string[];
  departmentId: string | null;
} {
  const county = request.level === 'county' ? [request.placeIds[0]] : [];
  return {
    gridId: request.gridId,
    nodeIds: [request.villageId, request.townshipId, ...county],
    staffScopeIds: [...request.placeIds],
    departmentId: request.department && request.openDepartmentId === request.department.id ? request.department.id : null,
  };
}

/**
 * Whether the caller acts for the department holding the request rather
 * than as staff over its place: they reassign only to colleagues. What is
 * not the department's goes back to the level that set its 限期
 * (退回乡镇, or 退回县里 at the county), not to whoever the department picks.
 */
export function actsForDepartment(
  caller: Pick<User, 'roles' | 'staffScopeId' | 'departmentId'>,
  request: Pick<ResidentRequest, 'openDepartmentId' | 'placeIds'>,
): boolean {
  const staffOver = isIn(caller, 'staff') && caller.staffScopeId !== null && request.placeIds.includes(caller.staffScopeId);
  return !!request.openDepartmentId && caller.departmentId === request.openDepartmentId && !staffOver;
}

/** Whom 改派 would give the request to, where they would hold it, and whether the caller acts for the department. */
export interface ReassignTarget {
  person: Pick<User, '_id' | 'name'>;
  place: HandlingPlace | null;
  forDepartment?: boolean;
}

export function reassignTarget(
  caller: Pick<User, 'roles' | 'staffScopeId' | 'departmentId'>,
  request: Placed & Pick<ResidentRequest, 'openDepartmentId'>,
  person: Assignee,
): ReassignTarget {
  return { person, place: handlingPlaceOf(person, request), forDepartment: actsForDepartment(caller, request) };
}

/**
 * Why the request cannot go to this person (null: it can). 改派 throws it;
 * the options leave out everyone it refuses, so what is offered is what is accepted.
 */
export function assigneeRefusal(request: Pick<ResidentRequest, 'handler' | 'level'>, target: ReassignTarget): DomainError | null {
  const { place, person } = target;
  if (!place) return new DomainError('NOT_A_HANDLER_HERE');
  if (target.forDepartment && !place.sameDepartment) {
    const back = handBackLevel(request) === 'county' ? '退回县里' : '退回乡镇';
    const words = `部门只能改派给本部门的同事；不归本部门办理的，请点“${back}”并说明原因`;
    return new DomainError('NOT_A_HANDLER_HERE', words, [{ path: 'personId', message: words }]);
  }
  if (request.handler?.id === person._id) return new DomainError('INVALID_INPUT', '他已经在办理这件诉求，请选择其他人');
  return null;
}

/**
 * 改派: the handler or staff over it give the request to another person,
 * with a note saying why (kept in the ledger, shown to the resident). The
 * new holder gets the category's time limit from now; a department's
 * colleague takes over within the department's deadline.
 */
export function reassignRequest(
  request: ResidentRequest,
  input: StepInput & { note: string },
  target: ReassignTarget,
  calendar: WorkCalendar,
): RequestChange {
  assertTransition('reassign', request.state, 'assigned');
  const { person, place } = target;
  const refusal = assigneeRefusal(request, target);
  if (refusal || !place) throw refusal ?? new DomainError('NOT_A_HANDLER_HERE');
  const handler: HandlerRef = { id: person._id, name: person.name, title: place.title };
  const assignment = { level: place.level, node: place.node, handler, reason: `${input.actor.name}改派：${input.note}` };
  const kept = place.sameDepartment && request.department && request.deadline;
  const fields = kept
    ? {
        handler,
        openHandlerId: handler.id,
        handlerIds: request.handlerIds.includes(handler.id) ? request.handlerIds : [...request.handlerIds, handler.id],
        routingReason: assignment.reason,
      }
    : assignmentFields(request, assignment, input.now, calendar);
  const deadline = (fields.deadline ?? request.deadline) as Date;
  const what = assignmentWhat(
    assignment,
    kept ? (request.department?.workdays ?? 0) : request.timeLimitDays,
    deadline,
    input.now,
    place.node.name,
  );
  const notices: Notice[] = [{ kind: 'newTask', to: handler.id }];
  if (request.residentId) notices.push({ kind: 'assigned', to: request.residentId });
  return {
    set: { ...fields, state: 'assigned', stateBeforeSuspend: null, updatedAt: input.now },
    events: [
      ledgerEvent(request, 0, input.now, {
        kind: 'reassigned',
        actor: input.actor,
        from: request.state,
        to: 'assigned',
        what: `改派：${what}`,
        note: input.note,
        noteVisibility: 'owner',
        opId: input.opId,
      }),
    ],
    notices,
    bumpsVersion: true,
  };
}
