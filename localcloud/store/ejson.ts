import { EJSON } from 'bson';
import { isPlainObject } from './values';

/**
 * Canonical Extended JSON, the form documents take on disk and on the wire.
 * bson's EJSON is correct but slow for 100k documents, so plain data (the
 * overwhelming case) is converted here and anything exotic (ObjectId, Binary,
 * Decimal128...) is handed to bson.
 */

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

function encodeNumber(n: number): Record<string, string> {
  if (Number.isInteger(n) && !Object.is(n, -0)) {
    if (n >= INT32_MIN && n <= INT32_MAX) return { $numberInt: String(n) };
    if (Number.isSafeInteger(n)) return { $numberLong: String(n) };
  }
  if (Number.isNaN(n)) return { $numberDouble: 'NaN' };
  if (!Number.isFinite(n)) return { $numberDouble: n > 0 ? 'Infinity' : '-Infinity' };
  const s = String(n);
  return { $numberDouble: /[.eE]/.test(s) ? s : s + '.0' };
}

function encode(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return encodeNumber(value);
  if (Array.isArray(value)) return value.map((v: unknown) => (v === undefined ? null : encode(v)));
  if (value instanceof Date) return { $date: { $numberLong: String(value.getTime()) } };
  if (value instanceof RegExp) return { $regularExpression: { pattern: value.source, options: value.flags.replace(/[gy]/g, '') } };
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encode(v);
    return out;
  }
  return EJSON.serialize(value as object, { relaxed: false });
}

export function toCanonicalEJSON(value: unknown): string {
  return JSON.stringify(encode(value));
}

function toRegExp(pattern: string, options: string): RegExp {
  // JS has no x/l flags; drop what it cannot express rather than fail the query.
  const flags = [...new Set(options.split(''))].filter((f) => 'imsu'.includes(f)).join('');
  return new RegExp(pattern, flags);
}

function decodeWrapper(key: string, inner: unknown, whole: Record<string, unknown>): unknown {
  switch (key) {
    case '$numberInt':
    case '$numberLong':
    case '$numberDouble':
      if (typeof inner === 'string') return Number(inner);
      break;
    case '$date':
      if (isPlainObject(inner) && typeof inner.$numberLong === 'string') return new Date(Number(inner.$numberLong));
      if (typeof inner === 'string' || typeof inner === 'number') return new Date(inner);
      break;
    case '$regularExpression':
      if (isPlainObject(inner) && typeof inner.pattern === 'string') return toRegExp(inner.pattern, String(inner.options ?? ''));
      break;
    default:
      break;
  }
  // Exotic types: let bson decide (relaxed, so Long/Int32 become numbers).
  return EJSON.deserialize(whole, { relaxed: true });
}

const BSON_WRAPPERS = new Set([
  '$numberInt',
  '$numberLong',
  '$numberDouble',
  '$numberDecimal',
  '$date',
  '$regularExpression',
  '$oid',
  '$binary',
  '$uuid',
  '$timestamp',
  '$minKey',
  '$maxKey',
  '$symbol',
  '$code',
  '$dbPointer',
  '$undefined',
  '$regex',
]);

function decode(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decode(value[i]);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length >= 1 && keys[0].startsWith('$') && BSON_WRAPPERS.has(keys[0])) {
    // {$regex, $options} is a query operator, not a type, unless it is the legacy form.
    if (keys[0] === '$regex' && typeof obj.$regex === 'string') return decodeQueryObject(obj, keys);
    if (keys.length === 1 || (keys[0] === '$code' && keys.length === 2) || keys[0] === '$binary' || keys[0] === '$dbPointer') {
      return decodeWrapper(keys[0], obj[keys[0]], obj);
    }
  }
  return decodeQueryObject(obj, keys);
}

function decodeQueryObject(obj: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  for (const k of keys) obj[k] = decode(obj[k]);
  return obj;
}

/** Parses canonical (or relaxed) EJSON text into plain JS values; regexes become RegExp. */
export function fromEJSON(text: string): unknown {
  return decode(JSON.parse(text));
}

/** Same, for an already JSON-parsed value. */
export function decodeEJSONValue(value: unknown): unknown {
  return decode(value);
}
