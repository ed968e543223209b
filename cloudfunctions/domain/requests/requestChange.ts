import { isIn } from '../people/audiences';
import type { HandlingLevel, RequestState } from './vocabulary';
import type { User } from '../people/User';
import type { Actor, Audience, EventKind, HandlerRef, LedgerEvent, Notice, PlaceRef, ResidentRequest } from './ResidentRequest';
import { chinaWallClock } from '../shared/chinaTime';
import { deadlineAfter, workdaysUntil, type WorkCalendar } from '../calendar/workCalendar';

/** The fields a step may set; identity, version and ledger are managed by applyChange. */
export type RequestFields = Partial<Omit<ResidentRequest, '_id' | 'version' | 'ledger'>>;

/**
 * What one step does to a request: fields to set, ledger entries to append,
 * people to tell. The cloud function writes it as one conditional update
 * (`version` unchanged → set, push, bump), so either all of it happens or none.
 */
export interface RequestChange {
  set: RequestFields;
  events: LedgerEvent[];
  notices: Notice[];
  /** State changes bump the version; a note does not (it cannot conflict with anything). */
  bumpsVersion: boolean;
}

export const SYSTEM: Actor = { id: null, name: '系统', role: 'system', title: '' };

/** The request as it is after the change (what the write produces). */
export function applyChange(request: ResidentRequest, change: RequestChange): ResidentRequest {
  return {
    ...request,
    ...change.set,
    version: request.version + (change.bumpsVersion ? 1 : 0),
    ledger: [...request.ledger, ...change.events],
  };
}

export interface EventInput {
  kind: EventKind;
  actor: Actor;
  from: RequestState | null;
  to: RequestState;
  what: string;
  note?: string | null;
  photos?: string[];
  visibility?: Audience;
  noteVisibility?: Audience;
  opId?: string | null;
}

/**
 * A ledger entry. Ids are unique within a request: state changes are
 * serialised by the version, notes carry the client's key.
 */
export function ledgerEvent(request: Pick<ResidentRequest, 'version'> | null, index: number, at: Date, input: EventInput): LedgerEvent {
  const visibility = input.visibility ?? 'public';
  const id = input.kind === 'note' && input.opId ? `n-${input.opId}` : `v${(request?.version ?? 0) + 1}-${index}`;
  return {
    id,
    at,
    kind: input.kind,
    actor: input.actor,
    from: input.from,
    to: input.to,
    what: input.what,
    note: input.note ?? null,
    photos: input.photos ?? [],
    visibility,
    noteVisibility: input.noteVisibility ?? visibility,
    opId: input.opId ?? null,
  };
}

/** How a person appears in the ledger when acting on a request: by the duty that concerns it. */
export function actorFor(
  user: User,
  request?: Pick<ResidentRequest, 'gridId' | 'placeIds'> & Partial<Pick<ResidentRequest, 'department'>>,
): Actor {
  // A person without a name is labelled when shown ("我" to themself, "群众" to others).
  const base = { id: user._id, name: user.name };
  const gridDuty = request && user.gridDuties.find((duty) => duty.gridId === request.gridId);
  if (gridDuty) return { ...base, role: 'gridMember', title: gridDuty.title };
  const nodeDuty = request ? user.nodeDuties.find((duty) => request.placeIds.includes(duty.nodeId)) : undefined;
  if (nodeDuty) return { ...base, role: 'cadre', title: nodeDuty.title };
  const hold = request && 'department' in request ? request.department : null;
  if (hold && isIn(user, 'departmentStaff') && user.departmentId === hold.id) return { ...base, role: 'staff', title: hold.name };
  if (isIn(user, 'staff')) return { ...base, role: 'staff', title: user.nodeDuties[0]?.title ?? '工作人员' };
  if (isIn(user, 'gridMembers')) return { ...base, role: 'gridMember', title: user.gridDuties[0]?.title ?? '网格员' };
  return { ...base, role: 'resident', title: '' };
}

export interface Assignment {
  level: HandlingLevel;
  node: PlaceRef;
  handler: HandlerRef | null;
  reason: string;
}

/**
 * 县级办理: the working days the county has for a request that reached it
 * (escalated past the township's deadline, or by township staff), whatever
 * its category: the county looks again at what three levels could not solve.
 */
export const COUNTY_WORKDAYS = 10;

/** The time limit at a level: the category's below the county, the county's own there. */
export function workdaysAt(level: HandlingLevel, categoryDays: number): number {
  return level === 'county' ? COUNTY_WORKDAYS : categoryDays;
}

/**
 * The fields of a (re)assignment: a new handler or the duty queue, and a new
 * deadline of the level's time limit in working days (the category's, or the
 * county's at the county), counted from now.
 */
export function assignmentFields(
  request: Pick<ResidentRequest, 'handlerIds' | 'timeLimitDays' | 'department'>,
  assignment: Assignment,
  now: Date,
  calendar: WorkCalendar,
): RequestFields {
  const deadline = deadlineAfter(now, workdaysAt(assignment.level, request.timeLimitDays), calendar);
  const handler = assignment.handler;
  // A department's hold ends when the request goes to anyone else (the ledger keeps it).
  const leavesDepartment: RequestFields = request.department ? { department: null, openDepartmentId: null } : {};
  return {
    ...leavesDepartment,
    level: assignment.level,
    levelNode: assignment.node,
    handler,
    openHandlerId: handler ? handler.id : null,
    handlerIds: handler && !request.handlerIds.includes(handler.id) ? [...request.handlerIds, handler.id] : request.handlerIds,
    queued: handler === null,
    routingReason: assignment.reason,
    deadline,
    dueWorkdays: workdaysUntil(now, deadline, calendar),
    sweepAt: deadline,
    pausedRemainingMs: null,
  };
}

/** 2026年1月8日 → "1月8日"; the year only when it is not the current one. */
export function shortDate(date: Date, now: Date): string {
  const china = chinaWallClock(date);
  const year = chinaWallClock(now).getUTCFullYear();
  const md = `${china.getUTCMonth() + 1}月${china.getUTCDate()}日`;
  return china.getUTCFullYear() === year ? md : `${china.getUTCFullYear()}年${md}`;
}

/** "由 汪德华（网格长）办理，3个工作日内办结（1月8日前）" or the duty queue; at the county "由望江县 … 负责，限1月8日前办结". */
export function assignmentWhat(assignment: Assignment, timeLimitDays: number, deadline: Date, now: Date, placeName: string): string {
  if (assignment.level === 'county') {
    const who = assignment.handler ? ` ${named(assignment.handler)} ` : '值班工作人员';
    return `由${placeName}${who}负责，限${shortDate(deadline, now)}前办结`;
  }
  const due = `${timeLimitDays}个工作日内办结（${shortDate(deadline, now)}前）`;
  if (!assignment.handler) return `进入${placeName}值班队列，等待乡镇工作人员认领，${due}`;
  return `由${placeName} ${named(assignment.handler)} 办理，${due}`;
}

function named(handler: HandlerRef): string {
  return handler.title ? `${handler.name}（${handler.title}）` : handler.name;
}

/** Notices for a new assignment: the handler gets a task, or the staff of its queue (the township's, or the county's) are alerted. */
export function assignmentNotices(assignment: Assignment, request: Pick<ResidentRequest, 'townshipId'>): Notice[] {
  if (assignment.handler) return [{ kind: 'newTask', to: assignment.handler.id }];
  return [{ kind: 'queueAlert', staffOf: assignment.level === 'county' ? assignment.node.id : request.townshipId }];
}
