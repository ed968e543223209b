import type { User } from '../people/User';
import type { ResidentRequest } from '../requests/ResidentRequest';
import { actorFor, ledgerEvent, type RequestChange } from '../requests/requestChange';
import { WORKING_STATES } from '../requests/requestStates';
import { DomainError } from '../shared/DomainError';

/** Past its deadline and still being worked on (a suspended request has no deadline). */
export function isOverdue(request: Pick<ResidentRequest, 'state' | 'deadline'>, now: Date): boolean {
  return WORKING_STATES.includes(request.state) && request.deadline !== null && request.deadline.getTime() <= now.getTime();
}

/**
 * 一键督办: staff remind the handler of an overdue request. The reminder is a
 * 'supervised' entry of the request's ledger (the resident sees that it was
 * supervised) and a subscribe message to the handler.
 */
export function remindOverdue(request: ResidentRequest, staff: User, now: Date, opId: string): RequestChange {
  if (!isOverdue(request, now)) throw new DomainError('NOT_OVERDUE');
  // Nobody holds it: the duty staff of its level (the county's once it reached the county).
  const atCounty = request.level === 'county';
  const queue = atCounty
    ? { name: request.levelNode.name, id: request.placeIds[0] }
    : { name: request.townshipName, id: request.townshipId };
  const who = request.handler ? `${request.handler.name}（${request.handler.title}）` : `${queue.name}值班人员`;
  return {
    set: { updatedAt: now },
    events: [
      ledgerEvent(request, 0, now, {
        kind: 'supervised',
        actor: actorFor(staff, request),
        from: request.state,
        to: request.state,
        what: `督办：已超过办理时限，提醒${who}尽快办结`,
        visibility: 'owner',
        opId,
      }),
    ],
    notices: request.handler ? [{ kind: 'overdueAlert', to: request.handler.id }] : [{ kind: 'overdueAlert', staffOf: queue.id }],
    bumpsVersion: true,
  };
}
