import { IncomingMessage, ServerResponse } from 'node:http';
import { acceptSubscribe } from '../backend/subscribe-consent';
import { ServerDeps } from './deps';
import { HttpError, parseJsonBody, readBody, sendJson } from './http-util';
import { respondWithInvocation } from './invoke-response';
import { handleDevDownload, handleDevUpload } from './storage-routes';

function clockState(deps: ServerDeps): { offsetMs: number; now: string } {
  return { offsetMs: deps.clock.offsetMs, now: new Date(deps.clock.now()).toISOString() };
}

/** GET /dev/users: who the H5 build may impersonate (users collection: _id = OPENID). */
function listUsers(deps: ServerDeps): Array<{ openid: string; name: string; roles: string[] }> {
  if (!deps.store.documents.hasCollection('users')) return [];
  // People imported from a roster (roster-<phone>) have no WeChat account yet: nobody can be them.
  return deps.store
    .find('users')
    .filter((u) => !String(u._id).startsWith('roster-'))
    .map((u) => ({
      openid: String(u._id),
      name: typeof u.name === 'string' ? u.name : String(u._id),
      roles: Array.isArray(u.roles) ? u.roles.filter((r): r is string => typeof r === 'string') : [],
    }));
}

const PHONE = /^1[3-9]\d{9}$/;

/**
 * POST /dev/phone-code {"phone", "code"?}: what WeChat's phone-number button
 * gives a mini-program after the person agrees to share their number; the
 * H5 build has no such button and asks here. `code` names the code (tests).
 */
async function issuePhoneCode(req: IncomingMessage, deps: ServerDeps): Promise<{ code: string }> {
  const body = parseJsonBody(await readBody(req, 4 * 1024), {}) as { phone?: unknown; code?: unknown };
  if (typeof body.phone !== 'string' || !PHONE.test(body.phone)) {
    throw new HttpError(400, 'body must be {"phone": "<11-digit mainland mobile number>", "code"?: "<string>"}');
  }
  const code = typeof body.code === 'string' && body.code ? body.code : undefined;
  return { code: deps.admin.phoneCodes.issue(body.phone, deps.clock.now(), code) };
}

/**
 * /dev/subscribe-consent: POST {"openid", "templateIds"} is a person
 * accepting wx.requestSubscribeMessage (the H5 build sends it from the tap;
 * tests send it as the client would); each acceptance allows one message.
 * GET ?openid= lists the unused acceptances per template.
 */
async function subscribeConsent(req: IncomingMessage, res: ServerResponse, deps: ServerDeps, url: URL): Promise<void> {
  if (req.method === 'GET') {
    const openid = url.searchParams.get('openid') ?? '';
    if (!openid) throw new HttpError(400, 'query must name ?openid=');
    return sendJson(res, 200, { openid, unused: deps.store.consents.unused(openid) });
  }
  const body = parseJsonBody(await readBody(req, 16 * 1024), {});
  const answer = acceptSubscribe(body, deps.admin.templates, deps.store.consents, deps.clock.now());
  return sendJson(res, answer.ok ? 200 : 400, answer.result);
}

/** Development-only routes under /dev/. */
export async function handleDev(req: IncomingMessage, res: ServerResponse, deps: ServerDeps, url: URL): Promise<void> {
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent); // ['dev', ...]
  const [, area, ...rest] = parts;
  const method = req.method ?? 'GET';

  if (area === 'upload' && rest.length === 0) return handleDevUpload(req, res, deps, url);
  if (area === 'download' && rest.length === 0) return handleDevDownload(req, res, deps, url);
  if (area === 'users' && rest.length === 0 && method === 'GET') return sendJson(res, 200, listUsers(deps));
  if (area === 'phone-code' && rest.length === 0 && method === 'POST') return sendJson(res, 200, await issuePhoneCode(req, deps));
  if (area === 'subscribe-consent' && rest.length === 0 && (method === 'POST' || method === 'GET')) {
    return subscribeConsent(req, res, deps, url);
  }
  if (area === 'outbox' && rest.length === 0 && method === 'GET') return sendJson(res, 200, deps.store.outbox.list());
  if (area === 'functions' && rest.length === 0 && method === 'GET') {
    return sendJson(
      res,
      200,
      deps.runtime.catalog.list().map((f) => ({ name: f.name, timeoutMs: f.timeoutMs, triggers: f.triggers })),
    );
  }
  if (area === 'clock' && rest.length === 0) {
    if (method === 'GET') return sendJson(res, 200, clockState(deps));
    if (method === 'POST') {
      const body = parseJsonBody(await readBody(req, 64 * 1024), {}) as { offsetMs?: unknown };
      if (typeof body.offsetMs !== 'number' || !Number.isFinite(body.offsetMs)) {
        throw new HttpError(400, 'body must be {"offsetMs": <number of milliseconds>}');
      }
      deps.clock.setOffset(body.offsetMs);
      return sendJson(res, 200, clockState(deps));
    }
  }
  if (area === 'timers' && rest.length === 2 && method === 'POST') {
    const [fn, trigger] = rest;
    return respondWithInvocation(res, () => deps.runtime.fireTimer(fn, trigger));
  }
  throw new HttpError(404, `no such dev route: ${method} ${url.pathname}`);
}
