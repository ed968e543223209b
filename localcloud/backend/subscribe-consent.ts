import { SubscribeConsents } from '../store/consents';
import { TemplateRegistry } from './subscribe-templates';

/** At most this many templates in one wx.requestSubscribeMessage (WeChat's documented 3; newer clients allow 5). */
export const MAX_TEMPLATES_PER_REQUEST = 3;

export type ConsentAnswer = { ok: true; result: Record<string, string> } | { ok: false; result: { errCode: number; errMsg: string } };

function fail(errCode: number, reason: string): ConsentAnswer {
  return { ok: false, result: { errCode, errMsg: `requestSubscribeMessage:fail ${reason}` } };
}

/**
 * What wx.requestSubscribeMessage does once the person taps 允许: checks the
 * template ids as WeChat's client does (the same error codes), then records
 * one acceptance of each for `openid`. The answer has WeChat's shape:
 * `{ errMsg: 'requestSubscribeMessage:ok', <templateId>: 'accept' }`.
 * Whether the call came from a tap is the client's to check (the H5 build
 * refuses outside one, as WeChat does).
 */
export function acceptSubscribe(body: unknown, templates: TemplateRegistry, consents: SubscribeConsents, now: number): ConsentAnswer {
  const { openid, templateIds } = (body && typeof body === 'object' ? body : {}) as { openid?: unknown; templateIds?: unknown };
  if (typeof openid !== 'string' || openid === '' || openid.length > 128) return fail(10001, 'openid is required');
  if (!Array.isArray(templateIds) || templateIds.length === 0) return fail(10001, "TmplIds can't be empty");
  if (!templateIds.every((id): id is string => typeof id === 'string' && id !== '')) return fail(10004, 'Invalid template id');
  const ids = [...new Set(templateIds)];
  if (ids.length > MAX_TEMPLATES_PER_REQUEST) return fail(20003, 'Templates count out of max bounds');
  if (!ids.every((id) => templates.has(id))) return fail(20001, 'No template data return, verify the template id exist');
  consents.grant(openid, ids, now);
  return { ok: true, result: { errMsg: 'requestSubscribeMessage:ok', ...Object.fromEntries(ids.map((id) => [id, 'accept'])) } };
}
