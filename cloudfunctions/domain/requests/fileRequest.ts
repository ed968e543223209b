import type { User } from '../people/User';
import type { Notice, PlaceRef, ResidentRequest } from './ResidentRequest';
import { actorFor, assignmentFields, assignmentNotices, assignmentWhat, ledgerEvent } from './requestChange';
import { routeRequest, type RoutingContext } from './routeRequest';
import type { WorkCalendar } from '../calendar/workCalendar';

export interface FileRequestInput {
  id: string;
  code: string;
  /** The client's idempotency key, kept on the first ledger entry. */
  clientKey: string;
  now: Date;
  /** Who pressed "submit": the resident, or the grid member doing 代办. */
  filer: User;
  /** Who the request is for; `phoneVerified`: WeChat verified `phone` for the resident's account. */
  resident: { id: string | null; name: string; phone: string; phoneVerified: boolean; household: string | null };
  proxy: boolean;
  /** The grid and its ancestors, root first (county, township, village, grid). */
  placeIds: string[];
  category: { id: string; name: string; timeLimitDays: number };
  text: string;
  photos: string[];
  location: ResidentRequest['location'];
  publicName: boolean;
  /** The 留言 this request was made from, if any. */
  sourceMessageId?: string | null;
}

/**
 * A new request, routed at once: the 'submitted' entry, then the routing
 * decision with its reason and deadline. The request is never left without
 * somewhere to go (see routeRequest).
 */
export function fileRequest(
  input: FileRequestInput,
  routing: RoutingContext,
  calendar: WorkCalendar,
): { request: ResidentRequest; notices: Notice[] } {
  const { now } = input;
  const filedBy = actorFor(input.filer, { gridId: routing.grid.id, placeIds: input.placeIds });
  const decision = routeRequest(routing);
  const draft: ResidentRequest = {
    _id: input.id,
    code: input.code,
    version: 0,
    state: 'submitted',
    stateBeforeSuspend: null,
    categoryId: input.category.id,
    categoryName: input.category.name,
    timeLimitDays: input.category.timeLimitDays,
    text: input.text,
    photos: input.photos,
    location: input.location,
    publicName: input.publicName,
    residentId: input.resident.id,
    residentName: input.resident.name,
    residentPhone: input.resident.phone,
    residentPhoneVerified: input.resident.phone !== '' && input.resident.phoneVerified,
    household: input.resident.household,
    proxy: input.proxy,
    filedBy,
    gridId: routing.grid.id,
    gridName: routing.grid.name,
    villageId: routing.village.id,
    villageName: routing.village.name,
    townshipId: routing.township.id,
    townshipName: routing.township.name,
    placeIds: input.placeIds,
    level: 'grid',
    levelNode: routing.grid,
    handler: null,
    openHandlerId: null,
    handlerIds: [],
    queued: false,
    routingReason: '',
    deadline: null,
    dueWorkdays: [],
    pausedRemainingMs: null,
    sweepAt: null,
    resolution: null,
    rating: null,
    notSolvedCount: 0,
    rejection: null,
    followerIds: [],
    sourceMessageId: input.sourceMessageId ?? null,
    createdAt: now,
    updatedAt: now,
    resolvedAt: null,
    closedAt: null,
    ledger: [],
  };
  const assigned = assignmentFields(draft, decision, now, calendar);
  const state = decision.handler ? 'assigned' : 'submitted';
  const place: PlaceRef = decision.node;
  const submitted = ledgerEvent(null, 0, now, {
    kind: 'submitted',
    actor: filedBy,
    from: null,
    to: 'submitted',
    what: input.proxy ? `代群众提交了诉求（${input.category.name}，代办）` : `提交了诉求（${input.category.name}）`,
    opId: input.clientKey,
  });
  const routed = ledgerEvent(null, 1, now, {
    kind: 'routed',
    actor: { id: null, name: '系统', role: 'system', title: '' },
    from: 'submitted',
    to: state,
    what: assignmentWhat(decision, input.category.timeLimitDays, assigned.deadline as Date, now, place.name),
    note: decision.reason,
    noteVisibility: 'owner',
  });
  const request: ResidentRequest = { ...draft, ...assigned, state, version: 1, ledger: [submitted, routed] };
  const notices: Notice[] = [...assignmentNotices(decision, request)];
  if (request.residentId) notices.push({ kind: 'assigned', to: request.residentId });
  return { request, notices };
}

/** Deterministic id and short code of a request from who filed it and their idempotency key. */
export function requestIdentity(hashHex: string): { id: string; code: string } {
  const id = `rq${hashHex.slice(0, 30)}`;
  const code = `QS${parseInt(hashHex.slice(0, 10), 16).toString(36).toUpperCase().padStart(8, '0').slice(-8)}`;
  return { id, code };
}
