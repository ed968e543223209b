import type { Query } from 'mingo';
import { newQuery } from './mingo-query';
import { Collection } from './collection';
import { keyPart } from './field-index';
import { MISSING, valuesAtPath } from './paths';
import { sortDocs } from './mongo-sort';
import { describePlan, plan, Plan, SortSpec } from './planner';
import { Doc } from './values';

export type { SortSpec } from './planner';

/** A transaction's uncommitted view of one collection: key -> new doc, or null if removed. */
export type Overlay = ReadonlyMap<string, Doc | null>;

export interface FindOptions {
  sort?: SortSpec;
  skip?: number;
  limit?: number;
  projection?: Record<string, unknown>;
}

export interface Match {
  key: string;
  doc: Doc;
}

/**
 * What database work cost, as MongoDB's explain counts it: documents
 * examined (fetched and tested against the filter, skipped ones included)
 * and documents the query stage returned (a find's results, a count's
 * counted documents, an aggregate's documents out of its leading $match and
 * those each $lookup joined). Examined well beyond returned is a scan.
 * Accumulates over several actions.
 */
export interface QueryCost {
  examined: number;
  returned: number;
  /** The plan of the last query, in words (IXSCAN {a,b}, OR(...), COLLSCAN). */
  plan?: string;
}

function compile(filter: Record<string, unknown>): Query {
  return newQuery(filter);
}

function hasOverlay(overlay: Overlay | undefined): overlay is Overlay {
  return !!overlay && overlay.size > 0;
}

/** Compares two documents by a sort whose fields have one orderable value each (what an ordered plan guarantees). */
function compareBySort(sort: SortSpec): (a: Doc, b: Doc) => number {
  const fields = Object.entries(sort);
  return (a, b) => {
    for (const [field, dir] of fields) {
      const pa = keyPart(valuesAtPath(a, field)[0] ?? MISSING) ?? [3, ''];
      const pb = keyPart(valuesAtPath(b, field)[0] ?? MISSING) ?? [3, ''];
      const c = pa[0] !== pb[0] ? pa[0] - pb[0] : pa[1] === pb[1] ? 0 : pa[1] < pb[1] ? -1 : 1;
      if (c !== 0) return c * dir;
    }
    return 0;
  };
}

/** Merges sorted streams of keys into one sorted stream (an `$or` whose branches are all in order). */
function* mergeStreams(coll: Collection, streams: Array<Iterator<string>>, sort: SortSpec): Generator<string> {
  const compare = compareBySort(sort);
  const next = (it: Iterator<string>): { key: string; doc: Doc } | null => {
    for (let r = it.next(); !r.done; r = it.next()) {
      const doc = coll.docs.get(r.value);
      if (doc) return { key: r.value, doc };
    }
    return null;
  };
  const heads = streams.map(next);
  for (;;) {
    let best = -1;
    for (let h = 0; h < heads.length; h++) {
      if (heads[h] && (best < 0 || compare(heads[h]!.doc, heads[best]!.doc) < 0)) best = h;
    }
    if (best < 0) return;
    yield heads[best]!.key;
    heads[best] = next(streams[best]);
  }
}

/** Candidate keys in the plan's order, each once. */
function* planKeys(coll: Collection, p: Plan, sort: SortSpec | undefined): Generator<string> {
  if (p.kind === 'ids') {
    yield* p.keys;
    return;
  }
  if (p.kind === 'collscan') {
    yield* coll.docs.keys();
    return;
  }
  const seen = new Set<string>();
  let source: Iterable<string>;
  if (p.kind === 'ixscan') {
    source = p.mergeFrom !== null ? p.index.merge(p.spans, p.mergeFrom, p.direction) : p.index.walk(p.spans, p.direction);
  } else if (sort && p.sorted) {
    source = mergeStreams(
      coll,
      p.branches.map((b) => planKeys(coll, b, sort)[Symbol.iterator]()),
      sort,
    );
  } else {
    source = (function* () {
      for (const b of p.branches) yield* planKeys(coll, b, undefined);
    })();
  }
  for (const key of source) {
    if (seen.has(key)) continue;
    seen.add(key);
    yield key;
  }
}

/**
 * The plan's candidate documents (in its order), with a transaction's
 * pending writes laid over the committed data when there are any.
 */
function* candidates(coll: Collection, p: Plan, overlay: Overlay | undefined): Generator<Match> {
  for (const key of planKeys(coll, p, undefined)) {
    if (overlay?.has(key)) continue;
    const doc = coll.docs.get(key);
    if (doc) yield { key, doc };
  }
  if (!overlay) return;
  // Documents the transaction inserted or rewrote: the indexes know only their committed versions.
  for (const [key, doc] of overlay) {
    if (doc) yield { key, doc };
  }
}

function record(cost: QueryCost | undefined, p: Plan, examined: number, returned: number): void {
  if (!cost) return;
  cost.examined += examined;
  cost.returned += returned;
  cost.plan = describePlan(p);
}

/** Matching documents in plan order (natural order for a scan), at most `max` of them. */
export function matchDocs(coll: Collection, filter: Record<string, unknown>, overlay?: Overlay, max = Infinity, cost?: QueryCost): Match[] {
  const query = compile(filter);
  const p = plan(coll, filter, { want: max });
  const out: Match[] = [];
  let examined = 0;
  for (const m of candidates(coll, p, overlay)) {
    if (out.length >= max) break;
    examined++;
    if (query.test(m.doc)) out.push(m);
  }
  record(cost, p, examined, 0);
  return out;
}

/**
 * How many documents match. An index plan that expresses the whole filter
 * counts index keys without reading a document (MongoDB's COUNT_SCAN);
 * otherwise every candidate is examined.
 */
export function countDocs(coll: Collection, filter: Record<string, unknown>, overlay?: Overlay, cost?: QueryCost): number {
  if (!hasOverlay(overlay) && Object.keys(filter).length === 0) return coll.docs.size;
  const p = plan(coll, filter, { count: true });
  if (p.exact && !hasOverlay(overlay)) {
    let n = 0;
    for (const key of planKeys(coll, p, undefined)) if (coll.docs.has(key)) n++;
    record(cost, p, 0, n);
    return n;
  }
  const n = matchDocs(coll, filter, overlay, Infinity, cost).length;
  if (cost) cost.returned += n;
  return n;
}

/**
 * A find as the database runs it: candidates in the plan's order, each
 * fetched and tested; with the order from the plan (or no order asked) the
 * walk stops once skip + limit match, otherwise every candidate is read and
 * sorted in memory before the page is cut.
 */
export function findDocs(coll: Collection, filter: Record<string, unknown>, opts: FindOptions, overlay?: Overlay, cost?: QueryCost): Doc[] {
  const skip = opts.skip ?? 0;
  const limit = opts.limit ?? Infinity;
  const sort = opts.sort && Object.keys(opts.sort).length > 0 ? opts.sort : undefined;
  const p = plan(coll, filter, { sort, want: skip + limit });
  const query = compile(filter);
  let examined = 0;
  let docs: Doc[];

  if (!hasOverlay(overlay) && (!sort || p.sorted)) {
    docs = [];
    let skipped = 0;
    for (const key of planKeys(coll, p, sort)) {
      if (docs.length >= limit) break;
      const doc = coll.docs.get(key);
      if (!doc) continue;
      examined++;
      if (!query.test(doc)) continue;
      if (skipped < skip) skipped++;
      else docs.push(doc);
    }
  } else {
    const pool: Doc[] = [];
    for (const m of candidates(coll, p, overlay)) {
      examined++;
      if (query.test(m.doc)) pool.push(m.doc);
    }
    const sorted = sort ? sortDocs(pool, sort) : pool;
    docs = sorted.slice(skip, Number.isFinite(limit) ? skip + limit : undefined);
  }
  if (opts.projection) docs = newQuery({}).find<Doc>(docs, opts.projection).all();
  record(cost, p, examined, docs.length);
  return docs;
}
