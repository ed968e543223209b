import { ProcessingMode, Query } from 'mingo';
// Registers every operator in mingo's global context (queries, projections, expressions, stages).
import 'mingo/init/system';
import { CloudError } from '../errors';
import { MONGO_OPERATORS } from './mongo-operators';
import { isPlainObject } from './values';

type QueryClass = new (condition: Record<string, unknown>, options: object) => Query;

/**
 * mingo's `Query` copies its operator tables into a fresh context on every
 * construction: most of what one database action cost here (50 µs of a
 * 60 µs `_id` lookup). Its base class compiles the same condition with the
 * same operators, found in the global context `mingo/init/system` filled and
 * which the default options consult (`useGlobalContext`), so it is built
 * once with one frozen set of options.
 */
const QueryOfGlobalOperators = Object.getPrototypeOf(Query) as QueryClass;
/** mingo's defaults (core.js `initOptions`) with the operators where MongoDB differs from mingo first, the global ones after. */
const OPTIONS = Object.freeze({
  idKey: '_id',
  scriptEnabled: true,
  useStrictMode: true,
  useGlobalContext: true,
  processingMode: ProcessingMode.CLONE_OFF,
  context: MONGO_OPERATORS,
});

/** A compiled mingo query: `test(doc)`, `find(docs, projection)`, exactly as `new Query(condition)`. */
export function newQuery(condition: Record<string, unknown>): Query {
  refuseRangeAgainstNull(condition);
  return new QueryOfGlobalOperators(condition, OPTIONS);
}

const RANGES = new Set(['$gt', '$gte', '$lt', '$lte']);

/**
 * `$gt`/`$gte`/`$lt`/`$lte` with null as operand: MongoDB brackets types,
 * so `$gt`/`$lt` null match nothing, but whether `$gte`/`$lte` null match a
 * missing field (as `{field: null}` does) is not documented, and mingo says
 * no. A query whose answer on WeChat we cannot model is refused here
 * (stricter): ask `{field: null}` (null or missing), `_.exists` or `_.neq(null)`.
 * `$expr` is left alone: expressions compare in BSON order, which is modelled.
 * Every query goes through here, and every `$match` of an aggregation.
 */
export function refuseRangeAgainstNull(filter: unknown): void {
  if (Array.isArray(filter)) {
    for (const clause of filter) refuseRangeAgainstNull(clause);
    return;
  }
  if (!isPlainObject(filter)) return;
  for (const [key, value] of Object.entries(filter)) {
    if (RANGES.has(key) && value === null) {
      throw new CloudError(
        'DATABASE_REQUEST_FAILED',
        `query refused: ${key} null (what WeChat's database answers for a missing field is not documented); ` +
          'ask {field: null} for null or missing, _.exists(true) or _.neq(null) for a value',
      );
    }
    if (key !== '$expr') refuseRangeAgainstNull(value);
  }
}

/**
 * Refuses a range against null in every `$match` of a pipeline, nested ones
 * included (a `$lookup`'s own pipeline, each pipeline of a `$facet`).
 */
export function refuseRangeAgainstNullIn(pipeline: unknown): void {
  if (!Array.isArray(pipeline)) return;
  for (const stage of pipeline) {
    if (!isPlainObject(stage)) continue;
    if (isPlainObject(stage.$match)) refuseRangeAgainstNull(stage.$match);
    if (isPlainObject(stage.$lookup)) refuseRangeAgainstNullIn(stage.$lookup.pipeline);
    if (isPlainObject(stage.$facet)) for (const inner of Object.values(stage.$facet)) refuseRangeAgainstNullIn(inner);
  }
}
