import type { RequestDetailDto, RequestOf, RequestStepName } from '../../../cloudfunctions/contract';
import { uploadFolder } from '../../../cloudfunctions/shared/uploadFolder';
import { acceptSubscribe } from '../../support/subscribeConsent';
import { dataOf, type TestCloud } from '../../support/testCloud';

let counter = 0;

/** A fresh idempotency / step key, as the client makes one per attempt. */
export function key(prefix = 'k'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter.toString().padStart(4, '0')}`;
}

/** A photo `openid` uploaded for a request: in their own folder, the only place a request takes photos from. */
export function photoOf(openid: string, name = 'photo-1.jpg'): string {
  return `cloud://local-dev.6c6f-local-dev-1300000000/${uploadFolder('requests', openid)}${name}`;
}

/** `openid` allows one progress notice of their requests, as the tap on 提交 (or 没解决) does, with the ids formOptions gave the page. */
export async function allowProgressNotice(test: TestCloud, openid: string): Promise<void> {
  const { subscribeTemplateIds } = dataOf(await test.call(openid, 'requests', 'formOptions', {}));
  await acceptSubscribe(test.cloud.url, openid, subscribeTemplateIds);
}

/** A handler or staff member allows task notices, one per tap on 接收新诉求和超期提醒 in their inbox. */
export async function allowTaskNotice(test: TestCloud, openid: string, taps = 1): Promise<void> {
  const { subscribeTemplateIds } = dataOf(await test.call(openid, 'requests', 'inbox', { view: 'mine' }));
  for (let i = 0; i < taps; i += 1) await acceptSubscribe(test.cloud.url, openid, subscribeTemplateIds);
}

type SubmitInput = Partial<RequestOf<'requests', 'submit'>>;

/**
 * A resident files a request (defaults: 王秀英, her grid, 环境卫生 → 汪德华),
 * allowing one progress notice in the same tap, as the filing page does.
 */
export async function file(test: TestCloud, openid = 'demo-resident-wang', fields: SubmitInput = {}): Promise<RequestDetailDto> {
  await allowProgressNotice(test, openid);
  const result = await test.call(openid, 'requests', 'submit', {
    clientKey: key('submit'),
    gridId: 'g-hubin-1',
    categoryId: 'environment',
    text: '池塘边的垃圾桶倒了，垃圾撒了一地，好几天没人管。',
    photos: [],
    publicName: false,
    ...fields,
  });
  return dataOf(result).request;
}

type StepAction = Exclude<RequestStepName, 'addNote' | 'follow' | 'unfollow'>;

const DEFAULTS: Record<StepAction, Record<string, unknown>> = {
  accept: {},
  resolve: { outcome: '已安排保洁员清理干净。', photos: [] },
  escalate: { reason: '需要村里统一安排' },
  suspend: { reason: '等待天晴后施工' },
  resume: {},
  reject: { kind: 'notOurs', reason: '不属于本网格的事' },
  rate: { stars: 5 },
  notSolved: { reason: '还是没有弄好' },
  recategorize: { categoryId: 'mediation' },
  assignDepartment: { departmentId: 'dep-county-minzheng', workdays: 5, note: '请县民政局核实后解决' },
  returnToTownship: { reason: '不属于本部门职责' },
  reassign: { note: '换一位同志办理' },
  explain: { explanation: '这件事要等政策调整，暂时办不了，已当面说明。' },
  plan: { explanation: '需要县里立项才能修。', plan: '列入明年村道硬化计划。', targetDate: `${new Date().getUTCFullYear() + 1}-03-15` },
};

/** One step on a request at the version the caller saw; answers the raw envelope. */
export function stepRaw(
  test: TestCloud,
  openid: string,
  action: StepAction,
  request: { id: string; version: number },
  fields: Record<string, unknown> = {},
) {
  const payload = { requestId: request.id, version: request.version, opId: key(action), ...DEFAULTS[action], ...fields };
  return test.call(openid, 'requests', action, payload as never);
}

export async function step(
  test: TestCloud,
  openid: string,
  action: StepAction,
  request: { id: string; version: number },
  fields: Record<string, unknown> = {},
): Promise<RequestDetailDto> {
  return dataOf(await stepRaw(test, openid, action, request, fields)) as RequestDetailDto;
}

export async function detail(test: TestCloud, openid: string, requestId: string): Promise<RequestDetailDto> {
  return dataOf(await test.call(openid, 'requests', 'detail', { requestId }));
}

export type MessageData = Record<string, { value: string } | undefined>;

/** Messages sent to one person since `since` (outbox sequence), about one request if given, oldest first. */
export function messagesTo(test: TestCloud, openid: string, since = 0, requestId?: string) {
  return test.cloud
    .outbox()
    .filter((m) => m.touser === openid && m.seq > since && (!requestId || m.page?.endsWith(`?id=${requestId}`)))
    .reverse()
    .map((m) => ({ ...m, data: m.data as MessageData }));
}

export function lastSeq(test: TestCloud): number {
  return test.cloud.outbox()[0]?.seq ?? 0;
}
