import { ComputeOptions, computeValue, Context, type Options } from 'mingo/core';
import type { Iterator } from 'mingo/lazy';
import { compareBson } from './bson-order';
import { sortDocs } from './mongo-sort';
import type { SortSpec } from './planner';

/**
 * The operators where mingo answers otherwise than MongoDB (what WeChat
 * cloud's database runs), in a context every local query and aggregation
 * uses before mingo's own (docs/CLOUD-FIDELITY.md, "null, missing and order"):
 *
 * - comparison expressions (`$eq` … `$cmp` in `$project`, `$cond`, `$expr`)
 *   compare across types in BSON order, a missing value below null and
 *   unequal to it, an array as a whole; mingo brackets types as a query
 *   does (`$lt: [null, date]` false, missing equal to null); `$not` of ""
 *   is false (a string is true);
 * - `$min`/`$max` leave out null and missing and compare any types (mingo
 *   answers null when a null is met and skips strings); `$avg` of no number
 *   is null (mingo: 0); `$push`/`$addToSet` leave out missing values;
 * - `$sort` orders as MongoDB sorts (`mongo-sort.ts`: arrays by their
 *   smallest or largest element, an empty array below null).
 */
type Expression = (obj: Record<string, unknown>, expr: unknown, options: Options) => unknown;
type Accumulator = (collection: Array<Record<string, unknown>>, expr: unknown, options: Options) => unknown;

function operands(obj: Record<string, unknown>, expr: unknown, options: Options, name: string): [unknown, unknown] {
  const args = computeValue(obj, expr, null, options) as unknown;
  if (!Array.isArray(args) || args.length !== 2) throw new Error(`${name}: expression must resolve to an array of 2 values`);
  return [args[0], args[1]];
}

function comparison(name: string, holds: (c: number) => boolean): Expression {
  return (obj, expr, options) => {
    const [a, b] = operands(obj, expr, options, name);
    return holds(compareBson(a, b));
  };
}

/** MongoDB's truthiness: false, null, a missing value and 0 are false; "" is true (mingo's `$not` says false). */
export function truthy(value: unknown): boolean {
  return !(value === false || value === null || value === undefined || value === 0);
}

const expressions: Record<string, Expression> = {
  // Its operand is one expression, or a list of one (told apart as written, as MongoDB parses it).
  $not: (obj, expr, options) => {
    if (Array.isArray(expr) && expr.length !== 1) throw new Error('$not takes exactly 1 argument');
    return !truthy(computeValue(obj, Array.isArray(expr) ? expr[0] : expr, null, options));
  },
  $eq: comparison('$eq', (c) => c === 0),
  $ne: comparison('$ne', (c) => c !== 0),
  $gt: comparison('$gt', (c) => c > 0),
  $gte: comparison('$gte', (c) => c >= 0),
  $lt: comparison('$lt', (c) => c < 0),
  $lte: comparison('$lte', (c) => c <= 0),
  $cmp: (obj, expr, options) => {
    const [a, b] = operands(obj, expr, options, '$cmp');
    return compareBson(a, b);
  },
};

/** What the expression gives for each document of a group; a missing value is left out. */
function presentValues(collection: Array<Record<string, unknown>>, expr: unknown, options: Options): unknown[] {
  const copts = ComputeOptions.init(options);
  const out: unknown[] = [];
  for (const obj of collection) {
    const value = computeValue(obj, expr, null, copts.update(obj)) as unknown;
    if (value !== undefined) out.push(value);
  }
  return out;
}

function extreme(direction: 1 | -1): Accumulator {
  return (collection, expr, options) => {
    let best: unknown = null;
    for (const value of presentValues(collection, expr, options)) {
      if (value === null) continue;
      if (best === null || compareBson(value, best) * direction > 0) best = value;
    }
    return best;
  };
}

const accumulators: Record<string, Accumulator> = {
  $min: extreme(-1),
  $max: extreme(1),
  $avg: (collection, expr, options) => {
    const numbers = presentValues(collection, expr, options).filter((v): v is number => typeof v === 'number');
    return numbers.length === 0 ? null : numbers.reduce((sum, n) => sum + n, 0) / numbers.length;
  },
  $push: presentValues,
  $addToSet: (collection, expr, options) => {
    const out: unknown[] = [];
    for (const value of presentValues(collection, expr, options)) {
      if (!out.some((seen) => compareBson(seen, value) === 0)) out.push(value);
    }
    return out;
  },
};

function sortSpec(spec: unknown): SortSpec {
  const entries = spec !== null && typeof spec === 'object' ? Object.entries(spec) : [];
  if (entries.length === 0 || entries.some(([, dir]) => dir !== 1 && dir !== -1)) {
    throw new Error(`$sort takes fields with 1 or -1, not ${JSON.stringify(spec)}`);
  }
  return spec as SortSpec;
}

const pipeline = {
  $sort: (collection: Iterator, spec: unknown): Iterator => {
    const order = sortSpec(spec);
    return collection.transform((docs: unknown[]) => sortDocs(docs as Array<Record<string, unknown>>, order));
  },
};

/** The context to give mingo: these operators first, mingo's registered ones for the rest. */
export const MONGO_OPERATORS = Context.init({
  expression: expressions as never,
  accumulator: accumulators as never,
  pipeline: pipeline as never,
});
