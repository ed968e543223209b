/**
 * A range against null (`$gt: null` …) is refused wherever a `$match` sits in
 * a pipeline, not only at its top: a `$lookup`'s own pipeline and each
 * pipeline of a `$facet` are matched by the same engine, whose answer for a
 * missing field WeChat does not document.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Store } from '../../localcloud/store';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'localcloud-nested-range-'));
  store = new Store(dir);
  store.insertMany('cases', [{ _id: 'a', at: null }, { _id: 'b' }]);
  store.insertMany('steps', [{ _id: 's', caseId: 'a', doneAt: null }]);
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const RANGE_ON_NULL = { doneAt: { $gt: null } };

test.each([
  ['at the top', [{ $match: RANGE_ON_NULL }]],
  ['in a $lookup pipeline', [{ $lookup: { from: 'steps', pipeline: [{ $match: RANGE_ON_NULL }], as: 'steps' } }]],
  ['in a $facet pipeline', [{ $facet: { done: [{ $match: RANGE_ON_NULL }], all: [{ $count: 'n' }] } }]],
  [
    'in a $lookup inside a $facet',
    [{ $facet: { joined: [{ $lookup: { from: 'steps', pipeline: [{ $match: { $and: [RANGE_ON_NULL] } }], as: 's' } }] } }],
  ],
])('a range against null %s is refused', (_where, pipeline) => {
  expect(() => store.documents.aggregate('cases', pipeline)).toThrow(expect.objectContaining({ code: 'DATABASE_REQUEST_FAILED' }));
});

test('the same pipelines without a range against null run', () => {
  const rows = store.documents.aggregate('cases', [{ $lookup: { from: 'steps', pipeline: [{ $match: { doneAt: null } }], as: 'steps' } }]);
  expect(rows.map((r) => r._id).sort()).toEqual(['a', 'b']);
});
