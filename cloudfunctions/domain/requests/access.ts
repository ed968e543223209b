import { isIn } from '../people/audiences';
import type { RequestStepName } from './vocabulary';
import { LEVEL_DEPTH } from '../jurisdiction/JurisdictionNode';
import type { User } from '../people/User';
import { isRetryOf } from '../shared/clientKeys';
import { DomainError } from '../shared/DomainError';
import type { Audience, ResidentRequest } from './ResidentRequest';
import { canStart, isOpen, type RequestCommand } from './requestStates';
import { handlingPlaceOf, type Placed } from './reassignRequest';

/** How a person stands to a request; several can hold at once. */
export interface Relation {
  /** Filed by them, or for their verified phone number (代办, see ownsRequest). */
  owner: boolean;
  follower: boolean;
  /** Holds it now. */
  handler: boolean;
  /**
   * Holds it and may still be given it (handlingPlaceOf: a duty in its grid,
   * village or township, staff over it, its department): a holder moved to
   * another grid, or whose role or department was taken away, no longer
   * acts on it; staff over it give it to whoever serves there now (改派).
   */
  inCharge: boolean;
  /** Held it before (escalated away from them). */
  pastHandler: boolean;
  /** Serves the request's grid. */
  gridMember: boolean;
  /** A cadre of a village or township the request has been escalated to. */
  levelCadre: boolean;
  /** Staff whose jurisdiction contains the request. */
  staff: boolean;
  /** Staff of the department the request is (or was last) assigned to. */
  department: boolean;
}

type Viewed = Pick<
  ResidentRequest,
  'residentId' | 'residentPhone' | 'followerIds' | 'handler' | 'handlerIds' | 'gridId' | 'placeIds' | 'level' | 'department'
> &
  Placed;

/**
 * Whether the request is the viewer's own: they filed it, or a grid member
 * filed it for a resident without an account (代办, no residentId) under the
 * number WeChat has since verified for the viewer. A number anyone typed
 * (their contact phone, the phone on a self-filed request) is never a key.
 */
export function ownsRequest(viewer: Pick<User, '_id' | 'phone'>, request: Pick<ResidentRequest, 'residentId' | 'residentPhone'>): boolean {
  if (request.residentId !== null) return request.residentId === viewer._id;
  return viewer.phone !== '' && request.residentPhone !== '' && request.residentPhone === viewer.phone;
}

export function relationOf(viewer: User, request: Viewed): Relation {
  const levelDepth = LEVEL_DEPTH[request.level];
  return {
    owner: ownsRequest(viewer, request),
    follower: request.followerIds.includes(viewer._id),
    handler: request.handler?.id === viewer._id,
    inCharge: request.handler?.id === viewer._id && handlingPlaceOf(viewer, request) !== null,
    pastHandler: request.handlerIds.includes(viewer._id),
    gridMember: isIn(viewer, 'gridMembers') && viewer.gridDuties.some((duty) => duty.gridId === request.gridId),
    // A village cadre at depth 2 sees what reached the village (2) or the township (1).
    levelCadre: viewer.nodeDuties.some((duty) => {
      const at = request.placeIds.indexOf(duty.nodeId);
      return at >= 0 && at < 3 && levelDepth <= at;
    }),
    staff: isIn(viewer, 'staff') && viewer.staffScopeId !== null && request.placeIds.includes(viewer.staffScopeId),
    department:
      isIn(viewer, 'departmentStaff') && !!viewer.departmentId && !!request.department && request.department.id === viewer.departmentId,
  };
}

/** Those who work on requests (as opposed to the residents who file and follow them). */
export function isInsider(relation: Relation): boolean {
  return relation.handler || relation.pastHandler || relation.gridMember || relation.levelCadre || relation.staff || relation.department;
}

export function canSee(relation: Relation): boolean {
  return relation.owner || relation.follower || isInsider(relation);
}

/** How much of the ledger the person may read. */
export function audienceOf(relation: Relation): Audience {
  if (isInsider(relation)) return 'internal';
  return relation.owner ? 'owner' : 'public';
}

const AUDIENCE_RANK: Record<Audience, number> = { public: 0, owner: 1, internal: 2 };

export function reaches(viewer: Audience, needed: Audience): boolean {
  return AUDIENCE_RANK[viewer] >= AUDIENCE_RANK[needed];
}

type StepRequest = Viewed & Pick<ResidentRequest, 'state' | 'openDepartmentId'>;

const STEP_COMMAND: Record<RequestStepName, RequestCommand | null> = {
  accept: 'accept',
  addNote: 'note',
  resolve: 'resolve',
  escalate: 'escalate',
  suspend: 'suspend',
  resume: 'resume',
  reject: 'reject',
  rate: 'rate',
  notSolved: 'notSolved',
  recategorize: 'recategorize',
  follow: null,
  unfollow: null,
  assignDepartment: 'assignDepartment',
  returnToTownship: 'returnToTownship',
  reassign: 'reassign',
  explain: 'explain',
  plan: 'plan',
};

/**
 * Staff who may act at the request's level: any staff over it below the
 * county; at the county only the county's own (a township's staff still see
 * and note it). Escalating from the township, handing to a department, and
 * pausing a department's 限期, is for the township's or the county's staff,
 * not a village's.
 */
function staffActs(relation: Relation, request: StepRequest, viewer: User, step: RequestStepName): boolean {
  if (!relation.staff) return false;
  const depth = request.placeIds.indexOf(viewer.staffScopeId ?? '');
  if (request.level === 'county') return depth === 0;
  const townshipOrAbove =
    step === 'assignDepartment' ||
    (step === 'escalate' && request.level === 'township') ||
    (step === 'suspend' && !!request.openDepartmentId);
  return !townshipOrAbove || depth <= 1;
}

/** Whether the person's relation lets them take this kind of step at all (state aside). */
function mayTake(step: RequestStepName, relation: Relation, request: StepRequest, viewer: User): boolean {
  const staff = staffActs(relation, request, viewer, step);
  // Held by a department now (not only remembered as who solved it).
  const withDepartment = !!request.openDepartmentId;
  // A handler who has left the department holding it, or the place, no longer acts on it (its staff and the township do).
  const holds = relation.inCharge && (!withDepartment || relation.department);
  const works = holds || staff;
  switch (step) {
    case 'accept':
      // The handler accepts what is theirs; a department's staff what was assigned to it; staff the duty queue.
      if (request.handler) return holds;
      return withDepartment ? relation.department : staff;
    case 'addNote':
      return isInsider(relation);
    case 'resolve':
    case 'explain':
    case 'plan':
      return works || (withDepartment && relation.department);
    case 'suspend':
      // 限期解决: the department does not stop its own clock; the level that set the 限期 may.
      return withDepartment ? staff : works;
    case 'resume':
      return works;
    case 'reject':
      // A department does not refuse: it hands the request back to the township.
      return staff || (relation.inCharge && !withDepartment);
    case 'assignDepartment':
      // The township (or the county) assigns departments, not a village's staff; at the county, the county's.
      return staff && (request.level === 'township' || request.level === 'county');
    case 'returnToTownship':
      return withDepartment && relation.department;
    case 'reassign':
      return works;
    case 'escalate':
      return works && request.level !== 'county';
    case 'rate':
    case 'notSolved':
      return relation.owner;
    case 'recategorize':
      return staff;
    case 'follow':
      // Those who work on it see it anyway.
      return isIn(viewer, 'residents') && !relation.owner && !relation.follower && !isInsider(relation);
    case 'unfollow':
      return relation.follower;
  }
}

function stateAllows(step: RequestStepName, request: StepRequest): boolean {
  const command = STEP_COMMAND[step];
  if (command) return canStart(command, request.state);
  return step === 'unfollow' || isOpen(request.state);
}

/** The steps the person may take on the request now (the buttons on its page). */
export function allowedSteps(viewer: User, request: StepRequest): RequestStepName[] {
  const relation = relationOf(viewer, request);
  if (!canSee(relation)) return [];
  return (Object.keys(STEP_COMMAND) as RequestStepName[]).filter(
    (step) => mayTake(step, relation, request, viewer) && stateAllows(step, request),
  );
}

/** Refuses someone for whom the request is none of their business. */
export function requireSight(viewer: User, request: Viewed): Relation {
  const relation = relationOf(viewer, request);
  if (!canSee(relation)) throw new DomainError('OUT_OF_JURISDICTION');
  return relation;
}

/**
 * Refuses a step with the code that says why: the request is not the
 * person's business (OUT_OF_JURISDICTION), it is but this step is not
 * theirs (FORBIDDEN), or the request's state does not allow it now
 * (ILLEGAL_TRANSITION, with the state in words).
 */
export function requireStep(viewer: User, request: StepRequest, step: RequestStepName): Relation {
  const relation = relationOf(viewer, request);
  if (!canSee(relation) && step !== 'follow') throw new DomainError('OUT_OF_JURISDICTION');
  if (step === 'escalate' && (relation.handler || relation.staff) && request.level === 'county') {
    throw new DomainError('TOP_LEVEL');
  }
  if (step === 'assignDepartment' && relation.staff && request.level !== 'township' && request.level !== 'county') {
    throw new DomainError('NOT_AT_TOWNSHIP');
  }
  if (!mayTake(step, relation, request, viewer)) {
    if (step === 'suspend' && request.openDepartmentId && relation.department) throw new DomainError('DEADLINE_KEEPS_RUNNING');
    if (relation.handler && !relation.inCharge) throw new DomainError('NO_LONGER_IN_CHARGE');
    throw new DomainError('FORBIDDEN');
  }
  return relation;
}

/**
 * A step retried with the same key after it went through (the answer was
 * lost on the way back); the key under a different request is KEY_REUSED.
 */
export function alreadyApplied(request: Pick<ResidentRequest, 'ledger'>, opId: string, fingerprint: string): boolean {
  return isRetryOf(request.ledger, opId, fingerprint);
}

/** The version check: a step names the version it saw; anything else means someone acted first. */
export function requireVersion(request: Pick<ResidentRequest, 'version'>, seen: number): void {
  if (request.version !== seen) throw new DomainError('CONFLICT');
}
