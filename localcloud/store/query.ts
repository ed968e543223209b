import { Query } from 'mingo';
import { Collection } from './collection';
import { plan } from './planner';
import { Doc } from './values';

/** A transaction's uncommitted view of one collection: key -> new doc, or null if removed. */
export type Overlay = ReadonlyMap<string, Doc | null>;

export type SortSpec = Record<string, 1 | -1>;

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

function compile(filter: Record<string, unknown>): Query {
  return new Query(filter);
}

/** Candidate (key, doc) pairs, with a transaction's pending writes laid over the committed data. */
function* candidates(coll: Collection, keys: Iterable<string> | null, overlay: Overlay | undefined): Generator<Match> {
  if (keys === null) {
    for (const [key, committed] of coll.docs) {
      const doc = overlay?.has(key) ? overlay.get(key) : committed;
      if (doc) yield { key, doc };
    }
  } else {
    for (const key of keys) {
      if (overlay?.has(key)) continue;
      const doc = coll.docs.get(key);
      if (doc) yield { key, doc };
    }
  }
  if (!overlay) return;
  // Documents the transaction inserted (or that it rewrote, when keys came from an index).
  for (const [key, doc] of overlay) {
    if (!doc) continue;
    if (keys === null && coll.docs.has(key)) continue;
    yield { key, doc };
  }
}

/** Matching documents in natural order (or index order), at most `max` of them. */
export function matchDocs(coll: Collection, filter: Record<string, unknown>, overlay?: Overlay, max = Infinity): Match[] {
  const query = compile(filter);
  const p = plan(coll, filter, undefined);
  const keys = p.kind === 'scan' ? null : p.keys;
  const out: Match[] = [];
  for (const m of candidates(coll, keys, overlay)) {
    if (out.length >= max) break;
    if (query.test(m.doc)) out.push(m);
  }
  return out;
}

export function countDocs(coll: Collection, filter: Record<string, unknown>, overlay?: Overlay): number {
  if (!overlay && Object.keys(filter).length === 0) return coll.docs.size;
  return matchDocs(coll, filter, overlay).length;
}

export function findDocs(coll: Collection, filter: Record<string, unknown>, opts: FindOptions, overlay?: Overlay): Doc[] {
  const skip = opts.skip ?? 0;
  const limit = opts.limit ?? Infinity;
  const hasSort = !!opts.sort && Object.keys(opts.sort).length > 0;
  const p = plan(coll, filter, hasSort ? opts.sort : undefined);
  const query = compile(filter);

  if (p.kind === 'ordered' && (!overlay || overlay.size === 0)) {
    // Walk the sort index and stop as soon as the page is full.
    const page: Doc[] = [];
    let skipped = 0;
    for (const key of p.keys) {
      if (page.length >= limit) break;
      const doc = coll.docs.get(key);
      if (!doc || !query.test(doc)) continue;
      if (skipped < skip) skipped++;
      else page.push(doc);
    }
    return opts.projection ? query.find<Doc>(page, opts.projection).all() : page;
  }

  const keys = p.kind === 'keys' ? p.keys : null;
  const pool: Doc[] = [];
  for (const m of candidates(coll, keys, overlay)) pool.push(m.doc);
  // One compiled query filters, sorts, pages and projects (building a mingo Query is not free).
  let cursor = query.find<Doc>(pool, opts.projection);
  if (hasSort) cursor = cursor.sort(opts.sort!);
  if (skip) cursor = cursor.skip(skip);
  if (Number.isFinite(limit)) cursor = cursor.limit(limit);
  return cursor.all();
}
