import { isIn } from '../people/audiences';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import { chinaDate, fromChinaWallClock } from '../shared/chinaTime';
import type { WorkCalendar } from '../calendar/workCalendar';
import type { ClosingOutcome, HandlerRef, Notice, RequestPlan, ResidentRequest } from './ResidentRequest';
import { assignmentFields, assignmentWhat, ledgerEvent, SYSTEM, type RequestChange, type RequestFields } from './requestChange';
import { assertTransition, canStart, STATE_LABELS } from './requestStates';
import { RATING_WINDOW_MS, type StepInput } from './handlerSteps';

/** How far ahead a plan's date may lie (中长期规划: a few years, not "some day"). */
export const MAX_PLAN_YEARS = 5;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The start of a China calendar date (YYYY-MM-DD), or null when it is no real date (2027-02-30). */
export function planDueInstant(targetDate: string): Date | null {
  const match = DATE_PATTERN.exec(targetDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const wall = Date.UTC(year, month - 1, day);
  const back = new Date(wall);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return fromChinaWallClock(wall);
}

function dateRefused(message: string): DomainError {
  return new DomainError('INVALID_INPUT', message, [{ path: 'targetDate', message }]);
}

/** The plan's date: a real date after today (China) and at most MAX_PLAN_YEARS ahead. Returns when it comes. */
export function requirePlanDate(targetDate: string, now: Date): Date {
  const dueAt = planDueInstant(targetDate);
  if (!dueAt) throw dateRefused('请选择计划完成的日期');
  if (targetDate <= chinaDate(now)) throw dateRefused('计划完成日期要在今天之后');
  const today = chinaDate(now);
  const latest = `${Number(today.slice(0, 4)) + MAX_PLAN_YEARS}${today.slice(4)}`;
  if (targetDate > latest) throw dateRefused(`计划完成日期不能晚于${MAX_PLAN_YEARS}年以后`);
  return dueAt;
}

/** "2027年3月" */
export function planMonth(targetDate: string): string {
  return `${targetDate.slice(0, 4)}年${Number(targetDate.slice(5, 7))}月`;
}

/** "2027年3月15日" */
export function planDay(targetDate: string): string {
  return `${planMonth(targetDate)}${Number(targetDate.slice(8, 10))}日`;
}

/** What the resident reads: "已纳入规划（计划 2027年3月 完成）". */
export function planWords(plan: Pick<RequestPlan, 'targetDate'>): string {
  return `已纳入规划（计划 ${planMonth(plan.targetDate)} 完成）`;
}

interface Closing {
  kind: ClosingOutcome;
  explanation: string;
  plan: RequestPlan | null;
}

/** The fields of 已解释 / 纳入规划: the request waits for the resident's rating, like a 办结. */
function closingChange(request: ResidentRequest, { actor, now, opId }: StepInput, closing: Closing): RequestChange {
  assertTransition(closing.kind === 'planned' ? 'plan' : 'explain', request.state, 'resolved');
  const ratingEnds = now.getTime() + RATING_WINDOW_MS;
  const dueAt = closing.plan?.dueAt ?? null;
  const set: RequestFields = {
    state: 'resolved',
    resolution: { text: closing.explanation, photos: [], at: now, by: actor, kind: closing.kind },
    plan: closing.plan ?? request.plan ?? null,
    planDueAt: dueAt,
    resolvedAt: now,
    openHandlerId: null,
    ...(request.openDepartmentId ? { openDepartmentId: null } : {}),
    deadline: null,
    dueWorkdays: [],
    pausedRemainingMs: null,
    sweepAt: new Date(dueAt ? Math.min(ratingEnds, dueAt.getTime()) : ratingEnds),
    updatedAt: now,
  };
  const what = closing.plan
    ? `纳入规划，计划${planDay(closing.plan.targetDate)}前完成，请群众评价`
    : '已向群众解释，暂不能解决，请群众评价';
  const note = closing.plan ? `${closing.explanation}\n规划：${closing.plan.text}` : closing.explanation;
  const notices: Notice[] = [];
  if (request.residentId) notices.push({ kind: 'resolved', to: request.residentId });
  for (const follower of request.followerIds) notices.push({ kind: 'resolved', to: follower });
  const event = ledgerEvent(request, 0, now, { kind: closing.kind, actor, from: request.state, to: 'resolved', what, note, opId });
  return { set, events: [event], notices, bumpsVersion: true };
}

/** 已解释: it cannot be solved now and will not be planned; the resident is told why and may rate it. */
export function explainRequest(request: ResidentRequest, input: StepInput, explanation: string): RequestChange {
  return closingChange(request, input, { kind: 'explained', explanation, plan: null });
}

/** 纳入规划: explained, with the plan and its date; it reopens for follow-up when the date comes. */
export function planRequest(
  request: ResidentRequest,
  input: StepInput,
  words: { explanation: string; plan: string; targetDate: string },
): RequestChange {
  assertTransition('plan', request.state, 'resolved');
  const dueAt = requirePlanDate(words.targetDate, input.now);
  const plan: RequestPlan = { text: words.plan, targetDate: words.targetDate, dueAt, by: input.actor, at: input.now, reopenedAt: null };
  return closingChange(request, input, { kind: 'planned', explanation: words.explanation, plan });
}

/** The state in words, with the closing outcome: "已纳入规划", "已解释待评价"… */
export function stateLabelOf(request: Pick<ResidentRequest, 'state' | 'resolution'>): string {
  const kind = request.state === 'resolved' || request.state === 'closed' ? request.resolution?.kind : undefined;
  if (kind === 'planned') return '已纳入规划';
  if (kind === 'explained') return request.state === 'resolved' ? '已解释待评价' : '已解释';
  return STATE_LABELS[request.state];
}

/** Whether the timer reopens the request now: its plan's date has come and it was not reopened yet. */
export function isPlanDue(request: Pick<ResidentRequest, 'state' | 'plan' | 'planDueAt'>, now: Date): boolean {
  if (!request.plan || !request.planDueAt || request.plan.reopenedAt) return false;
  return request.planDueAt.getTime() <= now.getTime() && canStart('planDue', request.state);
}

/** What the timer knows of the person who made the plan (read fresh when its date comes). */
export type Planner = Pick<User, '_id' | 'name' | 'roles' | 'gridDuties' | 'nodeDuties' | 'staffScopeId' | 'departmentId'>;

/** How the planner still serves the request's place, or null when they have left (the level's queue takes it). */
export function plannerStanding(planner: Planner | null, request: ResidentRequest): 'person' | 'department' | null {
  if (!planner) return null;
  if (planner.gridDuties.some((duty) => duty.gridId === request.gridId)) return 'person';
  if (planner.nodeDuties.some((duty) => request.placeIds.includes(duty.nodeId))) return 'person';
  if (isIn(planner, 'staff') && planner.staffScopeId !== null && request.placeIds.includes(planner.staffScopeId)) return 'person';
  const hold = request.department;
  if (hold && isIn(planner, 'departmentStaff') && planner.departmentId === hold.id) return 'department';
  return null;
}

/**
 * The plan's date came: the request reopens for follow-up with the person
 * who planned it (back in their department's hands if they planned it for
 * the department), or in the level's queue when they no longer serve there;
 * a new deadline of the category's time limit; the handler and the resident
 * are told. The plan stays outstanding until the follow-up ends.
 */
export function reopenPlan(request: ResidentRequest, now: Date, planner: Planner | null, calendar: WorkCalendar): RequestChange {
  assertTransition('planDue', request.state, 'reopened');
  const plan = request.plan as RequestPlan;
  const standing = plannerStanding(planner, request);
  const handler: HandlerRef | null = standing && planner ? { id: planner._id, name: planner.name, title: plan.by.title } : null;
  const target = { level: request.level, node: request.levelNode, handler, reason: '规划日期已到，重新办理跟进' };
  const fields = assignmentFields(request, target, now, calendar);
  const deadline = fields.deadline as Date;
  const keepsDepartment: RequestFields =
    standing === 'department' && request.department
      ? {
          department: { ...request.department, deadline, overdue: false, workdays: request.timeLimitDays },
          openDepartmentId: request.department.id,
        }
      : {};
  const notices: Notice[] = handler ? [{ kind: 'newTask', to: handler.id }] : [{ kind: 'queueAlert', staffOf: request.townshipId }];
  if (request.residentId) notices.push({ kind: 'assigned', to: request.residentId });
  const what = `规划的完成日期（${planDay(plan.targetDate)}）已到，重新办理跟进：${assignmentWhat(target, request.timeLimitDays, deadline, now, target.node.name)}`;
  return {
    set: {
      ...fields,
      ...keepsDepartment,
      state: 'reopened',
      plan: { ...plan, reopenedAt: now },
      // As after 没解决: the explanation stays in the ledger, the request is open again.
      resolution: null,
      resolvedAt: null,
      updatedAt: now,
    },
    events: [ledgerEvent(request, 0, now, { kind: 'planDue', actor: SYSTEM, from: request.state, to: 'reopened', what, note: plan.text })],
    notices,
    bumpsVersion: true,
  };
}
