import type { ActionEvent, ActionName, Envelope, FunctionName, RequestOf, ResponseOf } from '@contract';
// The contract's one zod-free value module: which actions may be sent twice.
import { isRetrySafe } from '@contract/retrySafe';
import { commonText } from '@/text/common';
import { CloudError } from './errors';
import { transport, TransportError } from './transport';

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
  // One retry when the network failed, for actions the contract marks safe to repeat.
  const attempts = isRetrySafe(fn, action) ? 2 : 1;
  let result: unknown;
  for (let attempt = 1; ; attempt += 1) {
    try {
      result = await transport(fn, event);
      break;
    } catch (err) {
      if (!(err instanceof TransportError)) throw err;
      if (attempt >= attempts) throw new CloudError('NETWORK', commonText.networkError);
    }
  }
  return unwrap<ResponseOf<F, A>>(result);
}

/** Opens an envelope; anything that is not one is the server misbehaving. */
export function unwrap<T>(result: unknown): T {
  if (!isEnvelope(result)) {
    throw new CloudError('INTERNAL', commonText.unknownError);
  }
  if (result.ok) return result.data as T;
  return throwFailure(result);
}

function throwFailure(result: Extract<Envelope<unknown>, { ok: false }>): never {
  const message = typeof result.message === 'string' && result.message !== '' ? result.message : commonText.unknownError;
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
