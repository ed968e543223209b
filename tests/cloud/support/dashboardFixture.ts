import { acceptRequest, resolveRequest } from '../../../cloudfunctions/domain/requests/handlerSteps';
import { SYSTEM, actorFor, applyChange, ledgerEvent } from '../../../cloudfunctions/domain/requests/requestChange';
import { rateRequest } from '../../../cloudfunctions/domain/requests/residentSteps';
import type { ResidentRequest } from '../../../cloudfunctions/domain/requests/ResidentRequest';
import { DEMO_GRIDS } from '../../../localcloud/seed/demoPlaces';
import { demoUsers } from '../../../localcloud/seed/demoUsers';
import { filedRequest } from './filedRequest';

/** A demo-grid request taken as far as its spec says (accepted, resolved, rated, 没解决): dashboard fixtures. */
const H = 3_600_000;
const person = (id: string) => demoUsers.find((u) => u._id === id)!;
/** A China wall-clock time. */
export const bj = (iso: string) => new Date(`${iso}+08:00`);

export interface Spec {
  id: string;
  grid: keyof typeof DEMO_GRIDS;
  category: string;
  /** China wall-clock ISO time, or an instant. */
  filed: string | Date;
  /** Hours from filing to resolution, by the grid's handler. */
  resolvedAfter?: number;
  stars?: number;
  /** The timer found it overdue once (a system escalation in its ledger). */
  overdueOnce?: boolean;
  notSolved?: boolean;
  state?: 'accepted' | 'rejected';
}

export function build(spec: Spec): ResidentRequest {
  const grid = DEMO_GRIDS[spec.grid];
  const filedAt = spec.filed instanceof Date ? spec.filed : bj(spec.filed);
  let request = filedRequest(spec.id, grid, spec.category, filedAt);
  const handler = person(request.handler!.id);
  const at = (hours: number) => new Date(filedAt.getTime() + hours * H);
  request = applyChange(request, acceptRequest(request, { actor: actorFor(handler, request), now: at(1), opId: `acc-${spec.id}` }));
  if (spec.overdueOnce) {
    const event = ledgerEvent(request, 0, at(2), {
      kind: 'escalated',
      actor: SYSTEM,
      from: 'accepted',
      to: 'accepted',
      what: '超过办理时限',
    });
    request = { ...request, ledger: [...request.ledger, event] };
  }
  if (spec.state === 'rejected') return { ...request, state: 'rejected', deadline: null, sweepAt: null };
  if (spec.resolvedAfter === undefined) return request;
  const resolvedAt = at(spec.resolvedAfter);
  request = applyChange(
    request,
    resolveRequest(request, { actor: actorFor(handler, request), now: resolvedAt, opId: `res-${spec.id}` }, { text: '已办结', photos: [] }),
  );
  if (spec.notSolved) request = { ...request, notSolvedCount: 1 };
  if (spec.stars !== undefined) {
    request = applyChange(
      request,
      rateRequest(
        request,
        { actor: actorFor(person(request.residentId!), request), now: at(spec.resolvedAfter + 1), opId: `rate-${spec.id}` },
        { stars: spec.stars, comment: null },
      ),
    );
  }
  return request;
}
