import { getDevOpenid } from '../devIdentity';
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
export const h5Transport: Transport = async (fn, event) => {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
  const openid = getDevOpenid();
  if (openid) headers['X-WX-OPENID'] = openid;

  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  const timer = controller ? setTimeout(() => controller.abort(), TIMEOUT_MS) : null;
  let res: Response;
  try {
    res = await fetch(`/cloud/${encodeURIComponent(fn)}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(event),
      signal: controller?.signal,
    });
  } catch (err) {
    throw new TransportError(err instanceof Error ? err.message : String(err));
  } finally {
    if (timer) clearTimeout(timer);
  }
  try {
    return await res.json();
  } catch {
    // A proxy's HTML error page or an empty body: the runtime did not answer.
    if (res.status >= 500 || res.status === 0) throw new TransportError(`HTTP ${res.status}`);
    return undefined;
  }
};
