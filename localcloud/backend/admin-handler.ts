import { randomBytes } from 'node:crypto';
import { CloudError } from '../errors';
import { Invocation } from '../runtime/invocation';
import { isPlainObject } from '../store/values';
import { credentialOf } from './caller';
import { ActionResult, AdminContext } from './context';
import { databaseActions } from './database-actions';
import { functionsActions } from './functions-actions';
import { parseMultipart } from './multipart';
import { handleOpenApi } from './openapi-actions';
import { storageActions } from './storage-actions';

export type AdminEnvironment = Omit<AdminContext, 'credential' | 'invocation' | 'arrivedAt'> & {
  /** The invocation currently running in the worker that owns this credential. */
  invocationFor(credential: string | undefined): Invocation | undefined;
};

/** The most an /admin request may carry (the HTTP route refuses more with 413, and so does the bridge). */
export const ADMIN_BODY_LIMIT = 50 * 1024 * 1024;

export interface AdminRequest {
  contentType: string;
  authorization: string | undefined;
  /** Text when it came as text over a function instance's port (runtime/backend-bridge.js). */
  body: Buffer | string;
  /** performance.now() when the request began to arrive. */
  arrivedAt?: number;
}

export interface AdminResponse {
  contentType: string;
  body: Buffer | string;
}

type AnyHandler = (body: Record<string, unknown>, ctx: AdminContext) => ActionResult | Promise<ActionResult>;

const handlers: Record<string, AnyHandler> = { ...databaseActions, ...storageActions, ...functionsActions };

/** Every JSON action /admin answers (`wx.openApi` comes as multipart): each is one wx-server-sdk sends. */
export const answeredActions: readonly string[] = Object.keys(handlers);

function json(value: unknown): AdminResponse {
  return { contentType: 'application/json; charset=utf-8', body: JSON.stringify(value) };
}

function errorBody(err: unknown, action: string, requestId: string): AdminResponse {
  if (err instanceof CloudError) return json({ code: err.code, message: err.message, requestId });
  console.error(`[localcloud] ${action} failed:`, err);
  const code = action.startsWith('database.') ? 'DATABASE_REQUEST_FAILED' : 'SYS_ERR';
  return json({ code, message: err instanceof Error ? err.message : String(err), requestId });
}

/**
 * POST /admin: the single endpoint every wx-server-sdk call goes to. Errors
 * travel in a 200 body as {code, message}, which is how the SDK expects them.
 */
/** Request ids: unique in this process (random start, then counted), not secret. */
let nextRequestId = randomBytes(4).readUInt32BE(0) * 2 ** 20;

export async function handleAdmin(req: AdminRequest, env: AdminEnvironment): Promise<AdminResponse> {
  const requestId = (nextRequestId++).toString(16).padStart(16, '0');
  const credential = credentialOf(req.authorization);
  const ctx: AdminContext = { ...env, credential, invocation: env.invocationFor(credential), arrivedAt: req.arrivedAt };
  let action = '';
  try {
    if (/^multipart\/form-data/i.test(req.contentType)) {
      const fields = parseMultipart(Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body), req.contentType);
      action = fields.get('action')?.toString('utf8') ?? '';
      if (action === 'wx.openApi') return { contentType: 'application/octet-stream', body: handleOpenApi(fields, ctx) };
      throw new CloudError('INVALID_ACTION', `action ${action} is not supported by the local cloud`);
    }
    let body: unknown;
    try {
      body = JSON.parse(typeof req.body === 'string' ? req.body : req.body.toString('utf8'));
    } catch {
      throw new CloudError('INVALID_PARAM', 'request body is not JSON');
    }
    if (!isPlainObject(body) || typeof body.action !== 'string') throw new CloudError('INVALID_PARAM', 'action is required');
    action = body.action;
    const handler = handlers[action];
    if (!handler) throw new CloudError('INVALID_ACTION', `action ${action} is not supported by the local cloud`);
    if (action.startsWith('database.')) {
      ctx.invocation?.countDbAction();
      await ctx.pauses.before(body, action, ctx.invocation?.functionName ?? '');
    }
    const result = await handler(body, ctx);
    return json({ ...result, requestId });
  } catch (err) {
    return errorBody(err, action, requestId);
  }
}

/**
 * The same endpoint for a request a function instance's SDK sent over the
 * instance's message port: answered as the HTTP route answers it, status included.
 */
export async function handleBridgedAdmin(req: AdminRequest, env: AdminEnvironment): Promise<AdminResponse & { status: number }> {
  const size = typeof req.body === 'string' ? Buffer.byteLength(req.body) : req.body.length;
  if (size > ADMIN_BODY_LIMIT) {
    return { status: 413, ...json({ errCode: -1, errMsg: `request body larger than ${ADMIN_BODY_LIMIT} bytes` }) };
  }
  return { status: 200, ...(await handleAdmin(req, env)) };
}
