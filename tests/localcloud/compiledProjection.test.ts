/**
 * The compiled `$project` (the fast path of an aggregation's leading
 * projection) answers exactly what mingo, with MongoDB's operators, answers
 * for the same stage; shapes it does not compile are left to mingo; and the
 * stored documents it reads are never changed by the stages after it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Aggregator } from 'mingo';
import { Store } from '../../localcloud/store';
import { compileProjection } from '../../localcloud/store/compiled-projection';
import { MONGO_OPERATORS } from '../../localcloud/store/mongo-operators';
import { cloneValue, Doc } from '../../localcloud/store/values';

const MARCH = new Date('2025-03-01T00:00:00Z');
const APRIL = new Date('2025-04-01T00:00:00Z');

/** Documents with every kind of value, null and missing fields, arrays along paths. */
const DOCS: Doc[] = [
  { _id: 'a', n: 1, s: 'done', at: new Date('2025-03-05T00:00:00Z'), sub: { at: new Date('2025-03-06T00:00:00Z'), x: 0 } },
  { _id: 'b', n: null, s: 'open', at: null, sub: { at: null } },
  { _id: 'c', s: '', sub: {} },
  { _id: 'd', n: 0, at: new Date('2025-05-01T00:00:00Z'), sub: [{ at: MARCH, x: 2 }, { x: 3 }, 4] },
  { _id: 'e', n: [1, 5], s: [0], at: [MARCH], sub: null },
  { _id: 'f', n: true, s: 7, at: 'not a date', sub: { at: { nested: 1 } } },
];

const EXPRESSIONS: Record<string, unknown> = {
  kept: 1,
  path: '$sub.at',
  deepPathThroughArray: '$sub.x',
  literalString: 'plain',
  literalDate: MARCH,
  literalNull: null,
  literalOp: { $literal: '$not a path' },
  inSpan: { $and: [{ $gte: ['$at', MARCH] }, { $lt: ['$at', APRIL] }] },
  either: { $or: ['$n', { $eq: ['$s', 'done'] }] },
  emptyAnd: { $and: [] },
  not: { $not: ['$n'] },
  notBare: { $not: '$s' },
  condArray: { $cond: [{ $eq: ['$s', 'done'] }, 1, 0] },
  condObject: { $cond: { if: { $gt: ['$n', 0] }, then: '$n', else: 'none' } },
  condMissing: { $cond: [true, '$nothing', 0] },
  ifNull: { $ifNull: ['$n', 'fallback'] },
  ifNullMany: { $ifNull: ['$nothing', '$sub.at', '$at', 'last'] },
  ifNullToMissing: { $ifNull: ['$nothing', '$nowhere'] },
  eqNull: { $eq: ['$n', null] },
  neNull: { $ne: ['$sub.at', null] },
  gtNull: { $gt: ['$at', null] },
  lteDates: { $lte: ['$sub.at', '$at'] },
  cmp: { $cmp: ['$n', 1] },
  cmpArrays: { $cmp: ['$n', [1, 5]] },
};

function byMingo(spec: Record<string, unknown>, doc: Doc): Doc {
  return new Aggregator([{ $project: spec }], { context: MONGO_OPERATORS }).run([cloneValue(doc)])[0] as Doc;
}

describe('a compiled $project answers what mingo with MongoDB operators answers', () => {
  test.each(Object.entries(EXPRESSIONS))('%s', (name, expr) => {
    const spec = { [name]: expr };
    const compiled = compileProjection(spec);
    expect(compiled).not.toBeNull();
    for (const doc of DOCS) expect([doc._id, compiled!(doc)]).toEqual([doc._id, byMingo(spec, doc)]);
  });

  test('a whole projection at once, with and without _id', () => {
    for (const spec of [EXPRESSIONS, { ...EXPRESSIONS, _id: 0 }, { ...EXPRESSIONS, _id: 1 }]) {
      const compiled = compileProjection(spec)!;
      for (const doc of DOCS) expect(compiled(doc)).toEqual(byMingo(spec, doc));
    }
  });
});

test.each([
  ['a dotted field', { 'sub.at': 1 }],
  ['an exclusion', { sub: 0 }],
  ['only _id: 0 (keeps every other field)', { _id: 0 }],
  ['a variable', { root: '$$ROOT' }],
  ['an operator not compiled', { both: { $concatArrays: ['$s', '$s'] } }],
  ['an object expression', { pair: { a: '$n', b: '$s' } }],
  ['a comparison with three operands', { odd: { $eq: ['$n', 1, 2] } }],
  ['a number other than 0 and 1 (an inclusion to MongoDB, not a literal)', { n: 5 }],
  ['a $cond object with a key other than if/then/else', { odd: { $cond: { if: true, then: 1, else: 0, otherwise: 2 } } }],
  ['a $cond object missing else', { odd: { $cond: { if: true, then: 1 } } }],
])('%s is left to mingo', (_label, spec) => {
  expect(compileProjection(spec)).toBeNull();
});

describe('through the store', () => {
  let dir: string;
  let store: Store;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'localcloud-projection-'));
    store = new Store(dir);
    store.insertMany('cases', DOCS);
  });
  afterEach(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('stages after the projection never change the stored documents', () => {
    const rows = store.documents.aggregate('cases', [
      { $match: {} },
      { $project: { sub: 1, at: 1 } },
      { $set: { 'sub.x': 99 } },
      { $unset: 'at' },
      { $sort: { _id: 1 } },
      { $limit: 10 },
    ]);
    expect(rows[0]).toEqual({ _id: 'a', sub: { at: new Date('2025-03-06T00:00:00Z'), x: 99 } });
    expect(store.find('cases', {}, { sort: { _id: 1 } })).toEqual(DOCS);
  });

  test('match, project, sort and group give the rows mingo gives', () => {
    const pipeline = [
      { $match: { _id: { $in: ['a', 'b', 'c', 'd', 'e', 'f'] } } },
      { $project: { s: 1, inSpan: EXPRESSIONS.inSpan, flag: EXPRESSIONS.condArray } },
      { $sort: { s: 1, _id: 1 } },
      { $group: { _id: '$s', n: { $sum: 1 }, inSpan: { $sum: { $cond: ['$inSpan', 1, 0] } }, flags: { $push: '$flag' } } },
      { $sort: { _id: 1 } },
      { $limit: 10 },
    ];
    const expected = new Aggregator(pipeline.slice(1), { context: MONGO_OPERATORS }).run(DOCS.map((d) => cloneValue(d)));
    expect(store.documents.aggregate('cases', pipeline)).toEqual(expected);
  });
});
