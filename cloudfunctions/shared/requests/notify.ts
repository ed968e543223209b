import type { RequestState } from '../../contract/requests';
import type { Notice, ResidentRequest } from '../../domain/requests/ResidentRequest';
import { workdaysAt } from '../../domain/requests/requestChange';
import { STATE_LABELS } from '../../domain/requests/requestStates';
import { staffToAlert, type StaffMember } from '../../domain/requests/staffToAlert';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { readDocs } from '../../shared/readDocs';
import type { User } from '../../domain/people/User';
import { sendSubscribeMessage, type SendOutcome } from '../../shared/subscribeMessage';
import { undeliveredNotice } from '../../domain/requests/undeliveredNotice';

/** The page a message opens. */
export const REQUEST_PAGE = 'packages/requests/detail/index';

/** The `phrase` keyword holds 5 Chinese characters at most: the state labels, one shortened. */
const SHORT_STATUS: Record<RequestState, string> = { ...STATE_LABELS, resolved: '已办结' };

/** 已解释 and 纳入规划 are not 已办结: the resident is told which. */
function statusWord(request: ResidentRequest): string {
  const kind = request.state === 'resolved' ? request.resolution?.kind : undefined;
  if (kind === 'planned') return '纳入规划';
  if (kind === 'explained') return '已解释';
  return SHORT_STATUS[request.state];
}

const TASK_KIND: Record<Notice['kind'], string> = {
  assigned: '新诉求',
  escalated: '上报诉求',
  resolved: '已办结',
  newTask: '新诉求',
  queueAlert: '待认领',
  overdueAlert: '已超期',
};

/** Notices about the request itself, to its resident and followers (诉求办理进度通知). */
const RESIDENT_KINDS: ReadonlyArray<Notice['kind']> = ['assigned', 'escalated', 'resolved'];

function send(notice: Notice, touser: string, request: ResidentRequest, now: Date): Promise<SendOutcome> {
  const page = `${REQUEST_PAGE}?id=${request._id}`;
  const subject = `${request.categoryName}：${request.text}`;
  if (RESIDENT_KINDS.includes(notice.kind)) {
    const queue = request.level === 'county' ? request.levelNode.name : request.townshipName;
    const handler = request.handler ? `${request.handler.name}（${request.handler.title}）` : `${queue}值班`;
    const remark =
      request.state === 'resolved'
        ? '请在7天内评价办理结果'
        : request.deadline
          ? `请耐心等待，${workdaysAt(request.level, request.timeLimitDays)}个工作日内办结`
          : '点击查看办理进度';
    return sendSubscribeMessage('requestProgress', touser, page, {
      thing1: subject,
      phrase2: statusWord(request),
      thing3: handler,
      time4: now,
      thing5: remark,
    });
  }
  return sendSubscribeMessage('requestTask', touser, page, {
    thing1: subject,
    phrase2: TASK_KIND[notice.kind],
    time3: request.deadline ?? now,
    thing4: `${request.villageName} ${request.gridName}`,
  });
}

/** Staff who could be alerted about this request's places (only read when a notice needs them). */
async function staffOver(db: Database, request: ResidentRequest): Promise<StaffMember[]> {
  const _ = db.command;
  const people = await readDocs<Pick<User, '_id' | 'roles' | 'staffScopeId'>>(
    db
      .collection(COLLECTIONS.users)
      .where({ staffScopeId: _.in(request.placeIds) })
      .field({ _id: true, roles: true, staffScopeId: true })
      .limit(100),
  );
  return people.map((p) => ({ id: p._id, roles: p.roles, scopeId: p.staffScopeId }));
}

/**
 * The resident was not told: an internal ledger entry (one push, no version)
 * says so to handlers and staff. Best-effort like the message itself: the
 * step is written already, so a failure here is logged, not raised.
 */
async function recordUndelivered(
  db: Database,
  request: ResidentRequest,
  outcome: Extract<SendOutcome, { sent: false }>,
  now: Date,
): Promise<void> {
  const event = undeliveredNotice(request, now, outcome.notAllowed ? 'notAllowed' : 'failed');
  try {
    await db
      .collection(COLLECTIONS.requests)
      .doc(request._id)
      .update({ data: { ledger: db.command.push([event]) } });
  } catch (error) {
    console.warn(`[requests] could not record the undelivered notice of ${request._id}`, error);
  }
}

/**
 * Sends the subscribe messages of a change, one per person and kind. Nobody
 * is told about a change they made themselves (they see it on their
 * screen), which keeps their one-time acceptance for news they do not have.
 * A message can be refused (no unused acceptance, the quota is used up):
 * that is logged, and for the resident recorded in the ledger for staff; it
 * never undoes or fails the step, which is already written. Returns how
 * many were sent.
 */
export async function sendNotices(
  db: Database,
  notices: Notice[],
  request: ResidentRequest,
  now: Date,
  /** `actor`: who caused the change. */
  options: { staff?: StaffMember[]; actor?: string | null } = {},
): Promise<number> {
  if (notices.length === 0) return 0;
  let staff = options.staff;
  if (!staff && notices.some((n) => 'staffOf' in n)) staff = await staffOver(db, request);
  const seen = new Set<string>();
  const sends: Array<Promise<SendOutcome & { touser: string }>> = [];
  for (const notice of notices) {
    const recipients = 'to' in notice ? [notice.to] : staffToAlert(staff ?? [], request.placeIds, notice.staffOf);
    for (const touser of recipients) {
      const key = `${touser}:${notice.kind}`;
      if (touser === options.actor || seen.has(key)) continue;
      seen.add(key);
      sends.push(send(notice, touser, request, now).then((outcome) => ({ ...outcome, touser })));
    }
  }
  const outcomes = await Promise.all(sends);
  const toResident = outcomes.find((o) => o.touser === request.residentId);
  if (toResident && !toResident.sent) await recordUndelivered(db, request, toResident, now);
  return outcomes.filter((o) => o.sent).length;
}
