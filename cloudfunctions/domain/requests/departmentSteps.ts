import type { Department } from '../departments/Department';
import { MAX_DEPARTMENT_WORKDAYS } from '../departments/vocabulary';
import { DomainError } from '../shared/DomainError';
import type { DepartmentHold, Notice, ResidentRequest } from './ResidentRequest';
import { assignmentFields, assignmentNotices, ledgerEvent, shortDate, type RequestChange, type RequestFields } from './requestChange';
import { assertTransition } from './requestStates';
import type { StepInput } from './handlerSteps';
import { deadlineAfter, workdaysUntil, type WorkCalendar } from '../calendar/workCalendar';

type Assignable = Pick<Department, '_id' | 'name' | 'level' | 'placeId' | 'active'>;

/**
 * Whether the department serves the request's place: a county bureau its
 * county, a station its township. What reached the county goes to a county
 * bureau only: the county does not hand work back down to a township's station.
 */
export function departmentServes(
  department: Assignable,
  request: Pick<ResidentRequest, 'placeIds' | 'townshipId'> & Partial<Pick<ResidentRequest, 'level'>>,
): boolean {
  if (request.level === 'county' && department.level !== 'county') return false;
  const place = department.level === 'county' ? request.placeIds[0] : request.townshipId;
  return department.active && department.placeId === place;
}

/**
 * The level that set a department's 限期 and takes the request back when the
 * department hands it back (退回): the county for what reached the county
 * (only its staff assign there), else the township.
 */
export function handBackLevel(request: Pick<ResidentRequest, 'level'>): 'county' | 'township' {
  return request.level === 'county' ? 'county' : 'township';
}

/** "县民政局（限1月8日前解决）": who holds it and until when, in the words a resident reads. */
export function departmentWords(hold: Pick<DepartmentHold, 'name' | 'deadline'>, now: Date): string {
  return `${hold.name}（限${shortDate(hold.deadline, now)}前解决）`;
}

/**
 * 限期解决: township staff hand an escalated request to a department with a
 * deadline in working days and a note. Nobody holds it until one of the
 * department's staff accepts it; all of them are told.
 */
export function assignToDepartment(
  request: ResidentRequest,
  input: StepInput & { note: string; workdays: number },
  department: Assignable,
  calendar: WorkCalendar,
  departmentStaffIds: string[],
): RequestChange {
  assertTransition('assignDepartment', request.state, 'assigned');
  if (request.level !== 'township' && request.level !== 'county') throw new DomainError('NOT_AT_TOWNSHIP');
  if (!departmentServes(department, request)) throw new DomainError('DEPARTMENT_UNAVAILABLE');
  if (!Number.isInteger(input.workdays) || input.workdays < 1 || input.workdays > MAX_DEPARTMENT_WORKDAYS) {
    throw new DomainError('INVALID_INPUT', `限期为1到${MAX_DEPARTMENT_WORKDAYS}个工作日`, [{ path: 'workdays', message: '天数不对' }]);
  }
  const { actor, now, opId } = input;
  const deadline = deadlineAfter(now, input.workdays, calendar);
  const hold: DepartmentHold = {
    id: department._id,
    name: department.name,
    placeId: department.placeId,
    workdays: input.workdays,
    deadline,
    note: input.note,
    assignedBy: actor,
    assignedAt: now,
    overdue: false,
  };
  const notices: Notice[] = departmentStaffIds.map((to) => ({ kind: 'newTask', to }));
  if (request.residentId) notices.push({ kind: 'assigned', to: request.residentId });
  return {
    set: {
      state: 'assigned',
      stateBeforeSuspend: null,
      department: hold,
      openDepartmentId: department._id,
      handler: null,
      openHandlerId: null,
      queued: false,
      routingReason: `${actor.name}交办${department.name}：${input.note}`,
      deadline,
      dueWorkdays: workdaysUntil(now, deadline, calendar),
      sweepAt: deadline,
      pausedRemainingMs: null,
      updatedAt: now,
    },
    events: [
      ledgerEvent(request, 0, now, {
        kind: 'departmentAssigned',
        actor,
        from: request.state,
        to: 'assigned',
        what: `交由${department.name}办理，限${input.workdays}个工作日内解决（${shortDate(deadline, now)}前）`,
        note: input.note,
        noteVisibility: 'owner',
        opId,
      }),
    ],
    notices,
    bumpsVersion: true,
  };
}

/**
 * The department hands it back to the level that assigned it (the township,
 * or the county) with a reason: to the staff member who assigned it (with
 * that level's time limit again), or, when that was nobody in particular,
 * to the level's duty queue.
 */
export function returnToTownship(request: ResidentRequest, input: StepInput & { reason: string }, calendar: WorkCalendar): RequestChange {
  const hold = request.department;
  if (!hold) throw new DomainError('ILLEGAL_TRANSITION', '这件诉求不在部门办理，不能退回');
  const by = hold.assignedBy;
  const handler = by.id ? { id: by.id, name: by.name, title: by.title } : null;
  const to = handler ? 'escalated' : 'submitted';
  assertTransition('returnToTownship', request.state, to);
  const level = handBackLevel(request);
  const atCounty = level === 'county';
  const node = atCounty ? request.levelNode : { id: request.townshipId, name: request.townshipName };
  const reason = `${hold.name}退回：${input.reason}`;
  const fields = assignmentFields(request, { level, node, handler, reason }, input.now, calendar);
  return {
    set: { ...fields, department: null, openDepartmentId: null, state: to, stateBeforeSuspend: null, updatedAt: input.now },
    events: [
      ledgerEvent(request, 0, input.now, {
        kind: 'departmentReturned',
        actor: input.actor,
        from: request.state,
        to,
        what: atCounty ? `${hold.name}退回县里，由县里重新安排` : `${hold.name}退回${request.townshipName}，由乡镇重新安排`,
        note: input.reason,
        noteVisibility: 'owner',
        opId: input.opId,
      }),
    ],
    notices: assignmentNotices({ level, node, handler, reason }, request),
    bumpsVersion: true,
  };
}

/**
 * The resident's 没解决 on what a department resolved: the department holds
 * it again (its staff see it open), with a fresh 限期 of the same working
 * days from now, no longer overdue; the deadline of the round that ended
 * never carries over (a colleague given it later would inherit a date
 * already past). Null when no department resolved it.
 */
export function departmentRoundAgain(
  request: Pick<ResidentRequest, 'department'>,
  now: Date,
  calendar: WorkCalendar,
): { fields: RequestFields; what: string } | null {
  const hold = request.department;
  if (!hold) return null;
  const deadline = deadlineAfter(now, hold.workdays, calendar);
  return {
    fields: {
      department: { ...hold, deadline, overdue: false },
      openDepartmentId: hold.id,
      deadline,
      dueWorkdays: workdaysUntil(now, deadline, calendar),
      sweepAt: deadline,
    },
    what: `退回${hold.name}重新办理，限${hold.workdays}个工作日内解决（${shortDate(deadline, now)}前）`,
  };
}
