import { getDevOpenid } from '../devIdentity';
import type { ActionEvent } from '@contract';
import type { Transport } from './types';
import { TransportError } from './types';

/** Give up on a call after this long; rural networks are slow but not this slow. */
const TIMEOUT_MS = 15000;

/**
 * H5 transport for the local cloud runtime: `POST /cloud/<fn>` with the event
 * as JSON; the demo identity travels in `X-WX-OPENID`.
 * The runtime answers with the envelope as the body, also for failures
 * (which may carry a 4xx/5xx status), so any JSON body is returned as is.
 */
async function send(fn: string, event: ActionEvent): Promise<unknown> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
  const openid = getDevOpenid();
  if (openid) headers['X-WX-OPENID'] = openid;

  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  const timer = controller ? setTimeout(() => controller.abort(), TIMEOUT_MS) : null;
  // The time limit is for the answer to start, as index.html's early call has it.
  const stop = () => {
    if (timer) clearTimeout(timer);
  };
  const response = fetch(`/cloud/${encodeURIComponent(fn)}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(event),
    signal: controller?.signal,
  });
  return answerOf(
    response.then(
      (res) => {
        stop();
        return res;
      },
      (err: unknown) => {
        stop();
        throw err;
      },
    ),
  );
}

/** The envelope a sent request answers with. */
async function answerOf(response: Promise<Response>): Promise<unknown> {
  let res: Response;
  try {
    res = await response;
  } catch (err) {
    throw new TransportError(err instanceof Error ? err.message : String(err));
  }
  try {
    return await res.json();
  } catch {
    // A proxy's HTML error page or an empty body: the runtime did not answer.
    if (res.status >= 500 || res.status === 0) throw new TransportError(`HTTP ${res.status}`);
    return undefined;
  }
}

/** Calls sent before anything asked for them (`startEarly`), by function and event. */
const early = new Map<string, Promise<unknown>>();

function keyOf(fn: string, event: ActionEvent): string {
  return `${fn} ${JSON.stringify(event)}`;
}

/**
 * Sends a call now that a page will make once it has loaded (the home's, from
 * the app's entry: src/h5/earlyHome.ts): the first call of the same action
 * with the same payload gets its answer instead of sending another; later ones
 * go out as usual. Same request, same identity header.
 */
export function startEarly(fn: string, event: ActionEvent): void {
  keepEarly(fn, event, () => send(fn, event));
}

/**
 * Takes a call index.html's script already sent (scripts/h5/earlyHomeScript.ts)
 * as `startEarly` would send it, for the identity `openid`: while that is
 * still the identity on the phone (the one the page's call sends), else the
 * call is sent again for the phone's.
 */
export function adoptEarly(fn: string, event: ActionEvent, openid: string | null, response: Promise<Response>): void {
  if (openid === getDevOpenid()) keepEarly(fn, event, () => answerOf(response));
  else startEarly(fn, event);
}

function keepEarly(fn: string, event: ActionEvent, start: () => Promise<unknown>): void {
  const key = keyOf(fn, event);
  if (early.has(key)) return;
  const call = start();
  // Until the page takes it, a failure is nobody's to handle: the page gets it then.
  call.catch(() => undefined);
  early.set(key, call);
}

export const h5Transport: Transport = (fn, event) => {
  const key = keyOf(fn, event);
  const started = early.get(key);
  if (!started) return send(fn, event);
  early.delete(key);
  return started;
};
