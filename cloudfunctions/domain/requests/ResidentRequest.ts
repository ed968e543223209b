import type { FiledAnswer } from '../catalog/categoryQuestions';
import type { HandlingLevel, RequestState } from './vocabulary';

/** Who did something, as recorded in the ledger (names are kept as they were then). */
export interface Actor {
  /** OPENID, or null for the system (timers, routing). */
  id: string | null;
  name: string;
  role: 'resident' | 'gridMember' | 'cadre' | 'staff' | 'system';
  /** 网格长, 村党总支书记…; empty for residents and the system. */
  title: string;
}

/** A place a request sits at: its node in the jurisdiction tree. */
export interface PlaceRef {
  id: string;
  name: string;
}

/** Who holds a request now. */
export interface HandlerRef {
  id: string;
  name: string;
  title: string;
}

/**
 * Who may read a ledger entry (and, separately, its note and photos):
 * everyone who can see the request (followers included), the resident who
 * filed it and everyone handling it, or only those handling it.
 */
export type Audience = 'public' | 'owner' | 'internal';

export type EventKind =
  | 'submitted'
  | 'routed'
  | 'accepted'
  | 'note'
  | 'resolved'
  | 'escalated'
  | 'suspended'
  | 'resumed'
  | 'rejected'
  | 'rated'
  | 'notSolved'
  | 'closed'
  | 'recategorized'
  | 'supervised'
  | 'noticeFailed'
  | 'departmentAssigned'
  | 'departmentReturned'
  | 'reassigned'
  | 'explained'
  | 'planned'
  | 'planDue';

/**
 * One entry of the ledger (台账). Entries are only ever appended, in the same
 * atomic write that changes the request, so the ledger and the state can
 * never disagree.
 */
export interface LedgerEvent {
  id: string;
  at: Date;
  kind: EventKind;
  actor: Actor;
  from: RequestState | null;
  to: RequestState;
  /** What happened, in plain Chinese, without the actor and without private details. */
  what: string;
  /** The words that came with it: a reason, an outcome, a note, the routing reason. */
  note: string | null;
  photos: string[];
  /** Who sees the entry. */
  visibility: Audience;
  /** Who sees `note` and `photos` (never wider than `visibility`). */
  noteVisibility: Audience;
  /** The client's key for the step, so a retried step is recognised. */
  opId: string | null;
  /** What was asked under the key (domain/shared/clientKeys): the same key for another request is refused. */
  opFingerprint?: string;
}

/**
 * 限期解决: the department a township assigned the request to, with its
 * deadline (also the request's `deadline`) and the township's note. Cleared
 * when the department hands it back; kept (as who solved it) once resolved.
 */
export interface DepartmentHold {
  id: string;
  name: string;
  /** The county or township it serves (a county department's is placeIds[0]). */
  placeId: string;
  workdays: number;
  deadline: Date;
  note: string;
  assignedBy: Actor;
  assignedAt: Date;
  /** 督办: the sweep found it past its deadline and alerted the township and the county. */
  overdue: boolean;
}

/** Closing outcomes that are not 办结: only explained, or put into the (medium/long-term) plan. */
export type ClosingOutcome = 'explained' | 'planned';

/** 纳入规划 (中长期规划): what will be done and by when; the request reopens for follow-up on that date. */
export interface RequestPlan {
  /** What will be done, in words. */
  text: string;
  /** The China calendar date it should be done by, YYYY-MM-DD. */
  targetDate: string;
  /** The start of that date in China (UTC+8): when the timer reopens it. */
  dueAt: Date;
  by: Actor;
  at: Date;
  /** When the timer reopened it for follow-up; null before. */
  reopenedAt: Date | null;
}

/** A 诉求 as stored: the current state plus its whole ledger. */
export interface ResidentRequest {
  _id: string;
  code: string;
  /** Bumped by every state change; a step names the version it saw. */
  version: number;
  state: RequestState;
  /** Where a suspended request resumes. */
  stateBeforeSuspend: RequestState | null;

  categoryId: string;
  categoryName: string;
  /** 限时办结 of the category when it was routed, in working days. */
  timeLimitDays: number;
  text: string;
  /** Answers to the category's extra questions, each with its question's words as asked (absent on requests filed before questions existed). */
  answers?: FiledAnswer[];
  photos: string[];
  location: { address?: string; latitude?: number; longitude?: number } | null;
  publicName: boolean;

  /** The resident's OPENID; null when filed on behalf of someone without an account. */
  residentId: string | null;
  residentName: string;
  /**
   * How to reach the resident; '' when they left no number. Never shown to
   * other residents. On a 代办 request (no residentId) also how it finds its
   * resident later: whoever WeChat verifies this number for (see ownsRequest).
   */
  residentPhone: string;
  /**
   * Whether WeChat had verified `residentPhone` for the resident's account
   * when it was filed; a typed number (or one a grid member wrote down for
   * 代办) is not. Absent on requests from before: not verified.
   */
  residentPhoneVerified?: boolean;
  household: string | null;
  /** Filed by a grid member or staff on the resident's behalf (代办). */
  proxy: boolean;
  filedBy: Actor;

  gridId: string;
  gridName: string;
  villageId: string;
  villageName: string;
  townshipId: string;
  townshipName: string;
  /** Every node the request lies in, root first, grid last: "everything under X" is one indexed query. */
  placeIds: string[];

  level: HandlingLevel;
  /** The node at the current level (grid, village or township). */
  levelNode: PlaceRef;
  handler: HandlerRef | null;
  /** The handler while the request is theirs to work on; null otherwise. Indexed: open counts and inboxes. */
  openHandlerId: string | null;
  /** Everyone who has held it. */
  handlerIds: string[];
  /** The department holding it (限期解决); absent on requests from before departments. */
  department?: DepartmentHold | null;
  /** The department's id while it is theirs to work on; null otherwise. Indexed: the department's inbox. */
  openDepartmentId?: string | null;
  /** In the township's duty queue: nobody could take it, staff were alerted. */
  queued: boolean;
  routingReason: string;

  /** End of the working time for the current handler; null once resolved or while suspended. */
  deadline: Date | null;
  /**
   * The working days (China dates) up to the deadline, fixed when the
   * deadline is set, so the countdown ("剩2个工作日") needs no calendar read.
   */
  dueWorkdays: string[];
  /** Working time left when suspended (ms), to restore the deadline on resume. */
  pausedRemainingMs: number | null;
  /** When the timer must look at it next (deadline, or 7 days after resolution). Indexed. */
  sweepAt: Date | null;

  /**
   * How the work ended: 办结 (no `kind`), or a closing outcome that is not a
   * solution (已解释, 纳入规划; `text` is the explanation). Rated the same way,
   * counted apart from 办结 in the figures.
   */
  resolution: { text: string; photos: string[]; at: Date; by: Actor; kind?: ClosingOutcome } | null;
  /** 纳入规划: the last plan made for it (kept after its date came, as what was promised). */
  plan?: RequestPlan | null;
  /**
   * When the plan's date comes, while the plan is outstanding: from planning
   * until the follow-up ends (办结, a new plan, 不予受理) or the resident's
   * 没解决 puts it back to work at once. Indexed: the staff's list of plans.
   */
  planDueAt?: Date | null;
  rating: { stars: number; comment: string | null; at: Date } | null;
  notSolvedCount: number;
  rejection: { kind: 'notOurs' | 'duplicate'; reason: string; duplicateOf: string | null } | null;
  followerIds: string[];
  /** The 留言 staff turned into this request (absent on requests filed before messages existed). */
  sourceMessageId?: string | null;
  /** The visit (民情日记) on which a cadre found this problem. */
  sourceVisitId?: string | null;

  createdAt: Date;
  updatedAt: Date;
  resolvedAt: Date | null;
  closedAt: Date | null;

  ledger: LedgerEvent[];
}

export type NoticeKind = 'assigned' | 'escalated' | 'resolved' | 'newTask' | 'queueAlert' | 'overdueAlert';

/** Someone to tell about a change with a subscribe message: a person, or the staff over a place. */
export type Notice = { kind: NoticeKind; to: string } | { kind: NoticeKind; staffOf: string };
