/**
 * The planner as a cost model of MongoDB: what a query examines depends on
 * the plan MongoDB would run (index bounds, `$or` unions, sorts from an
 * index or in memory, skips, covered counts), and every plan returns
 * exactly what a scan would.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Query } from 'mingo';
import { Store } from '../../localcloud/store';
import type { QueryCost } from '../../localcloud/store/query';
import type { Doc } from '../../localcloud/store/values';
import { INDEXES } from '../../cloudfunctions/shared/collections';
import { seedDemoData } from '../../localcloud/seed/seedDemoData';

let dir: string;
let store: Store;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'localcloud-planner-'));
  store = new Store(dir);
});

afterAll(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const STATES = ['open', 'accepted', 'resolved', 'closed'];
const N = 2000;

/** Requests-like documents: 40 places (each with its ancestors), states, people, times. */
function requests(): Doc[] {
  const rand = rng(7);
  const docs: Doc[] = [];
  for (let i = 0; i < N; i++) {
    const grid = i % 40;
    docs.push({
      _id: `r${String(i).padStart(5, '0')}`,
      placeIds: ['c', `t${grid % 4}`, `g${grid}`],
      state: STATES[Math.floor(rand() * STATES.length)],
      residentId: `p${i % 500}`,
      followerIds: i % 7 === 0 ? [`p${(i + 3) % 500}`] : [],
      // Unique (a permutation), so that a sort by it has one right answer.
      updatedAt: new Date(1_700_000_000_000 + ((i * 7919) % N) * 50_000),
      n: Math.floor(rand() * 50),
      duties: [{ gridId: `g${grid}`, kind: i % 3 === 0 ? 'head' : 'member' }],
    });
  }
  return docs;
}

function cost(): QueryCost {
  return { examined: 0, returned: 0 };
}

function find(filter: Record<string, unknown>, options: { sort?: Record<string, 1 | -1>; skip?: number; limit?: number } = {}) {
  const c = cost();
  const docs = store.documents.find('r', filter, options, undefined, c);
  return { ids: docs.map((d) => d._id as string), ...c };
}

function scan(docs: Doc[], filter: Record<string, unknown>, sort?: Record<string, 1 | -1>): string[] {
  let cursor = new Query(filter).find<Doc>(docs);
  if (sort) cursor = cursor.sort(sort);
  return cursor.all().map((d) => d._id as string);
}

describe('with indexes as the functions declare them', () => {
  let docs: Doc[];
  beforeAll(() => {
    docs = requests();
    store.insertMany('r', docs);
    for (const fields of [
      ['placeIds', 'state', 'updatedAt'],
      ['residentId', 'state', 'updatedAt'],
      ['followerIds', 'state', 'updatedAt'],
      ['duties.gridId'],
      ['n'],
    ]) {
      store.createIndex('r', fields);
    }
  });

  it('unions the indexes of an $or whose branches all have one, reading each document once', () => {
    const filter = { $or: [{ residentId: 'p7' }, { followerIds: 'p7' }] };
    const got = find(filter);
    expect(got.ids.sort()).toEqual(scan(docs, filter).sort());
    expect(got.examined).toBe(got.ids.length);
    expect(got.plan).toBe('OR(IXSCAN {residentId,state,updatedAt}, IXSCAN {followerIds,state,updatedAt})');
  });

  it('scans the whole collection for an $or with a branch no index serves', () => {
    const filter = { $or: [{ residentId: 'p7' }, { state: 'open' }] };
    const got = find(filter);
    expect(got.ids.sort()).toEqual(scan(docs, filter).sort());
    expect(got.examined).toBe(N);
    expect(got.plan).toBe('COLLSCAN');
  });

  it('walks a compound index in the sort order, merging the scans an $in explodes into, and stops at the limit', () => {
    const filter = { placeIds: 't1', state: { $in: ['open', 'accepted'] } };
    const sort = { updatedAt: -1 as const };
    const got = find(filter, { sort, limit: 20 });
    expect(got.ids).toEqual(scan(docs, filter, sort).slice(0, 20));
    expect(got.examined).toBe(20);
    expect(got.plan).toBe('IXSCAN {placeIds,state,updatedAt} SORT_MERGE');
  });

  it("merges sorted $or branches, so a resident's newest requests cost what they return", () => {
    const filter = { $and: [{ $or: [{ residentId: 'p3' }, { followerIds: 'p3' }] }, { state: { $in: ['open', 'closed', 'resolved'] } }] };
    const sort = { updatedAt: -1 as const };
    const got = find(filter, { sort, limit: 2 });
    expect(got.ids).toEqual(scan(docs, filter, sort).slice(0, 2));
    expect(got.examined).toBeLessThanOrEqual(3);
  });

  it('sorts in memory over every candidate when the index does not give the order, whatever the limit', () => {
    const filter = { placeIds: 'g5' };
    const sort = { n: 1 as const, _id: 1 as const };
    const got = find(filter, { sort, limit: 1 });
    expect(got.ids).toEqual(scan(docs, filter, sort).slice(0, 1));
    expect(got.examined).toBe(scan(docs, filter).length);
  });

  it('examines the documents it skips', () => {
    const filter = { placeIds: 'c', state: 'closed' };
    const sort = { updatedAt: 1 as const };
    const got = find(filter, { sort, skip: 100, limit: 10 });
    expect(got.ids).toEqual(scan(docs, filter, sort).slice(100, 110));
    expect(got.examined).toBe(110);
    expect(got.returned).toBe(10);
  });

  it('counts from the index alone when its bounds say everything the filter says, else reads the candidates', () => {
    const exact = cost();
    expect(store.documents.count('r', { placeIds: 'g3', state: 'open' }, undefined, exact)).toBe(
      scan(docs, { placeIds: 'g3', state: 'open' }).length,
    );
    expect(exact.examined).toBe(0);
    const residual = cost();
    const filter = { placeIds: 'g3', n: { $ne: 4 } };
    expect(store.documents.count('r', filter, undefined, residual)).toBe(scan(docs, filter).length);
    expect(residual.examined).toBe(scan(docs, { placeIds: 'g3' }).length);
  });

  it('uses the index of an array of objects for $elemMatch', () => {
    const filter = { duties: { $elemMatch: { gridId: 'g2', kind: 'head' } } };
    const got = find(filter);
    expect(got.ids.sort()).toEqual(scan(docs, filter).sort());
    expect(got.examined).toBe(scan(docs, { 'duties.gridId': 'g2' }).length);
  });

  it('keeps a range on an array field to one bound (each bound may match a different element)', () => {
    store.insertMany('arrays', [
      { _id: 'both', n: [1, 60] },
      { _id: 'neither', n: [20, 30] },
      { _id: 'plain', n: 5 },
    ]);
    store.createIndex('arrays', 'n');
    expect(store.find('arrays', { $and: [{ n: { $gte: 40 } }, { n: { $lte: 10 } }] }).map((d) => d._id)).toEqual(['both']);
  });

  it('returns what a scan returns for many random filters and sorts', () => {
    const rand = rng(99);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    for (let k = 0; k < 80; k++) {
      const parts: Array<Record<string, unknown>> = [];
      if (rand() < 0.7) parts.push({ placeIds: pick(['c', 't0', 't2', 'g1', 'g17', 'nope']) });
      if (rand() < 0.6) parts.push({ state: rand() < 0.5 ? pick(STATES) : { $in: [pick(STATES), pick(STATES)] } });
      if (rand() < 0.4)
        parts.push({
          updatedAt: { [pick(['$gt', '$gte', '$lt', '$lte'])]: new Date(1_700_000_000_000 + Math.floor(rand() * N) * 50_000) },
        });
      if (rand() < 0.3)
        parts.push({
          $or: [
            { residentId: `p${Math.floor(rand() * 500)}` },
            { followerIds: `p${Math.floor(rand() * 500)}` },
            { n: { $lt: Math.floor(rand() * 5) } },
          ],
        });
      if (rand() < 0.2) parts.push({ n: { $ne: Math.floor(rand() * 50) } });
      const filter = parts.length ? { $and: parts } : {};
      const sort = pick<Record<string, 1 | -1> | undefined>([undefined, { updatedAt: -1 }, { updatedAt: 1 }, { n: 1, _id: -1 }]);
      const limit = pick([5, 50, 1000]);
      const skip = pick([0, 0, 7]);
      const got = find(filter, { sort, limit, skip });
      const all = scan(docs, filter, sort);
      if (sort) expect({ filter, sort, ids: got.ids }).toEqual({ filter, sort, ids: all.slice(skip, skip + limit) });
      else {
        expect(got.ids.length).toBe(Math.min(limit, Math.max(0, all.length - skip)));
        for (const id of got.ids) expect(all).toContain(id);
      }
      expect(store.count('r', filter)).toBe(all.length);
    }
  });
});

describe('$lookup and the 16 MB document limit', () => {
  beforeAll(() => {
    store.insertMany('parent', [{ _id: 'p' }]);
    const bulky = 'x'.repeat(1_000_000);
    store.insertMany(
      'child',
      Array.from({ length: 20 }, (_, i) => ({ _id: `c${i}`, parentId: 'p', text: bulky })),
    );
    store.createIndex('child', 'parentId');
  });

  const join = { $lookup: { from: 'child', localField: '_id', foreignField: 'parentId', as: 'children' } };

  it('refuses to gather more than 16 MB into one document', () => {
    expect(() => store.documents.aggregate('parent', [join, { $limit: 1 }])).toThrow(/exceeds 16777216 bytes/);
  });

  it('joins one document at a time when an $unwind of the join follows (as MongoDB folds them), and counts what it read', () => {
    const c = cost();
    const out = store.documents.aggregate(
      'parent',
      [
        join,
        { $unwind: { path: '$children', preserveNullAndEmptyArrays: true } },
        { $group: { _id: '$_id', n: { $sum: 1 } } },
        { $limit: 1 },
      ],
      c,
    );
    expect(out).toEqual([{ _id: 'p', n: 20 }]);
    expect(c).toEqual(expect.objectContaining({ examined: 21, returned: 21 }));
  });
});

it('has exactly the declared indexes after seeding: one WeChat cloud would not have is dropped', async () => {
  const own = fs.mkdtempSync(path.join(os.tmpdir(), 'localcloud-indexes-'));
  const seeded = new Store(own);
  try {
    seeded.ensureCollection('requests');
    seeded.createIndex('requests', 'gridId');
    await seedDemoData(seeded);
    const declared = INDEXES.filter((i) => i.collection === 'requests')
      .map((i) => i.fields.join(','))
      .sort();
    expect(seeded.indexNames('requests').sort()).toEqual(declared);
    expect(declared).not.toContain('gridId');
  } finally {
    seeded.close();
    fs.rmSync(own, { recursive: true, force: true });
  }
});

it('keeps its indexes in order through thousands of single writes (inserts, moves, removals)', () => {
  store.ensureCollection('writes');
  store.createIndex('writes', ['g', 'at']);
  const rand = rng(5);
  const live = new Map<string, Doc>();
  for (let i = 0; i < 3000; i++) {
    const id = `w${Math.floor(rand() * 1500)}`;
    // Every write a different `at` (no ties, so the order has one right answer).
    const doc = { _id: id, g: `g${Math.floor(rand() * 3)}`, at: (i * 7919) % 100_003 };
    if (!live.has(id)) store.insertMany('writes', [doc]);
    else if (rand() < 0.3) {
      store.documents.remove('writes', { _id: id }, false);
      live.delete(id);
      continue;
    } else
      store.documents.update('writes', { _id: id }, { $set: { g: doc.g, at: doc.at } }, { multi: false, replace: false, upsert: false });
    live.set(id, doc);
  }
  const docs = [...live.values()];
  for (const g of ['g0', 'g1', 'g2']) {
    const filter = { g, at: { $gte: 20_000 } };
    const c = cost();
    const got = store.documents.find('writes', filter, { sort: { at: -1 }, limit: 1000 }, undefined, c).map((d) => d._id);
    expect(got).toEqual(
      new Query(filter)
        .find<Doc>(docs)
        .sort({ at: -1 })
        .all()
        .map((d) => d._id),
    );
    expect(c.examined).toBe(got.length);
  }
});
