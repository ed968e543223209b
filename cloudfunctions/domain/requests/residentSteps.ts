import type { Actor, ResidentRequest } from './ResidentRequest';
import { departmentRoundAgain } from './departmentSteps';
import { escalateNotSolved, type EscalationContext } from './escalateRequest';
import { assignmentFields, assignmentWhat, ledgerEvent, SYSTEM, type RequestChange } from './requestChange';
import { assertTransition } from './requestStates';
import { endsPlan, sweepAfterRating } from './planFields';
import type { WorkCalendar } from '../calendar/workCalendar';

interface ResidentInput {
  actor: Actor;
  now: Date;
  opId: string;
}

const STARS = ['', '★', '★★', '★★★', '★★★★', '★★★★★'];

/** 群众满意评判: 1–5 stars and an optional comment close the request. */
export function rateRequest(
  request: ResidentRequest,
  { actor, now, opId }: ResidentInput,
  rating: { stars: number; comment: string | null },
): RequestChange {
  assertTransition('rate', request.state, 'closed');
  return {
    set: {
      state: 'closed',
      rating: { stars: rating.stars, comment: rating.comment, at: now },
      closedAt: now,
      sweepAt: sweepAfterRating(request),
      updatedAt: now,
    },
    events: [
      ledgerEvent(request, 0, now, {
        kind: 'rated',
        actor,
        from: 'resolved',
        to: 'closed',
        what: `评价：${STARS[rating.stars]}（${rating.stars}星），诉求完成`,
        note: rating.comment,
        noteVisibility: 'owner',
        opId,
      }),
    ],
    notices: [],
    bumpsVersion: true,
  };
}

/**
 * 没解决: the first time it goes back to the same handler with the
 * resident's words and a new deadline (a department that resolved it holds
 * it again, with a new 限期); after that one level up. At the county, where
 * there is no level above, it goes back to the handler and the county's staff
 * are alerted to supervise.
 */
export function notSolved(
  request: ResidentRequest,
  input: ResidentInput & { reason: string },
  calendar: WorkCalendar,
  /** Needed from the second time on (see `needsEscalationContext`). */
  context: EscalationContext | null,
): RequestChange {
  assertTransition('notSolved', request.state);
  if (needsEscalationContext(request)) {
    if (!context) throw new Error('notSolved: the escalation context is required the second time');
    const escalated = escalateNotSolved(request, input, context, calendar);
    // 没解决 on a plan puts it back to work now: the plan is no longer what the resident waits for.
    if (escalated) return { ...escalated, set: { ...escalated.set, ...endsPlan(request) } };
  }
  const { actor, now, opId, reason } = input;
  const handler = request.handler;
  const target = {
    level: request.level,
    node: request.levelNode,
    handler,
    reason: `群众反映没解决：“${reason}”，退回原办理人重新办理`,
  };
  // Back to the department that resolved it, when one did: a new round of its 限期.
  const round = departmentRoundAgain(request, now, calendar);
  const fields = { ...assignmentFields(request, target, now, calendar), ...round?.fields };
  const again =
    round?.what ?? `退回重新办理：${assignmentWhat(target, request.timeLimitDays, fields.deadline as Date, now, target.node.name)}`;
  const change: RequestChange = {
    set: {
      ...fields,
      state: 'reopened',
      notSolvedCount: request.notSolvedCount + 1,
      resolution: null,
      ...endsPlan(request),
      resolvedAt: null,
      updatedAt: now,
    },
    events: [
      ledgerEvent(request, 0, now, {
        kind: 'notSolved',
        actor,
        from: 'resolved',
        to: 'reopened',
        what: `反映没解决，${again}`,
        note: reason,
        noteVisibility: 'owner',
        opId,
      }),
    ],
    notices: handler ? [{ kind: 'newTask', to: handler.id }] : [],
    bumpsVersion: true,
  };
  // Back at the top (the county) a second time: nobody above, so its staff supervise.
  if (request.notSolvedCount >= 1) {
    change.notices.push({ kind: 'overdueAlert', staffOf: request.level === 'county' ? request.placeIds[0] : request.townshipId });
  }
  return change;
}

/** A 没解决 after the first escalates, so it needs the levels above. */
export function needsEscalationContext(request: Pick<ResidentRequest, 'notSolvedCount'>): boolean {
  return request.notSolvedCount >= 1;
}

/** Nobody rated it within 7 days of the resolution: it closes itself. */
export function autoCloseRequest(request: ResidentRequest, now: Date): RequestChange {
  assertTransition('autoClose', request.state, 'closed');
  return {
    set: { state: 'closed', closedAt: now, sweepAt: sweepAfterRating(request), updatedAt: now },
    events: [
      ledgerEvent(request, 0, now, {
        kind: 'closed',
        actor: SYSTEM,
        from: 'resolved',
        to: 'closed',
        what: '办结7天内未评价，自动完成',
      }),
    ],
    notices: [],
    bumpsVersion: true,
  };
}
