import { decodeEJSONValue, toCanonicalEJSON } from '../store/ejson';
import { isPlainObject } from '../store/values';
import { CloudError } from '../errors';

const SERVER_DATE = 'tcb_server_date';

/**
 * Decodes an EJSON string from an SDK request into plain JS values, turning
 * `{"$tcb_server_date":{"offset":N}}` into the emulator's current time + N ms.
 */
export function decodeWire(text: unknown, now: () => number): unknown {
  if (text === undefined || text === null || text === '') return undefined;
  if (typeof text !== 'string') return resolveServerDates(decodeEJSONValue(text), now);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CloudError('INVALID_PARAM', 'request field is not valid EJSON');
  }
  const decoded = decodeEJSONValue(parsed);
  // Most fields hold no serverDate: no second, copying pass over them.
  return text.includes(SERVER_DATE) ? resolveServerDates(decoded, now) : decoded;
}

/** Decodes a field that must be an object (query, update data...); absent means {}. */
export function decodeObject(text: unknown, now: () => number, what: string): Record<string, unknown> {
  const value = decodeWire(text, now);
  if (value === undefined) return {};
  if (!isPlainObject(value)) throw new CloudError('INVALID_PARAM', `${what} must be an object`);
  return value;
}

function resolveServerDates(value: unknown, now: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveServerDates(v, now));
  if (!isPlainObject(value)) return value;
  if ('$tcb_server_date' in value && Object.keys(value).length === 1) {
    const spec = value.$tcb_server_date;
    const offset = isPlainObject(spec) && typeof spec.offset === 'number' ? spec.offset : 0;
    return new Date(now() + offset);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = resolveServerDates(v, now);
  return out;
}

/** Documents go back to the SDK as canonical EJSON strings, one per document. */
export function encodeDoc(doc: unknown): string {
  return toCanonicalEJSON(doc);
}
