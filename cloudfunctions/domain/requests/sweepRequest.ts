import type { ResidentRequest } from './ResidentRequest';
import { sweepOverdue, type EscalationContext } from './escalateRequest';
import { autoCloseRequest } from './residentSteps';
import type { RequestChange } from './requestChange';
import { canStart } from './requestStates';
import type { WorkCalendar } from '../calendar/workCalendar';
import { isPlanDue, reopenPlan, type Planner } from './planSteps';

/**
 * What the timer does with a request whose `sweepAt` has come: a resolved
 * one closes itself (7 days without a rating); one past its deadline goes a
 * level up, or its township supervises; one whose plan's date has come
 * reopens for follow-up. Anything else only had a stale
 * timer mark, which is cleared so it is not read again.
 */
export function sweepRequest(
  request: ResidentRequest,
  now: Date,
  context: EscalationContext,
  calendar: WorkCalendar,
  /** Who made the request's plan, read fresh, when its date has come (纳入规划). */
  planner: Planner | null = null,
): RequestChange {
  if (request.sweepAt === null || request.sweepAt.getTime() > now.getTime()) {
    return { set: {}, events: [], notices: [], bumpsVersion: false };
  }
  if (isPlanDue(request, now)) return reopenPlan(request, now, planner, calendar);
  if (request.state === 'resolved') return autoCloseRequest(request, now);
  const overdue = request.deadline !== null && request.deadline.getTime() <= now.getTime();
  if (overdue && canStart('supervise', request.state)) return sweepOverdue(request, now, context, calendar);
  return { set: { sweepAt: null }, events: [], notices: [], bumpsVersion: false };
}
