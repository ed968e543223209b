import { DomainError } from '../shared/DomainError';
import type { Actor, Notice, ResidentRequest } from './ResidentRequest';
import {
  assignmentFields,
  assignmentNotices,
  assignmentWhat,
  ledgerEvent,
  shortDate,
  SYSTEM,
  type Assignment,
  type RequestChange,
} from './requestChange';
import { assertTransition } from './requestStates';
import { handlerLabel, routeAboveGrid, type RoutingContext } from './routeRequest';
import type { WorkCalendar } from '../calendar/workCalendar';

/** What escalation needs to know: the places above the grid and their people. */
export type EscalationContext = Pick<RoutingContext, 'village' | 'township' | 'cadres' | 'openCounts'>;

/**
 * 逐级上报: the next level up (grid → village → township), skipping a level
 * with no first responsible person; above the township there is no level,
 * so null. Nobody at the township: its duty queue.
 */
export function escalationTarget(request: Pick<ResidentRequest, 'level'>, context: EscalationContext, cause: string): Assignment | null {
  if (request.level === 'township') return null;
  const above = routeAboveGrid(context, request.level);
  const skipped = above.skipped.map((node) => `${node.name}暂无第一责任人`).join('，');
  const prefix = skipped ? `${cause}；${skipped}` : cause;
  const reason = above.handler
    ? `${prefix}，上报至${above.node.name}：${handlerLabel(above.handler)}`
    : `${prefix}，进入${context.township.name}值班队列，已通知乡镇工作人员`;
  return { level: above.level, node: above.node, handler: above.handler, reason };
}

function escalationChange(
  request: ResidentRequest,
  target: Assignment,
  actor: Actor,
  now: Date,
  calendar: WorkCalendar,
  event: { what: string; opId: string | null; kind: 'escalated' | 'notSolved' },
  extra: RequestChange['set'] = {},
): RequestChange {
  const fields = assignmentFields(request, target, now, calendar);
  const assigned = assignmentWhat(target, request.timeLimitDays, fields.deadline as Date, now, target.node.name);
  const notices: Notice[] = assignmentNotices(target, request);
  if (request.residentId) notices.push({ kind: 'escalated', to: request.residentId });
  return {
    set: { ...fields, ...extra, state: 'escalated', stateBeforeSuspend: null, updatedAt: now },
    events: [
      ledgerEvent(request, 0, now, {
        kind: event.kind,
        actor,
        from: request.state,
        to: 'escalated',
        what: `${event.what}，${assigned}`,
        // The decision in words: who escalated and why, and where it went.
        note: target.reason,
        noteVisibility: 'owner',
        opId: event.opId,
      }),
    ],
    notices,
    bumpsVersion: true,
  };
}

/** A handler (or staff) escalates by hand, with a reason. */
export function escalateRequest(
  request: ResidentRequest,
  input: { actor: Actor; now: Date; opId: string; reason: string },
  context: EscalationContext,
  calendar: WorkCalendar,
): RequestChange {
  assertTransition('escalate', request.state, 'escalated');
  const who = input.actor.title ? `${input.actor.title} ${input.actor.name}` : input.actor.name;
  const target = escalationTarget(request, context, `${who} 上报：${input.reason}`);
  if (!target) throw new DomainError('TOP_LEVEL');
  return escalationChange(request, target, input.actor, input.now, calendar, {
    kind: 'escalated',
    what: `上报至${target.node.name}`,
    opId: input.opId,
  });
}

/** The timer found it past its deadline: one level up, or (at the township) an alert to supervise. */
export function sweepOverdue(request: ResidentRequest, now: Date, context: EscalationContext, calendar: WorkCalendar): RequestChange {
  const due = request.deadline ? shortDate(request.deadline, now) : '';
  const cause = `超过办理时限（${due}）未办结`;
  const target = escalationTarget(request, context, cause);
  if (!target) return superviseOverdue(request, now, cause);
  assertTransition('sweepEscalate', request.state, 'escalated');
  return escalationChange(request, target, SYSTEM, now, calendar, {
    kind: 'escalated',
    what: `${cause}，自动上报至${target.node.name}`,
    opId: null,
  });
}

/**
 * 督办: nothing above the township, so its staff are alerted (once) and the
 * handler reminded; a department past its deadline is marked overdue and
 * the county's staff are alerted too.
 */
export function superviseOverdue(request: ResidentRequest, now: Date, cause: string): RequestChange {
  assertTransition('supervise', request.state, request.state);
  const notices: Notice[] = [{ kind: 'overdueAlert', staffOf: request.townshipId }];
  if (request.handler) notices.push({ kind: 'overdueAlert', to: request.handler.id });
  const hold = request.openDepartmentId ? request.department : null;
  if (hold) notices.push({ kind: 'overdueAlert', staffOf: request.placeIds[0] });
  const what = hold
    ? `${hold.name}超过限期（${shortDate(hold.deadline, now)}）未解决，已提醒${request.townshipName}和县里督办`
    : `${cause}，已提醒${request.townshipName}工作人员督办`;
  return {
    set: hold ? { sweepAt: null, updatedAt: now, department: { ...hold, overdue: true } } : { sweepAt: null, updatedAt: now },
    events: [ledgerEvent(request, 0, now, { kind: 'supervised', actor: SYSTEM, from: request.state, to: request.state, what })],
    notices,
    bumpsVersion: true,
  };
}

/** A second 没解决 goes one level up (the first goes back to the same handler: see residentSteps). */
export function escalateNotSolved(
  request: ResidentRequest,
  input: { actor: Actor; now: Date; opId: string; reason: string },
  context: EscalationContext,
  calendar: WorkCalendar,
): RequestChange | null {
  const target = escalationTarget(request, context, `群众第${request.notSolvedCount + 1}次反映没解决：“${input.reason}”`);
  if (!target) return null;
  return escalationChange(
    request,
    target,
    input.actor,
    input.now,
    calendar,
    { kind: 'notSolved', what: `群众再次反映没解决，上报至${target.node.name}`, opId: input.opId },
    { notSolvedCount: request.notSolvedCount + 1, resolution: null, resolvedAt: null },
  );
}
