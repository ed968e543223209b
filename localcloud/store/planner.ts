import { Collection } from './collection';
import { IndexScalar, isIndexScalar, RangeBound } from './field-index';
import { idKey, isPlainObject } from './values';

/** How to obtain candidate documents for a query. */
export type Plan =
  /** Only these keys can match (still re-checked). */
  | { kind: 'keys'; keys: Iterable<string> }
  /** Every document, already in the requested sort order. */
  | { kind: 'ordered'; keys: Iterable<string> }
  /** Look at every document. */
  | { kind: 'scan' };

interface FieldCondition {
  eq?: IndexScalar[];
  lower?: RangeBound;
  upper?: RangeBound;
}

/** A sort of this size or less is cheap enough that an ordered index scan is not worth it. */
const SMALL_CANDIDATE_SET = 2000;

function isScalarNotRegExp(value: unknown): value is IndexScalar {
  return isIndexScalar(value);
}

/** What a top-level condition on one field says, if it can use an index. */
function analyse(cond: unknown): FieldCondition | null {
  if (isScalarNotRegExp(cond)) return { eq: [cond] };
  if (!isPlainObject(cond)) return null;
  const keys = Object.keys(cond);
  if (keys.length === 0 || !keys.every((k) => k.startsWith('$'))) return null;
  const out: FieldCondition = {};
  if ('$eq' in cond && isScalarNotRegExp(cond.$eq)) out.eq = [cond.$eq];
  else if ('$in' in cond && Array.isArray(cond.$in) && cond.$in.every(isScalarNotRegExp)) out.eq = cond.$in as IndexScalar[];
  for (const [op, inclusive, side] of [['$gt', false, 'lower'], ['$gte', true, 'lower'], ['$lt', false, 'upper'], ['$lte', true, 'upper']] as const) {
    const v = cond[op];
    if (v === undefined || !isScalarNotRegExp(v) || v === null) continue;
    out[side] = { value: v, inclusive };
  }
  return out.eq || out.lower || out.upper ? out : null;
}

/** Top-level field conditions, looking through a top-level $and. */
function conditions(filter: Record<string, unknown>): Array<[string, FieldCondition]> {
  const out: Array<[string, FieldCondition]> = [];
  for (const [field, cond] of Object.entries(filter)) {
    if (field === '$and' && Array.isArray(cond)) {
      for (const part of cond) if (isPlainObject(part)) out.push(...conditions(part));
      continue;
    }
    if (field.startsWith('$')) continue;
    const c = analyse(cond);
    if (c) out.push([field, c]);
  }
  return out;
}

export function plan(coll: Collection, filter: Record<string, unknown>, sort: Record<string, 1 | -1> | undefined): Plan {
  const conds = conditions(filter);

  // _id lookups go straight to the primary map.
  for (const [field, c] of conds) {
    if (field === '_id' && c.eq) return { kind: 'keys', keys: c.eq.map((v) => idKey(v)).filter((k) => coll.docs.has(k)) };
  }

  let best: { count: number; keys: () => Iterable<string> } | null = null;
  for (const [field, c] of conds) {
    const index = coll.indexes.get(field);
    if (!index) continue;
    if (c.eq) {
      const eq = c.eq;
      const count = index.countEqual(eq);
      if (!best || count < best.count) best = { count, keys: () => index.lookupEqual(eq) };
    } else {
      const count = index.countRange(c.lower, c.upper);
      if (count !== null && (!best || count < best.count)) {
        const { lower, upper } = c;
        best = { count, keys: () => index.lookupRange(lower, upper) ?? [] };
      }
    }
  }

  const sortKeys = sort ? Object.keys(sort) : [];
  if (sortKeys.length === 1 && (!best || best.count > SMALL_CANDIDATE_SET)) {
    const field = sortKeys[0];
    const index = coll.indexes.get(field);
    if (index && index.canOrder) {
      // A range on the sort field itself narrows the ordered walk.
      const own = conds.find(([f, c]) => f === field && !c.eq && index.countRange(c.lower, c.upper) !== null);
      const range = own ? own[1] : {};
      return { kind: 'ordered', keys: index.ordered(sort![field], range.lower, range.upper) };
    }
  }
  if (best) return { kind: 'keys', keys: best.keys() };
  return { kind: 'scan' };
}
