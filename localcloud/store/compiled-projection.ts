import { computeValue, initOptions } from 'mingo/core';
import { compareBson } from './bson-order';
import { MONGO_OPERATORS, truthy } from './mongo-operators';
import { Doc, isPlainObject } from './values';

/**
 * A `$project` turned into a plain function, for the shape an aggregation
 * over many stored documents starts with (`match → project → sort →
 * group`): top-level fields kept, and new fields worked out by field paths,
 * literals and the operators below. mingo re-reads each expression for
 * every document (0.2 ms a case for the 代理代办 tallies, longer than the
 * SDK's 15 s at a county's 20,000 cases); MongoDB runs compiled
 * expressions. Any other shape is left to mingo (`compileProjection`
 * answers null), so results are mingo's with MongoDB's operators
 * (`mongo-operators.ts`) either way.
 */
type Compiled = (doc: Doc) => unknown;

/** mingo with MongoDB's operators, for a field path that meets an array (mapped over its elements). */
const MINGO_OPTIONS = initOptions({ context: MONGO_OPERATORS });

function fieldPath(path: string): Compiled | null {
  const parts = path.slice(1).split('.');
  if (parts.some((part) => part === '' || part.startsWith('$'))) return null;
  return (doc) => {
    let current: unknown = doc;
    for (const part of parts) {
      if (Array.isArray(current)) return computeValue(doc, path, null, MINGO_OPTIONS) as unknown;
      if (!isPlainObject(current)) return undefined;
      current = current[part];
    }
    return current;
  };
}

function argsOf(spec: unknown, count?: number): Compiled[] | null {
  const list = Array.isArray(spec) ? spec : [spec];
  if (count !== undefined && list.length !== count) return null;
  const compiled = list.map(compileExpression);
  return compiled.every((c): c is Compiled => c !== null) ? compiled : null;
}

function comparison(spec: unknown, holds: (c: number) => boolean): Compiled | null {
  const args = argsOf(spec, 2);
  if (!args) return null;
  const [a, b] = args;
  return (doc) => holds(compareBson(a(doc), b(doc)));
}

function condition(spec: unknown): Compiled | null {
  // The object form takes exactly if/then/else (MongoDB refuses any other key: mingo judges those).
  if (isPlainObject(spec) && Object.keys(spec).sort().join() !== 'else,if,then') return null;
  const parts = isPlainObject(spec) ? [spec.if, spec.then, spec.else] : spec;
  const args = argsOf(parts, 3);
  if (!args) return null;
  const [test, then, otherwise] = args;
  return (doc) => (truthy(test(doc)) ? then(doc) : otherwise(doc));
}

function ifNull(spec: unknown): Compiled | null {
  const args = Array.isArray(spec) && spec.length >= 2 ? argsOf(spec) : null;
  if (!args) return null;
  return (doc) => {
    for (let i = 0; i < args.length - 1; i++) {
      const value = args[i](doc);
      if (value !== null && value !== undefined) return value;
    }
    return args[args.length - 1](doc);
  };
}

function logical(spec: unknown, every: boolean): Compiled | null {
  const args = argsOf(spec);
  if (!args) return null;
  return every ? (doc) => args.every((arg) => truthy(arg(doc))) : (doc) => args.some((arg) => truthy(arg(doc)));
}

const OPERATORS: Record<string, (spec: unknown) => Compiled | null> = {
  $and: (spec) => logical(spec, true),
  $or: (spec) => logical(spec, false),
  $not: (spec) => {
    const args = argsOf(spec, 1);
    return args ? (doc) => !truthy(args[0](doc)) : null;
  },
  $cond: condition,
  $ifNull: ifNull,
  $eq: (spec) => comparison(spec, (c) => c === 0),
  $ne: (spec) => comparison(spec, (c) => c !== 0),
  $gt: (spec) => comparison(spec, (c) => c > 0),
  $gte: (spec) => comparison(spec, (c) => c >= 0),
  $lt: (spec) => comparison(spec, (c) => c < 0),
  $lte: (spec) => comparison(spec, (c) => c <= 0),
  $cmp: (spec) => {
    const args = argsOf(spec, 2);
    return args ? (doc) => compareBson(args[0](doc), args[1](doc)) : null;
  },
  $literal: (spec) => () => spec,
};

/** An expression as a function of the document, or null when it is not one of the shapes above. */
export function compileExpression(expr: unknown): Compiled | null {
  if (typeof expr === 'string') {
    if (expr.startsWith('$$')) return null;
    return expr.startsWith('$') ? fieldPath(expr) : () => expr;
  }
  if (expr === null || typeof expr === 'number' || typeof expr === 'boolean' || expr instanceof Date) return () => expr;
  if (Array.isArray(expr)) {
    // An array of expressions; an element that gives nothing is null.
    const items = argsOf(expr);
    return items ? (doc) => items.map((item) => item(doc) ?? null) : null;
  }
  if (!isPlainObject(expr)) return null;
  const keys = Object.keys(expr);
  const operator = keys.length === 1 ? OPERATORS[keys[0]] : undefined;
  return operator ? operator(expr[keys[0]]) : null;
}

/**
 * A `$project` of top-level fields (kept with 1 or true, `_id: 0` to drop
 * the id) and expressions, as a function giving MongoDB's row (`_id` first,
 * a field whose expression gives nothing left out); null for any other spec.
 * The row's values are the stored document's: the caller copies the row.
 */
export function compileProjection(spec: unknown): ((doc: Doc) => Doc) | null {
  if (!isPlainObject(spec)) return null;
  let keepId = true;
  const fields: Array<[string, Compiled]> = [];
  for (const [key, value] of Object.entries(spec)) {
    if (key.includes('.') || key.startsWith('$') || key === '') return null;
    if (key === '_id' && (value === 0 || value === false || value === 1 || value === true)) keepId = value === 1 || value === true;
    else if (value === 1 || value === true) fields.push([key, (doc) => doc[key]]);
    else if (value === 0 || value === false) return null;
    // Any other number is an inclusion to MongoDB ("non-zero integers are treated as true"), not a literal: mingo judges it.
    else if (typeof value === 'number') return null;
    else {
      const compiled = compileExpression(value);
      if (!compiled) return null;
      if (key === '_id') keepId = false;
      fields.push([key, compiled]);
    }
  }
  // `{_id: 0}` alone keeps every other field (an exclusion): mingo's.
  if (fields.length === 0) return null;
  return (doc) => {
    const row: Doc = {};
    if (keepId && doc._id !== undefined) row._id = doc._id;
    for (const [key, compiled] of fields) {
      const value = compiled(doc);
      if (value !== undefined) row[key] = value;
    }
    return row;
  };
}
