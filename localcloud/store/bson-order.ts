import { isPlainObject } from './values';

/**
 * MongoDB's order of values across types, as its aggregation expressions,
 * `$min`/`$max` and sorts compare them (server `canonicalizeBSONType`): a
 * missing value (undefined here) below null, then numbers, strings,
 * objects, arrays, binary data, ObjectId, booleans, dates, timestamps and
 * regular expressions. Query operators ($gt …) do not use it across types
 * (type bracketing): mingo's own predicates do that.
 */
const RANK_MISSING = 0;
const RANK_NULL = 5;
const RANK_NUMBER = 10;
const RANK_STRING = 15;
const RANK_OBJECT = 20;
const RANK_ARRAY = 25;
const RANK_BINARY = 30;
const RANK_OBJECT_ID = 35;
const RANK_BOOLEAN = 40;
const RANK_DATE = 45;
const RANK_TIMESTAMP = 47;
const RANK_REGEX = 50;

/** The BSON classes the EJSON parser may leave in a stored document, by their `_bsontype`. */
const BSON_CLASS_RANKS: Readonly<Record<string, number>> = {
  Binary: RANK_BINARY,
  ObjectId: RANK_OBJECT_ID,
  ObjectID: RANK_OBJECT_ID,
  Timestamp: RANK_TIMESTAMP,
  BSONRegExp: RANK_REGEX,
  Long: RANK_NUMBER,
  Int32: RANK_NUMBER,
  Double: RANK_NUMBER,
  Decimal128: RANK_NUMBER,
};

export function typeRank(value: unknown): number {
  if (value === undefined) return RANK_MISSING;
  if (value === null) return RANK_NULL;
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return RANK_NUMBER;
    case 'string':
      return RANK_STRING;
    case 'boolean':
      return RANK_BOOLEAN;
    default:
  }
  if (value instanceof Date) return RANK_DATE;
  if (Array.isArray(value)) return RANK_ARRAY;
  if (value instanceof RegExp) return RANK_REGEX;
  const bsonType = (value as { _bsontype?: unknown })._bsontype;
  if (typeof bsonType === 'string' && bsonType in BSON_CLASS_RANKS) return BSON_CLASS_RANKS[bsonType];
  return RANK_OBJECT;
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

function compareNumbers(a: number, b: number): number {
  // NaN is below every other number in MongoDB.
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : -1;
  if (Number.isNaN(b)) return 1;
  return sign(a - b);
}

function compareArrays(a: readonly unknown[], b: readonly unknown[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareBson(a[i], b[i]);
    if (c !== 0) return c;
  }
  return sign(a.length - b.length);
}

/** Objects field by field in their order: each field's value type, then its name, then its value. */
function compareObjects(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const n = Math.min(ka.length, kb.length);
  for (let i = 0; i < n; i++) {
    const [va, vb] = [a[ka[i]], b[kb[i]]];
    const byType = typeRank(va) - typeRank(vb);
    if (byType !== 0) return sign(byType);
    if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
    const c = compareBson(va, vb);
    if (c !== 0) return c;
  }
  return sign(ka.length - kb.length);
}

function numberOf(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return Number(String(value));
}

/** -1, 0 or 1: `a` against `b` in MongoDB's order of values. */
export function compareBson(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return sign(ra - rb);
  switch (ra) {
    case RANK_MISSING:
    case RANK_NULL:
      return 0;
    case RANK_NUMBER:
      return compareNumbers(numberOf(a), numberOf(b));
    case RANK_STRING:
      return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
    case RANK_BOOLEAN:
      return sign(Number(a) - Number(b));
    case RANK_DATE:
      return compareNumbers((a as Date).getTime(), (b as Date).getTime());
    case RANK_ARRAY:
      return compareArrays(a as unknown[], b as unknown[]);
    case RANK_OBJECT:
      if (isPlainObject(a) && isPlainObject(b)) return compareObjects(a, b);
      break;
    default:
  }
  const [sa, sb] = [String(a), String(b)];
  return sa === sb ? 0 : sa < sb ? -1 : 1;
}
