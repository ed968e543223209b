import type { ActionName, Envelope, FunctionName, RequestOf, ResponseOf } from '../contract';
import { cloud } from './cloud';

/**
 * Calls an action of another cloud function the way the mini-program does,
 * through the platform (`cloud.callFunction`): the callee runs as the same
 * user (WeChat passes the caller's OPENID on; its SOURCE reads
 * `wx_client,scf`), validates the input and checks role and jurisdiction
 * itself. One area uses another's features this way instead of importing
 * its internals. The answer is the callee's envelope; a platform failure
 * (function missing, timed out) is thrown.
 */
export async function callAction<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  payload: RequestOf<F, A>,
): Promise<Envelope<ResponseOf<F, A>>> {
  const answer = (await cloud.callFunction({ name: fn, data: { action, payload } })) as { result?: unknown };
  const result = answer?.result as Envelope<ResponseOf<F, A>> | undefined;
  if (!result || typeof result !== 'object' || typeof (result as { ok?: unknown }).ok !== 'boolean') {
    throw new Error(`${fn}.${action} answered without an envelope`);
  }
  return result;
}
