import { IncomingMessage, ServerResponse } from 'node:http';
import { ServerDeps } from './deps';
import { header, HttpError, parseJsonBody, readBody } from './http-util';
import { respondWithInvocation } from './invoke-response';

const EVENT_LIMIT = 6 * 1024 * 1024;

/**
 * POST /cloud/<function>: what wx.cloud.callFunction does for a client. The
 * caller's identity comes from X-WX-OPENID, which only this local runtime
 * accepts (on WeChat cloud, identity comes from the WeChat session, so a
 * mini-program call always carries an OPENID). Without the header the call
 * is what WeChat's HTTP API (invokeCloudFunction) makes: no user, SOURCE
 * `wx_http` — never a timer, whatever the event looks like.
 */
export async function handleCloudCall(req: IncomingMessage, res: ServerResponse, deps: ServerDeps, name: string): Promise<void> {
  if (req.method !== 'POST') throw new HttpError(405, 'use POST');
  const event = parseJsonBody(await readBody(req, EVENT_LIMIT), {});
  const openid = header(req, 'x-wx-openid')?.trim() || undefined;
  const unionid = header(req, 'x-wx-unionid')?.trim() || undefined;
  await respondWithInvocation(res, () => deps.runtime.invoke(name, event, { openid, unionid }, 'http'));
}
