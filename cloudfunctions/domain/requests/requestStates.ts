import type { RequestState } from './vocabulary';
import { DomainError } from '../shared/DomainError';

export const STATE_LABELS: Record<RequestState, string> = {
  submitted: '待分派',
  assigned: '已分派',
  accepted: '办理中',
  escalated: '已上报',
  suspended: '已暂停',
  reopened: '重新办理',
  resolved: '已办结待评价',
  closed: '已完成',
  rejected: '不予受理',
};

/** Everything a request can go through; `route` is filing, the system's steps are the last three. */
export type RequestCommand =
  | 'route'
  | 'accept'
  | 'note'
  | 'resolve'
  | 'escalate'
  | 'suspend'
  | 'resume'
  | 'reject'
  | 'rate'
  | 'notSolved'
  | 'recategorize'
  | 'sweepEscalate'
  | 'supervise'
  | 'autoClose'
  | 'assignDepartment'
  | 'returnToTownship'
  | 'reassign'
  | 'explain'
  | 'plan'
  | 'planDue';

/** States in which someone is working on it (it counts toward a handler's load until resolved). */
export const WORKING_STATES: readonly RequestState[] = ['submitted', 'assigned', 'accepted', 'escalated', 'reopened', 'suspended'];
/** Not finished: the resident still waits for something (an answer, or their rating). */
export const OPEN_STATES: readonly RequestState[] = [...WORKING_STATES, 'resolved'];
export const FINAL_STATES: readonly RequestState[] = ['closed', 'rejected'];
/** Held by a handler and on the clock. */
const ACTIVE: readonly RequestState[] = ['assigned', 'accepted', 'escalated', 'reopened'];

interface Transition {
  from: readonly RequestState[];
  to: readonly RequestState[];
}

/**
 * The state machine, as data: for each command, the states it may start
 * from and the states it may lead to. A few targets depend on the request
 * (resume returns to where it was; a second 没解决 escalates instead of
 * reopening; re-routing may find nobody and queue it).
 */
export const TRANSITIONS: Record<RequestCommand, Transition> = {
  route: { from: [], to: ['assigned', 'submitted'] },
  accept: { from: ['submitted', 'assigned', 'escalated', 'reopened'], to: ['accepted'] },
  note: { from: OPEN_STATES, to: OPEN_STATES },
  resolve: { from: ['accepted'], to: ['resolved'] },
  escalate: { from: ACTIVE, to: ['escalated'] },
  suspend: { from: ACTIVE, to: ['suspended'] },
  resume: { from: ['suspended'], to: ACTIVE },
  reject: { from: ['submitted', ...ACTIVE], to: ['rejected'] },
  rate: { from: ['resolved'], to: ['closed'] },
  notSolved: { from: ['resolved'], to: ['reopened', 'escalated'] },
  recategorize: { from: ['submitted', ...ACTIVE], to: ['assigned', 'submitted'] },
  // A duty queue's request nobody took by the deadline goes up too (the township's to the county).
  sweepEscalate: { from: ['submitted', ...ACTIVE], to: ['escalated'] },
  supervise: { from: ['submitted', ...ACTIVE], to: ['submitted', ...ACTIVE] },
  autoClose: { from: ['resolved'], to: ['closed'] },
  assignDepartment: { from: ['submitted', ...ACTIVE], to: ['assigned'] },
  returnToTownship: { from: ['assigned', 'accepted'], to: ['escalated', 'submitted'] },
  reassign: { from: ['submitted', ...ACTIVE], to: ['assigned'] },
  // 已解释 / 纳入规划: a closing outcome beside 办结, rated (or 没解决) the same way.
  explain: { from: ['accepted'], to: ['resolved'] },
  plan: { from: ['accepted'], to: ['resolved'] },
  // The plan's date came: reopened for follow-up, awaiting a rating or closed.
  planDue: { from: ['resolved', 'closed'], to: ['reopened'] },
};

export function canStart(command: RequestCommand, state: RequestState): boolean {
  return TRANSITIONS[command].from.includes(state);
}

/**
 * Refuses a step the state machine does not allow, with a message saying
 * what state the request is in. `to` is checked when the step knows it.
 */
export function assertTransition(command: RequestCommand, from: RequestState, to?: RequestState): void {
  const rule = TRANSITIONS[command];
  if (!rule.from.includes(from)) {
    throw new DomainError('ILLEGAL_TRANSITION', `这件诉求现在是“${STATE_LABELS[from]}”，不能进行这个操作，请刷新后查看`);
  }
  if (to !== undefined && !rule.to.includes(to)) {
    throw new DomainError('INTERNAL', `状态流转有误：${from} → ${to}`);
  }
}

export function isOpen(state: RequestState): boolean {
  return OPEN_STATES.includes(state);
}

/** Following makes sense while there is something to wait for. */
export function assertFollowable(state: RequestState): void {
  if (!isOpen(state)) {
    throw new DomainError('ILLEGAL_TRANSITION', `这件诉求已经“${STATE_LABELS[state]}”，不需要再关注`);
  }
}
