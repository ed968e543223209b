import { DomainError } from '../shared/DomainError';
import type { Actor, Notice, ResidentRequest } from './ResidentRequest';
import { assignmentFields, assignmentNotices, assignmentWhat, ledgerEvent, type RequestChange } from './requestChange';
import { assertTransition } from './requestStates';
import { routeRequest, type RoutingContext } from './routeRequest';
import type { WorkCalendar } from '../calendar/workCalendar';

/**
 * Staff correct the category: the request is routed again from the grid,
 * as if filed under the new category, with that category's time limit.
 */
export function recategorizeRequest(
  request: ResidentRequest,
  input: { actor: Actor; now: Date; opId: string },
  category: { id: string; name: string; timeLimitDays: number },
  routing: RoutingContext,
  calendar: WorkCalendar,
): RequestChange {
  if (category.id === request.categoryId) {
    throw new DomainError('INVALID_INPUT', '类别没有变化', [{ path: 'categoryId', message: '请选择另一个类别' }]);
  }
  const decision = routeRequest({ ...routing, category });
  const state = decision.handler ? 'assigned' : 'submitted';
  assertTransition('recategorize', request.state, state);
  const fields = assignmentFields({ ...request, timeLimitDays: category.timeLimitDays }, decision, input.now, calendar);
  const notices: Notice[] = assignmentNotices(decision, request);
  if (request.residentId) notices.push({ kind: 'assigned', to: request.residentId });
  const assigned = assignmentWhat(decision, category.timeLimitDays, fields.deadline as Date, input.now, decision.node.name);
  return {
    set: {
      ...fields,
      state,
      stateBeforeSuspend: null,
      categoryId: category.id,
      categoryName: category.name,
      timeLimitDays: category.timeLimitDays,
      updatedAt: input.now,
    },
    events: [
      ledgerEvent(request, 0, input.now, {
        kind: 'recategorized',
        actor: input.actor,
        from: request.state,
        to: state,
        what: `类别由“${request.categoryName}”改为“${category.name}”，重新分派：${assigned}`,
        note: decision.reason,
        noteVisibility: 'owner',
        opId: input.opId,
      }),
    ],
    notices,
    bumpsVersion: true,
  };
}
