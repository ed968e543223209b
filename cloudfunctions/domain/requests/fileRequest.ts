import type { FiledAnswer } from '../catalog/categoryQuestions';
import type { User } from '../people/User';
import type { Notice, PlaceRef, ResidentRequest } from './ResidentRequest';
import { acceptRequest } from './handlerSteps';
import { actorFor, applyChange, assignmentFields, assignmentNotices, assignmentWhat, ledgerEvent, type Assignment } from './requestChange';
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
  /** Answers already checked against the category's questions (checkAnswers); none when left out. */
  answers?: FiledAnswer[];
  photos: string[];
  location: ResidentRequest['location'];
  publicName: boolean;
  /** The 留言 this request was made from, if any. */
  sourceMessageId?: string | null;
  /** The visit (民情走访) on which the problem was found, if any. */
  sourceVisitId?: string | null;
}

/**
 * 代办 by a grid member of the request's own grid: they sat with the
 * resident and take it on themselves, so it is theirs, not routed to
 * someone else; null for any other filing.
 */
function filerTakesIt(input: FileRequestInput, routing: RoutingContext): Assignment | null {
  if (!input.proxy || !input.filer.roles.includes('gridMember')) return null;
  const duty = input.filer.gridDuties.find((d) => d.gridId === routing.grid.id);
  if (!duty || !routing.members.some((member) => member.id === input.filer._id)) return null;
  const handler = { id: input.filer._id, name: input.filer.name, title: duty.title };
  return { level: 'grid', node: routing.grid, handler, reason: `代办：由代办的网格员 ${handler.name}（${duty.title}）直接受理` };
}

/**
 * A new request, routed at once: the 'submitted' entry, then the routing
 * decision with its reason and deadline. The request is never left without
 * somewhere to go (see routeRequest). 代办 by a grid member of the grid is
 * theirs and accepted in the same write (the 受理 entry recorded), with no
 * task notice to themself.
 */
export function fileRequest(
  input: FileRequestInput,
  routing: RoutingContext,
  calendar: WorkCalendar,
): { request: ResidentRequest; notices: Notice[] } {
  const { now } = input;
  const filedBy = actorFor(input.filer, { gridId: routing.grid.id, placeIds: input.placeIds });
  const takenBy = filerTakesIt(input, routing);
  const decision = takenBy ?? routeRequest(routing);
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
    answers: input.answers ?? [],
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
    sourceVisitId: input.sourceVisitId ?? null,
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
  const routedRequest: ResidentRequest = { ...draft, ...assigned, state, version: 1, ledger: [submitted, routed] };
  if (takenBy)
    return {
      request: applyChange(routedRequest, acceptRequest(routedRequest, { actor: filedBy, now, opId: input.clientKey })),
      notices: [],
    };
  const request = routedRequest;
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
