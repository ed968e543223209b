import type { RequestState } from '../../contract/requests';
import type { Notice, ResidentRequest } from '../../domain/requests/ResidentRequest';
import { STATE_LABELS } from '../../domain/requests/requestStates';
import { staffToAlert, type StaffMember } from '../../domain/requests/staffToAlert';
import { cloud, type Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { readDocs } from '../../shared/readDocs';
import type { User } from '../../domain/people/User';
import { clip, wechatTime } from '../../shared/subscribeText';
import { REQUEST_PAGE, SUBSCRIBE_TEMPLATES } from './subscribeTemplates';

/** The `phrase` keyword holds 5 characters at most: the state labels, one shortened. */
const SHORT_STATUS: Record<RequestState, string> = { ...STATE_LABELS, resolved: '已办结' };

const TASK_KIND: Record<Notice['kind'], string> = {
  assigned: '新诉求',
  escalated: '上报诉求',
  resolved: '已办结',
  newTask: '新诉求',
  queueAlert: '待认领',
  overdueAlert: '已超期',
};

/** What a resident hears about their own request, even when they caused it (filing, 没解决). */
const RESIDENT_KINDS: ReadonlyArray<Notice['kind']> = ['assigned', 'escalated', 'resolved'];

function messageFor(notice: Notice, request: ResidentRequest, now: Date): { templateId: string; data: Record<string, { value: string }> } {
  const subject = { value: clip(`${request.categoryName}：${request.text}`, 20) };
  if (RESIDENT_KINDS.includes(notice.kind)) {
    const t = SUBSCRIBE_TEMPLATES.residentProgress;
    const handler = request.handler ? `${request.handler.name}（${request.handler.title}）` : `${request.townshipName}值班`;
    const remark =
      request.state === 'resolved'
        ? '请在7天内评价办理结果'
        : request.deadline
          ? `请耐心等待，${request.timeLimitDays}个工作日内办结`
          : '点击查看办理进度';
    return {
      templateId: t.id,
      data: {
        [t.keys.subject]: subject,
        [t.keys.status]: { value: clip(SHORT_STATUS[request.state], 5) },
        [t.keys.handler]: { value: clip(handler, 20) },
        [t.keys.time]: { value: wechatTime(now) },
        [t.keys.remark]: { value: clip(remark, 20) },
      },
    };
  }
  const t = SUBSCRIBE_TEMPLATES.handlerTask;
  return {
    templateId: t.id,
    data: {
      [t.keys.subject]: subject,
      [t.keys.kind]: { value: clip(TASK_KIND[notice.kind], 5) },
      [t.keys.deadline]: { value: wechatTime(request.deadline ?? now) },
      [t.keys.remark]: { value: clip(`${request.villageName} ${request.gridName}`, 20) },
    },
  };
}

/** Staff who could be alerted about this request's places (only read when a notice needs them). */
async function staffOver(db: Database, request: ResidentRequest): Promise<StaffMember[]> {
  const _ = db.command;
  const people = await readDocs<Pick<User, '_id' | 'roles' | 'staffScopeId'>>(
    db.collection(COLLECTIONS.users).where({ staffScopeId: _.in(request.placeIds) }).field({ _id: true, roles: true, staffScopeId: true }).limit(100),
  );
  return people.map((p) => ({ id: p._id, roles: p.roles, scopeId: p.staffScopeId }));
}

/**
 * Sends the subscribe messages of a change. A message can fail (the person
 * did not subscribe, the quota is used up): that is logged and never undoes
 * or fails the step, which is already written.
 */
export async function sendNotices(
  db: Database,
  notices: Notice[],
  request: ResidentRequest,
  now: Date,
  /** `actor`: who caused the change; they are not sent tasks they made themselves. */
  options: { staff?: StaffMember[]; actor?: string | null } = {},
): Promise<number> {
  if (notices.length === 0) return 0;
  let staff = options.staff;
  if (!staff && notices.some((n) => 'staffOf' in n)) staff = await staffOver(db, request);
  const sent = new Set<string>();
  const sends: Array<Promise<unknown>> = [];
  for (const notice of notices) {
    const recipients = 'to' in notice ? [notice.to] : staffToAlert(staff ?? [], request.placeIds, notice.staffOf);
    for (const touser of recipients) {
      const key = `${touser}:${notice.kind}`;
      const ownTask = touser === options.actor && !RESIDENT_KINDS.includes(notice.kind);
      if (ownTask || sent.has(key)) continue;
      sent.add(key);
      const { templateId, data } = messageFor(notice, request, now);
      sends.push(
        cloud.openapi.subscribeMessage
          .send({ touser, templateId, page: `${REQUEST_PAGE}?id=${request._id}`, data, miniprogramState: 'formal' })
          .catch((error: unknown) => console.warn(`[requests] subscribe message to ${touser} not sent`, error)),
      );
    }
  }
  await Promise.all(sends);
  return sends.length;
}
