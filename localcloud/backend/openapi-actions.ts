import { CloudError } from '../errors';
import type { KeywordType } from './keyword-types';
import { isPlainObject } from '../store/values';
import { AdminContext } from './context';
import { decodeOpenApiRequest, encodeOpenApiResponse } from './openapi-proto';
import { keywordValueProblem } from './subscribe-keywords';

type WxResult = Record<string, unknown>;

function invalid(errcode: number, errmsg: string): WxResult {
  return { errcode, errmsg };
}

const MINIPROGRAM_STATES = ['developer', 'trial', 'formal'];
const LANGS = ['zh_CN', 'en_US', 'zh_HK', 'zh_TW'];

/** Why WeChat would refuse this message's `data` for the template (47003), or null. */
function dataProblem(data: unknown, keywords: ReadonlyMap<string, KeywordType>): string | null {
  if (!isPlainObject(data)) return 'argument invalid! data is required';
  for (const key of Object.keys(data)) {
    if (!keywords.has(key)) return `argument invalid! data.${key} is not a keyword of the template`;
  }
  for (const [key, type] of keywords) {
    const entry = data[key];
    if (!isPlainObject(entry) || !('value' in entry)) return `argument invalid! data.${key}.value is empty`;
    const problem = keywordValueProblem(type, entry.value);
    if (problem) return `argument invalid! data.${key}.value ${problem}`;
  }
  return null;
}

/**
 * subscribeMessage.send, checked as WeChat does: the user, a template the
 * console knows, the options, every keyword's value by its type, and then
 * an unused acceptance of that template by that user (one send each).
 * Accepted messages are recorded in the outbox instead of delivered.
 */
function subscribeMessageSend(params: Record<string, unknown>, ctx: AdminContext, api: string): WxResult {
  const { touser, template_id: templateId, page, data, ...extra } = params;
  if (typeof touser !== 'string' || !touser) return invalid(40003, 'invalid openid');
  const keywords = typeof templateId === 'string' ? ctx.templates.keywords(templateId) : undefined;
  if (typeof templateId !== 'string' || !keywords) return invalid(40037, 'invalid template id');
  if (page !== undefined && (typeof page !== 'string' || page.startsWith('/'))) return invalid(41030, 'invalid page');
  if (extra.miniprogram_state !== undefined && !MINIPROGRAM_STATES.includes(String(extra.miniprogram_state))) {
    return invalid(47003, 'argument invalid! miniprogram_state must be developer, trial or formal');
  }
  if (extra.lang !== undefined && !LANGS.includes(String(extra.lang))) return invalid(47003, 'argument invalid! lang');
  const problem = dataProblem(data, keywords);
  if (problem) return invalid(47003, problem);
  const now = ctx.clock.now();
  const { consents, outbox } = ctx.store;
  const sent = consents.atomically(() => {
    if (!consents.take(touser, templateId, now)) return false;
    outbox.append({
      api,
      touser,
      templateId,
      page: typeof page === 'string' ? page : null,
      data,
      extra,
      functionName: ctx.invocation?.functionName ?? null,
      callerOpenid: ctx.invocation?.identity.openid ?? null,
      time: now,
    });
    return true;
  });
  if (!sent) return invalid(43101, 'user refuse to accept the msg');
  return { errcode: 0, errmsg: 'ok', msgid: Date.now() };
}

/**
 * phonenumber.getPhoneNumber: the number behind a code of the phone-number
 * button, answered in WeChat's shape; a code works once (40029 after).
 */
function getPhoneNumber(params: Record<string, unknown>, ctx: AdminContext): WxResult {
  const code = typeof params.code === 'string' ? params.code : '';
  const phone = code ? ctx.phoneCodes.redeem(code, ctx.clock.now()) : undefined;
  if (!phone) return invalid(40029, 'invalid code');
  return {
    errcode: 0,
    errmsg: 'ok',
    phone_info: {
      phoneNumber: phone,
      purePhoneNumber: phone,
      countryCode: '86',
      watermark: { timestamp: Math.floor(ctx.clock.now() / 1000), appid: ctx.invocation?.identity.appid ?? '' },
    },
  };
}

const handlers: Record<string, (params: Record<string, unknown>, ctx: AdminContext, api: string) => WxResult> = {
  'subscribeMessage.send': subscribeMessageSend,
  'phonenumber.getPhoneNumber': getPhoneNumber,
  // Content checks pass locally; production runs the real check.
  'security.msgSecCheck': () => ({ errcode: 0, errmsg: 'ok', result: { suggest: 'pass', label: 100 }, detail: [] }),
  'security.imgSecCheck': () => ({ errcode: 0, errmsg: 'ok' }),
};

/** wx.openApi: the request and the response are protobuf (see openapi-proto.ts). */
export function handleOpenApi(fields: Map<string, Buffer>, ctx: AdminContext): Buffer {
  const apiName = fields.get('apiName')?.toString('utf8') ?? '';
  const requestData = fields.get('requestData');
  if (!apiName || !requestData) throw new CloudError('INVALID_PARAM', 'apiName and requestData are required');
  const { params } = decodeOpenApiRequest(requestData);
  const handler = handlers[apiName];
  const functionName = ctx.invocation?.functionName;
  const allowed = functionName ? ctx.openapiPermissions(functionName) : null;
  // WeChat lets a function call only the openapi its config.json lists.
  const result =
    allowed && !allowed.includes(apiName)
      ? invalid(
          -604101,
          `function has no permission to call this API: add "${apiName}" to permissions.openapi in ${functionName}/config.json`,
        )
      : handler
        ? handler(params, ctx, apiName)
        : invalid(-604100, `openapi.${apiName} is not emulated by the local cloud`);
  return encodeOpenApiResponse(result);
}
