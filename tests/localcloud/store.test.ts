/**
 * The store on its own: secondary indexes must return exactly what a full
 * scan returns, and stay fast on 100,000 documents.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Query } from 'mingo';
import { Store } from '../../localcloud/store';
import { plan } from '../../localcloud/store/planner';
import { Doc } from '../../localcloud/store/values';

let dir: string;
let store: Store;

/** Deterministic pseudo-random numbers, so a failure can be reproduced. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'localcloud-store-'));
  store = new Store(dir);
});

afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function scan(docs: Doc[], filter: Record<string, unknown>): string[] {
  const q = new Query(filter);
  return docs
    .filter((d) => q.test(d))
    .map((d) => String(d._id))
    .sort();
}

test('indexed queries return exactly what a scan returns (mixed types, arrays, missing fields)', () => {
  const rand = rng(42);
  const statuses = ['open', 'done', 'late', 'Open', ''];
  const docs: Doc[] = [];
  for (let i = 0; i < 3000; i++) {
    const d: Doc = { _id: `d${i}` };
    const r = rand();
    if (r < 0.7) d.n = Math.floor(rand() * 100);
    else if (r < 0.8) d.n = String(Math.floor(rand() * 100));
    else if (r < 0.85) d.n = null;
    else if (r < 0.9) d.n = [Math.floor(rand() * 100), Math.floor(rand() * 100)];
    // else: missing
    if (rand() < 0.9) d.status = statuses[Math.floor(rand() * statuses.length)];
    if (rand() < 0.8) d.at = new Date(1_700_000_000_000 + Math.floor(rand() * 1000) * 60_000);
    d.grid = { id: `g${Math.floor(rand() * 20)}` };
    d.duties = rand() < 0.5 ? [{ gridId: `g${Math.floor(rand() * 20)}` }, { gridId: `g${Math.floor(rand() * 20)}` }] : [];
    docs.push(d);
  }
  store.insertMany('c', docs);
  for (const f of ['n', 'status', 'at', 'grid.id', 'duties.gridId']) store.createIndex('c', f);

  const at = (k: number) => new Date(1_700_000_000_000 + k * 60_000);
  const filters: Array<Record<string, unknown>> = [
    { n: 5 },
    { n: '5' },
    { n: null },
    { n: { $in: [1, 2, '3', null] } },
    { n: { $gt: 50 } },
    { n: { $gte: 10, $lt: 20 } },
    { n: { $lte: '5' } },
    { n: { $gt: 90 }, status: 'open' },
    { status: 'open' },
    { status: { $in: ['late', ''] } },
    { status: { $ne: 'open' } },
    { status: { $exists: false } },
    { at: { $gte: at(500) } },
    { at: { $gt: at(100), $lte: at(200) } },
    { at: at(300) },
    { 'grid.id': 'g3' },
    { 'duties.gridId': 'g7' },
    { 'duties.gridId': { $in: ['g1', 'g2'] } },
    { $and: [{ n: { $gte: 30 } }, { status: 'done' }] },
    { $or: [{ n: 1 }, { status: 'late' }] },
    { _id: 'd17' },
    { _id: { $in: ['d1', 'd2', 'nope'] } },
  ];
  for (const filter of filters) {
    const got = store
      .find('c', filter)
      .map((d) => String(d._id))
      .sort();
    expect({ filter, ids: got }).toEqual({ filter, ids: scan(docs, filter) });
    expect(store.count('c', filter)).toBe(got.length);
  }

  // Sorted pages through the index equal sorted pages of the scan.
  const sorted = new Query({ status: 'open' }).find<Doc>(docs).sort({ at: -1 }).all();
  const expected = sorted
    .filter((d) => d.at !== undefined)
    .slice(5, 25)
    .map((d) => d._id);
  const page = store.find('c', { status: 'open', at: { $exists: true } }, { sort: { at: -1 }, skip: 5, limit: 20 }).map((d) => d._id);
  expect(page).toEqual(expected);
});

test('$lookup matches like MongoDB: array local fields element by element, null with missing, index or scan alike', () => {
  store.insertMany('people', [
    { _id: 'u1', duties: [{ nodeId: 'v1' }] },
    { _id: 'u2', duties: [{ nodeId: 't1' }, { nodeId: 'v2' }] },
    { _id: 'u3', duties: [] },
    { _id: 'u4' },
    { _id: 'u5', boss: 'u1' },
  ]);
  store.insertMany('grids', [
    { _id: 'g1', ancestors: ['c1', 't1', 'v1'], staff: ['u5'] },
    { _id: 'g2', ancestors: ['c1', 't1', 'v9'] },
    { _id: 'g3' },
  ]);
  const pipeline = [
    { $lookup: { from: 'people', localField: 'ancestors', foreignField: 'duties.nodeId', as: 'cadres' } },
    { $lookup: { from: 'people', localField: 'cadres._id', foreignField: 'boss', as: 'reports' } },
    { $lookup: { from: 'people', localField: 'missing', foreignField: 'boss', as: 'unbossed' } },
    { $project: { cadres: '$cadres._id', reports: '$reports._id', unbossed: '$unbossed._id' } },
  ];
  const expected = [
    { _id: 'g1', cadres: ['u1', 'u2'], reports: ['u5'], unbossed: ['u1', 'u2', 'u3', 'u4'] },
    { _id: 'g2', cadres: ['u2'], reports: [], unbossed: ['u1', 'u2', 'u3', 'u4'] },
    // No local value is null, and null matches where the foreign field is missing (u3's duties are empty).
    { _id: 'g3', cadres: ['u3', 'u4', 'u5'], reports: [], unbossed: ['u1', 'u2', 'u3', 'u4'] },
  ];
  // MongoDB promises no order inside a joined array.
  const sortIds = (docs: Doc[]) =>
    docs.map((d) => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, Array.isArray(v) ? [...(v as string[])].sort() : v])));
  expect(sortIds(store.documents.aggregate('grids', pipeline))).toEqual(expected);
  store.createIndex('people', 'duties.nodeId');
  store.createIndex('people', 'boss');
  expect(sortIds(store.documents.aggregate('grids', pipeline))).toEqual(expected);
  // A lookup into a collection that does not exist joins nothing.
  expect(
    store.documents.aggregate('grids', [
      { $match: { _id: 'g1' } },
      { $lookup: { from: 'nope', localField: 'staff', foreignField: '_id', as: 'x' } },
      { $project: { x: 1 } },
    ]),
  ).toEqual([{ _id: 'g1', x: [] }]);
});

test('indexes follow inserts, updates and removes', () => {
  store.insertMany('c', [
    { _id: 'a', k: 1 },
    { _id: 'b', k: 2 },
  ]);
  store.createIndex('c', 'k');
  const docs = store.documents;
  docs.update('c', { _id: 'a' }, { $set: { k: 2 } }, { multi: false, replace: false, upsert: false });
  docs.insert('c', [{ _id: 'c', k: 2 }]);
  docs.remove('c', { _id: 'b' }, false);
  expect(
    store
      .find('c', { k: 2 })
      .map((d) => d._id)
      .sort(),
  ).toEqual(['a', 'c']);
  expect(store.find('c', { k: 1 })).toEqual([]);
  expect(
    store
      .find('c', { k: { $gte: 2 } }, { sort: { k: 1 } })
      .map((d) => d._id)
      .sort(),
  ).toEqual(['a', 'c']);
});

test("transaction: own writes seen by id inside it only; where() refused; snapshot kept for others' writes", () => {
  store.insertMany('c', [
    { _id: 'a', k: 1 },
    { _id: 'b', k: 2 },
  ]);
  store.createIndex('c', 'k');
  const docs = store.documents;
  const tx = docs.beginTransaction();
  const update = { multi: false, replace: false, upsert: false };
  docs.update('c', { _id: 'a' }, { $set: { k: 5 } }, update, tx);
  docs.insert('c', [{ _id: 'n', k: 5 }], tx);
  expect(docs.find('c', { _id: 'a' }, {}, tx)).toEqual([{ _id: 'a', k: 5 }]);
  expect(docs.find('c', { _id: 'n' }, {}, tx)).toEqual([{ _id: 'n', k: 5 }]);
  expect(docs.find('c', { k: 5 }, {})).toEqual([]);
  // Someone else changes b after the snapshot: the transaction still reads it as it was.
  docs.update('c', { _id: 'b' }, { $set: { k: 3 } }, update);
  expect(docs.find('c', { _id: 'b' }, {}, tx)).toEqual([{ _id: 'b', k: 2 }]);
  docs.commitTransaction(tx);
  expect(
    docs
      .find('c', { k: 5 }, {})
      .map((d) => d._id)
      .sort(),
  ).toEqual(['a', 'n']);
  expect(docs.transactionStats).toMatchObject({ committed: 1, maxOperations: 5 });

  const refused = docs.beginTransaction();
  expect(() => docs.find('c', { k: 5 }, {}, refused)).toThrow(expect.objectContaining({ code: 'DATABASE_REQUEST_FAILED' }));
  expect(() => docs.find('c', { _id: 'a' }, {}, refused)).toThrow(expect.objectContaining({ code: 'DATABASE_TRANSACTION_FAIL' }));
});

test('transactions end 30 s after they start, busy or not, and can no longer commit', () => {
  let now = 1_000_000;
  const clockedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-clock-'));
  const clocked = new Store(clockedDir, () => now);
  try {
    clocked.insertMany('c', [{ _id: 'a', k: 1 }]);
    const docs = clocked.documents;
    const tx = docs.beginTransaction('worker-x');
    for (let s = 0; s < 30; s += 5) {
      now += 5_000;
      docs.update('c', { _id: 'a' }, { $inc: { k: 1 } }, { multi: false, replace: false, upsert: false }, tx);
    }
    expect(docs.expireTransactions()).toBe(0);
    now += 1_000;
    expect(docs.expireTransactions()).toBe(1);
    expect(() => docs.commitTransaction(tx)).toThrow(expect.objectContaining({ code: 'DATABASE_TRANSACTION_FAIL' }));
    expect(clocked.find('c')).toEqual([{ _id: 'a', k: 1 }]);
  } finally {
    clocked.close();
    fs.rmSync(clockedDir, { recursive: true, force: true });
  }
});

test('100,000 documents: load, index, query, reload (timings are logged)', () => {
  const N = 100_000;
  const docs: Doc[] = [];
  for (let i = 0; i < N; i++) {
    docs.push({
      _id: `r${i}`,
      gridId: `g${i % 500}`,
      status: ['open', 'done', 'late'][i % 3],
      createdAt: new Date(1_700_000_000_000 + i * 1000),
      title: `request ${i}`,
      tags: [`t${i % 7}`],
    });
  }
  const timings: Record<string, number> = {};
  const time = <T>(label: string, f: () => T): T => {
    const t = process.hrtime.bigint();
    const v = f();
    timings[label] = Number(process.hrtime.bigint() - t) / 1e6;
    return v;
  };
  time('insertMany 100k', () => store.insertMany('requests', docs));
  time('createIndex gridId', () => store.createIndex('requests', 'gridId'));
  time('createIndex createdAt', () => store.createIndex('requests', 'createdAt'));

  const eq = time('eq on index + sort + limit 20 (first)', () =>
    store.find('requests', { gridId: 'g7', status: 'open' }, { sort: { createdAt: -1 }, limit: 20 }),
  );
  expect(eq).toHaveLength(20);
  time('eq on index x100', () => {
    for (let i = 0; i < 100; i++) store.find('requests', { gridId: `g${i}` }, { limit: 100 });
  });
  const since = new Date(1_700_000_000_000 + 90_000 * 1000);
  const range = time('range on index, sorted, limit 20 (first, builds order)', () =>
    store.find('requests', { createdAt: { $gte: since } }, { sort: { createdAt: 1 }, limit: 20 }),
  );
  expect(range[0]._id).toBe('r90000');
  time('range on index x100', () => {
    for (let i = 0; i < 100; i++) store.find('requests', { createdAt: { $gte: since } }, { sort: { createdAt: -1 }, limit: 20 });
  });
  time('newest 20 of a scan-filtered status (ordered index walk)', () =>
    store.find('requests', { status: 'late' }, { sort: { createdAt: -1 }, limit: 20 }),
  );
  time('_id lookup x1000', () => {
    for (let i = 0; i < 1000; i++) store.find('requests', { _id: `r${i * 97}` });
  });
  const scanCount = time('unindexed count (full scan)', () => store.count('requests', { status: 'late' }));
  expect(scanCount).toBe(33_333);
  time('conditional update on indexed field', () =>
    store.documents.update(
      'requests',
      { gridId: 'g1', status: 'open' },
      { $set: { status: 'done' } },
      { multi: true, replace: false, upsert: false },
    ),
  );

  store.close();
  store = new Store(dir);
  time('reopen + first query (loads 100k from disk)', () => store.find('requests', { gridId: 'g7' }, { limit: 5 }));
  expect(store.count('requests')).toBe(N);

  console.log(
    'store timings (ms):\n' +
      Object.entries(timings)
        .map(([k, v]) => `  ${k.padEnd(58)} ${v.toFixed(1)}`)
        .join('\n'),
  );
  // What the timings depend on, checked as behaviour: these queries are answered
  // from an index (a regression to a scan per query is what made them slow).
  const requests = store.documents.collection('requests');
  const candidates = (filter: Record<string, unknown>, sort?: Record<string, 1 | -1>) => {
    const p = plan(requests, filter, { sort });
    return p.kind === 'collscan' ? N : p.estimate;
  };
  expect(candidates({ gridId: 'g7', status: 'open' }, { createdAt: -1 })).toBe(N / 500);
  expect(candidates({ createdAt: { $gte: since } })).toBe(N - 90_000);
  expect(candidates({ _id: 'r97' })).toBe(1);
  // Nothing narrows it: walking the sort's index beats reading everything and sorting it.
  expect(plan(requests, { status: 'late' }, { sort: { createdAt: -1 } })).toMatchObject({ kind: 'ixscan', sorted: true });
});
