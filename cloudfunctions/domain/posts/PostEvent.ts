/**
 * The append-only history of party-member work: every registration,
 * decision, post change, claim, step-down, log and verification adds one.
 * Nothing in this collection is updated or deleted.
 */
export type PostEventType =
  | 'registrationSubmitted'
  | 'registrationApproved'
  | 'registrationRejected'
  | 'membershipEnded'
  | 'postCreated'
  | 'postEdited'
  | 'postClosed'
  | 'claimed'
  | 'steppedDown'
  | 'claimEnded'
  | 'serviceLogged'
  | 'logApproved'
  | 'logRejected'
  | 'starsScored'
  | 'claimLimitChanged';

export interface PostEvent {
  type: PostEventType;
  at: Date;
  /** Order among the events one action writes at the same `at` (closing a post, then ending its claims). */
  step: number;
  actorId: string;
  actorName: string;
  postId: string | null;
  memberId: string | null;
  logId: string | null;
  /** Where it happened (grid and ancestors), for the ledger of a jurisdiction. */
  placeIds: string[];
  detail: Record<string, string | number | null>;
}

export interface EventSubject {
  postId?: string;
  memberId?: string;
  logId?: string;
  placeIds?: string[];
  detail?: Record<string, string | number | null>;
  step?: number;
}

export function postEvent(type: PostEventType, actor: { _id: string; name: string }, now: Date, subject: EventSubject): PostEvent {
  return {
    type,
    at: now,
    step: subject.step ?? 0,
    actorId: actor._id,
    actorName: actor.name,
    postId: subject.postId ?? null,
    memberId: subject.memberId ?? null,
    logId: subject.logId ?? null,
    placeIds: subject.placeIds ?? [],
    detail: subject.detail ?? {},
  };
}

/**
 * An event's id from what it records (`ev-serviceLogged-<logId>`), so an
 * action resent after stopping between its own write and the event's writes
 * the event then, and once.
 */
export function postEventIdOf(type: PostEventType, ...parts: (string | number)[]): string {
  return ['ev', type, ...parts].join('-');
}
