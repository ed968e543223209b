import { isPlainObject } from './values';

/**
 * MongoDB's order of values across types, as its aggregation expressions,
 * `$min`/`$max` and sorts compare them (server `canonicalizeBSONType`): a
 * missing value (undefined here) below null, then numbers, strings,
 * objects, arrays, binary data, ObjectId, booleans, dates, timestamps and
 * regular expressions. Query operators ($gt …) do not use it across types
 * (type bracketing): mingo's own predicates do that.
 */
const RANK = {
  missing: 0,
  null: 5,
  number: 10,
  string: 15,
  object: 20,
  array: 25,
  binary: 30,
  objectId: 35,
  boolean: 40,
  date: 45,
  timestamp: 47,
  regex: 50,
} as const;

/** The BSON classes the EJSON parser may leave in a stored document, by their `_bsontype`. */
const BSON_CLASS_RANKS: Readonly<Record<string, number>> = {
  Binary: RANK.binary,
  ObjectId: RANK.objectId,
  ObjectID: RANK.objectId,
  Timestamp: RANK.timestamp,
  BSONRegExp: RANK.regex,
  Long: RANK.number,
  Int32: RANK.number,
  Double: RANK.number,
  Decimal128: RANK.number,
};

export function typeRank(value: unknown): number {
  if (value === undefined) return RANK.missing;
  if (value === null) return RANK.null;
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return RANK.number;
    case 'string':
      return RANK.string;
    case 'boolean':
      return RANK.boolean;
    default:
  }
  if (value instanceof Date) return RANK.date;
  if (Array.isArray(value)) return RANK.array;
  if (value instanceof RegExp) return RANK.regex;
  const bsonType = (value as { _bsontype?: unknown })._bsontype;
  if (typeof bsonType === 'string' && bsonType in BSON_CLASS_RANKS) return BSON_CLASS_RANKS[bsonType];
  return RANK.object;
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
    case RANK.missing:
    case RANK.null:
      return 0;
    case RANK.number:
      return compareNumbers(numberOf(a), numberOf(b));
    case RANK.string:
      return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
    case RANK.boolean:
      return sign(Number(a) - Number(b));
    case RANK.date:
      return compareNumbers((a as Date).getTime(), (b as Date).getTime());
    case RANK.array:
      return compareArrays(a as unknown[], b as unknown[]);
    case RANK.object:
      if (isPlainObject(a) && isPlainObject(b)) return compareObjects(a, b);
      break;
    default:
  }
  const [sa, sb] = [String(a), String(b)];
  return sa === sb ? 0 : sa < sb ? -1 : 1;
}
