import type { ActionEvent, ActionName, Envelope, FunctionName, RequestOf, ResponseOf } from '@contract';
import { zh } from '@/text/zh';
import { CloudError } from './errors';
import { transport, TransportError } from './transport';

/**
 * Actions safe to repeat: those that only read, and those carrying an
 * idempotency key (the server answers a repeat with the first result).
 * They are retried once when the network fails.
 */
const SAFE_TO_REPEAT: { [F in FunctionName]: readonly ActionName<F>[] } = {
  users: ['me'],
  grids: ['listGrids', 'contactCard'],
  servicedays: ['listServiceDays', 'dayList', 'browse', 'getSession', 'myBookings', 'book', 'addWalkIn'],
  posts: [
    'overview',
    'registrationForm',
    'registrations',
    'staffPosts',
    'browsePosts',
    'myRecord',
    'verificationQueue',
    'board',
    'serviceTotals',
    'postHistory',
    'starCandidates',
  ],
};

function isReadOnly<F extends FunctionName>(fn: F, action: ActionName<F>): boolean {
  return (SAFE_TO_REPEAT[fn] as readonly string[]).includes(action);
}

/**
 * Calls one action of one cloud function and returns its data.
 * Throws CloudError: the server's code and Chinese message when the envelope
 * says `ok: false`; code 'NETWORK' when the call got no answer.
 */
export async function callCloud<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  payload: RequestOf<F, A>,
): Promise<ResponseOf<F, A>> {
  const event: ActionEvent<A, RequestOf<F, A>> = { action, payload };
  const attempts = isReadOnly(fn, action) ? 2 : 1;
  let result: unknown;
  for (let attempt = 1; ; attempt += 1) {
    try {
      result = await transport(fn, event);
      break;
    } catch (err) {
      if (!(err instanceof TransportError)) throw err;
      if (attempt >= attempts) throw new CloudError('NETWORK', zh.common.networkError);
    }
  }
  return unwrap<ResponseOf<F, A>>(result);
}

/** Opens an envelope; anything that is not one is the server misbehaving. */
export function unwrap<T>(result: unknown): T {
  if (!isEnvelope(result)) {
    throw new CloudError('INTERNAL', zh.common.unknownError);
  }
  if (result.ok) return result.data as T;
  return throwFailure(result);
}

function throwFailure(result: Extract<Envelope<unknown>, { ok: false }>): never {
  const message = typeof result.message === 'string' && result.message !== '' ? result.message : zh.common.unknownError;
  throw new CloudError(
    result.code,
    message,
    Array.isArray(result.fields) ? result.fields : undefined,
    Array.isArray(result.details) ? result.details.filter((line): line is string => typeof line === 'string') : undefined,
  );
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (!value || typeof value !== 'object') return false;
  const v = value as { ok?: unknown; code?: unknown };
  if (v.ok === true) return 'data' in v;
  return v.ok === false && typeof v.code === 'string';
}
