import { DomainError } from '../shared/DomainError';
import type { Actor, ResidentRequest } from './ResidentRequest';
import { ledgerEvent, shortDate, type RequestChange } from './requestChange';
import { assertTransition } from './requestStates';
import { endsPlan } from './planFields';
import { addWorkingMs, DAY_MS, workdaysUntil, workingMsBetween, type WorkCalendar } from '../calendar/workCalendar';

/** A resolved request waits this long for the resident's rating, then closes itself. */
export const RATING_WINDOW_MS = 7 * DAY_MS;

interface StepInput {
  actor: Actor;
  now: Date;
  opId: string;
}

function acceptWhat(request: ResidentRequest, fromQueue: boolean): string {
  if (fromQueue && request.openDepartmentId && request.department) return `${request.department.name}受理了诉求，开始办理`;
  return fromQueue ? '从值班队列认领了诉求，开始办理' : '受理了诉求，开始办理';
}

/** The department's hold ends with the request's work (the hold stays, as who did it). */
function endsDepartmentWork(request: ResidentRequest): { openDepartmentId?: null } {
  return request.openDepartmentId ? { openDepartmentId: null } : {};
}

/** 受理: the handler takes it on; staff take a request waiting in the duty queue. */
export function acceptRequest(request: ResidentRequest, { actor, now, opId }: StepInput): RequestChange {
  assertTransition('accept', request.state, 'accepted');
  const fromQueue = request.handler === null;
  const handler = fromQueue ? { id: actor.id as string, name: actor.name, title: actor.title } : request.handler;
  return {
    set: {
      state: 'accepted',
      handler,
      openHandlerId: handler?.id ?? null,
      handlerIds: handler && !request.handlerIds.includes(handler.id) ? [...request.handlerIds, handler.id] : request.handlerIds,
      queued: false,
      updatedAt: now,
    },
    events: [
      ledgerEvent(request, 0, now, {
        kind: 'accepted',
        actor,
        from: request.state,
        to: 'accepted',
        what: acceptWhat(request, fromQueue),
        opId,
      }),
    ],
    notices: [],
    bumpsVersion: true,
  };
}

/** A note of what was done (with photos); internal notes are for handlers and staff only. */
export function addNote(
  request: ResidentRequest,
  { actor, now, opId }: StepInput,
  note: { text: string; photos: string[]; internal: boolean },
): RequestChange {
  assertTransition('note', request.state);
  return {
    set: { updatedAt: now },
    events: [
      ledgerEvent(request, 0, now, {
        kind: 'note',
        actor,
        from: request.state,
        to: request.state,
        what: note.internal ? '记录了内部办理情况' : '记录了办理情况',
        note: note.text,
        photos: note.photos,
        visibility: note.internal ? 'internal' : 'owner',
        opId,
      }),
    ],
    notices: [],
    bumpsVersion: false,
  };
}

/** 办结: the outcome in words and photos; the resident is asked to rate it within 7 days. */
export function resolveRequest(
  request: ResidentRequest,
  { actor, now, opId }: StepInput,
  outcome: { text: string; photos: string[] },
): RequestChange {
  assertTransition('resolve', request.state, 'resolved');
  const notices: RequestChange['notices'] = [];
  if (request.residentId) notices.push({ kind: 'resolved', to: request.residentId });
  for (const follower of request.followerIds) notices.push({ kind: 'resolved', to: follower });
  return {
    set: {
      state: 'resolved',
      resolution: { text: outcome.text, photos: outcome.photos, at: now, by: actor },
      resolvedAt: now,
      openHandlerId: null,
      ...endsDepartmentWork(request),
      ...endsPlan(request),
      deadline: null,
      dueWorkdays: [],
      pausedRemainingMs: null,
      sweepAt: new Date(now.getTime() + RATING_WINDOW_MS),
      updatedAt: now,
    },
    events: [
      ledgerEvent(request, 0, now, {
        kind: 'resolved',
        actor,
        from: request.state,
        to: 'resolved',
        what: '办结了诉求，请群众评价',
        note: outcome.text,
        photos: outcome.photos,
        opId,
      }),
    ],
    notices,
    bumpsVersion: true,
  };
}

/** 挂起: stops the clock (the working time left is kept), with a reason. */
export function suspendRequest(
  request: ResidentRequest,
  { actor, now, opId }: StepInput,
  reason: string,
  calendar: WorkCalendar,
): RequestChange {
  assertTransition('suspend', request.state, 'suspended');
  const remaining = request.deadline ? workingMsBetween(now, request.deadline, calendar) : 0;
  return {
    set: {
      state: 'suspended',
      stateBeforeSuspend: request.state,
      pausedRemainingMs: remaining,
      deadline: null,
      dueWorkdays: [],
      sweepAt: null,
      updatedAt: now,
    },
    events: [
      ledgerEvent(request, 0, now, {
        kind: 'suspended',
        actor,
        from: request.state,
        to: 'suspended',
        what: '暂停办理，办理时限暂停计时',
        note: reason,
        noteVisibility: 'owner',
        opId,
      }),
    ],
    notices: [],
    bumpsVersion: true,
  };
}

/** Resumes where it was, with the working time that was left. */
export function resumeRequest(request: ResidentRequest, { actor, now, opId }: StepInput, calendar: WorkCalendar): RequestChange {
  const back = request.stateBeforeSuspend ?? 'accepted';
  assertTransition('resume', request.state, back);
  const deadline = addWorkingMs(now, request.pausedRemainingMs ?? 0, calendar);
  // A department holding it: its 限期 (what the resident reads, what 督办 checks) moves with the clock.
  const hold = request.openDepartmentId && request.department ? { department: { ...request.department, deadline } } : {};
  return {
    set: {
      ...hold,
      state: back,
      stateBeforeSuspend: null,
      pausedRemainingMs: null,
      deadline,
      dueWorkdays: workdaysUntil(now, deadline, calendar),
      sweepAt: deadline,
      updatedAt: now,
    },
    events: [
      ledgerEvent(request, 0, now, {
        kind: 'resumed',
        actor,
        from: 'suspended',
        to: back,
        what: `恢复办理，计时继续（${shortDate(deadline, now)}前办结）`,
        opId,
      }),
    ],
    notices: [],
    bumpsVersion: true,
  };
}

export interface Rejection {
  kind: 'notOurs' | 'duplicate';
  reason: string;
  /** The request this one repeats (kind 'duplicate'). */
  original: { id: string; code: string } | null;
}

/** 不予受理: not ours to handle, or a duplicate of another request (which the resident can follow). */
export function rejectRequest(request: ResidentRequest, { actor, now, opId }: StepInput, rejection: Rejection): RequestChange {
  assertTransition('reject', request.state, 'rejected');
  if (rejection.kind === 'duplicate' && !rejection.original) {
    throw new DomainError('INVALID_INPUT', '请选择与之重复的原诉求', [{ path: 'duplicateOf', message: '必须填写' }]);
  }
  if (rejection.original?.id === request._id) {
    throw new DomainError('INVALID_INPUT', '不能与自己重复', [{ path: 'duplicateOf', message: '不能是这件诉求本身' }]);
  }
  const what =
    rejection.kind === 'duplicate' && rejection.original
      ? `与诉求 ${rejection.original.code} 重复，并入该诉求办理`
      : '不予受理：不属于这里办理的范围';
  return {
    set: {
      state: 'rejected',
      rejection: { kind: rejection.kind, reason: rejection.reason, duplicateOf: rejection.original?.id ?? null },
      closedAt: now,
      openHandlerId: null,
      ...endsDepartmentWork(request),
      ...endsPlan(request),
      deadline: null,
      dueWorkdays: [],
      pausedRemainingMs: null,
      sweepAt: null,
      updatedAt: now,
    },
    events: [
      ledgerEvent(request, 0, now, {
        kind: 'rejected',
        actor,
        from: request.state,
        to: 'rejected',
        what,
        note: rejection.reason,
        noteVisibility: 'owner',
        opId,
      }),
    ],
    notices: request.residentId ? [{ kind: 'resolved', to: request.residentId }] : [],
    bumpsVersion: true,
  };
}

export type { StepInput };
