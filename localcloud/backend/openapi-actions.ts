import { CloudError } from '../errors';
import { isPlainObject } from '../store/values';
import { AdminContext } from './context';
import { decodeOpenApiRequest, encodeOpenApiResponse } from './openapi-proto';

type WxResult = Record<string, unknown>;

function invalid(errcode: number, errmsg: string): WxResult {
  return { errcode, errmsg };
}

/** subscribeMessage.send: validated like WeChat does, then recorded in the outbox instead of delivered. */
function subscribeMessageSend(params: Record<string, unknown>, ctx: AdminContext, api: string): WxResult {
  const { touser, template_id: templateId, page, data, ...extra } = params;
  if (typeof touser !== 'string' || !touser) return invalid(40003, 'invalid openid');
  if (typeof templateId !== 'string' || !templateId) return invalid(40037, 'invalid template_id');
  if (!isPlainObject(data) || !Object.values(data).every((v) => isPlainObject(v) && 'value' in v)) {
    return invalid(47003, 'argument invalid! data.keyword.value is required');
  }
  ctx.store.outbox.append({
    api,
    touser,
    templateId,
    page: typeof page === 'string' ? page : null,
    data,
    extra,
    functionName: ctx.invocation?.functionName ?? null,
    callerOpenid: ctx.invocation?.identity.openid ?? null,
    time: ctx.clock.now(),
  });
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
  const result = allowed && !allowed.includes(apiName)
    ? invalid(-604101, `function has no permission to call this API: add "${apiName}" to permissions.openapi in ${functionName}/config.json`)
    : handler
      ? handler(params, ctx, apiName)
      : invalid(-604100, `openapi.${apiName} is not emulated by the local cloud`);
  return encodeOpenApiResponse(result);
}
