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
import { cadreCandidates, handlerLabel, pickLeastLoaded, routeAboveGrid, type RoutingContext } from './routeRequest';
import type { WorkCalendar } from '../calendar/workCalendar';

/** What escalation needs to know: the places above the grid and their people. */
export type EscalationContext = Pick<RoutingContext, 'village' | 'township' | 'county' | 'cadres' | 'openCounts'>;

/**
 * Beyond the township: the county's first responsible person (the least
 * loaded of several), else the county's duty queue, whose staff are alerted.
 */
function countyTarget(context: EscalationContext, cause: string): Assignment {
  const candidates = cadreCandidates(context.cadres, context.county.id);
  const handler = candidates.length > 0 ? pickLeastLoaded(candidates, context).handler : null;
  const reason = handler
    ? `${cause}，上报至${context.county.name}：${handlerLabel(handler)}`
    : `${cause}，进入${context.county.name}值班队列，已通知县里工作人员`;
  return { level: 'county', node: context.county, handler, reason };
}

/**
 * 逐级上报: the next level up (grid → village → township → county),
 * skipping a village or township with no first responsible person (nobody
 * at the township: its duty queue); above the county there is no level, so
 * null.
 */
export function escalationTarget(request: Pick<ResidentRequest, 'level'>, context: EscalationContext, cause: string): Assignment | null {
  if (request.level === 'county') return null;
  if (request.level === 'township') return countyTarget(context, cause);
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
    what: target.level === 'county' ? '已上报到县里' : `上报至${target.node.name}`,
    opId: input.opId,
  });
}

/**
 * The timer found it past its deadline: one level up (the township's goes to
 * the county), or, at the county or with a department, an alert to supervise.
 */
export function sweepOverdue(request: ResidentRequest, now: Date, context: EscalationContext, calendar: WorkCalendar): RequestChange {
  const due = request.deadline ? shortDate(request.deadline, now) : '';
  const cause = `超过办理时限（${due}）未办结`;
  // A department past its deadline is supervised where it is, never taken from it.
  const target = request.openDepartmentId ? null : escalationTarget(request, context, cause);
  if (!target) return superviseOverdue(request, now, cause);
  assertTransition('sweepEscalate', request.state, 'escalated');
  return escalationChange(request, target, SYSTEM, now, calendar, {
    kind: 'escalated',
    what: target.level === 'county' ? `${cause}，已上报到县里` : `${cause}，自动上报至${target.node.name}`,
    opId: null,
  });
}

/**
 * 督办 (once: the timer mark is cleared): nothing above the county, so its
 * staff are alerted and the handler reminded; a department past its
 * deadline is marked overdue and the staff of the level that assigned it
 * (the township's and the county's, or the county's) are alerted.
 */
export function superviseOverdue(request: ResidentRequest, now: Date, cause: string): RequestChange {
  assertTransition('supervise', request.state, request.state);
  const atCounty = request.level === 'county';
  const notices: Notice[] = [{ kind: 'overdueAlert', staffOf: atCounty ? request.placeIds[0] : request.townshipId }];
  if (request.handler) notices.push({ kind: 'overdueAlert', to: request.handler.id });
  const hold = request.openDepartmentId ? request.department : null;
  if (hold && !atCounty) notices.push({ kind: 'overdueAlert', staffOf: request.placeIds[0] });
  const told = atCounty ? '县里' : `${request.townshipName}和县里`;
  const what = hold
    ? `${hold.name}超过限期（${shortDate(hold.deadline, now)}）未解决，已提醒${told}督办`
    : `${cause}，已提醒${atCounty ? '县里' : request.townshipName}工作人员督办`;
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
    {
      kind: 'notSolved',
      what: `群众再次反映没解决，${target.level === 'county' ? '已上报到县里' : `上报至${target.node.name}`}`,
      opId: input.opId,
    },
    { notSolvedCount: request.notSolvedCount + 1, resolution: null, resolvedAt: null },
  );
}
