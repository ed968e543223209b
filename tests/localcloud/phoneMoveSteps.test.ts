/**
 * The database steps 绑定手机号 rests on (functions/users/support/
 * bindPhoneTransaction.ts and repointPerson.ts), through the real SDK:
 * - a multi-document update with `array.$` replaces, in each document, the
 *   element the query matched (WeChat guide 查询、更新数组/嵌套对象, 匹配并更新
 *   数组中的元素; MongoDB's positional operator), and refuses a query that
 *   does not name the array;
 * - a transaction whose first operation removes a document: that fixes the
 *   snapshot and locks the document (another transaction's write of it
 *   fails), a query outside the transaction still sees it until the commit,
 *   and removing a document that does not exist removes nothing.
 */
import { FixtureCloud, FixtureFunction, startFixtureCloud } from './harness';

let fx: FixtureCloud;

const REPORT = `const report = (e) => ({ errCode: e.errCode, message: String(e.errMsg || e.message || e) });`;

const functions: Record<string, FixtureFunction> = {
  positional: {
    code: `${REPORT}
exports.main = async () => {
  const moved = await db.collection('held').where({ ids: 'old' }).update({ data: { 'ids.$': 'new', version: _.inc(1) } });
  const unnamed = await db.collection('held').where({ owner: 'x' }).update({ data: { 'ids.$': 'new' } }).then((r) => r.stats.updated, report);
  return { updated: moved.stats.updated, unnamed };
};`,
  },
  removeFirst: {
    code: `${REPORT}
exports.main = async () => {
  const t = await db.startTransaction();
  const removed = await t.collection('people').doc('roster-1').remove();
  const missing = await t.collection('people').doc('roster-none').remove();
  const seenOutside = (await db.collection('people').where({ phone: '1' }).get()).data.map((p) => p._id);
  const other = await db.startTransaction();
  const otherWrite = await other.collection('people').doc('roster-1').update({ data: { name: 'changed' } }).then(() => 'written', report);
  await t.collection('people').doc('account').set({ data: { phone: '1' } });
  await t.commit();
  const after = (await db.collection('people').where({ phone: '1' }).get()).data.map((p) => p._id);
  return { removed: removed.stats.removed, missing: missing.stats.removed, seenOutside, otherWrite, after };
};`,
  },
};

beforeAll(async () => {
  fx = await startFixtureCloud(functions);
  fx.cloud.store.insertMany('held', [
    { _id: 'h1', ids: ['a', 'old'], owner: 'x', version: 1 },
    { _id: 'h2', ids: ['old'], owner: 'x', version: 1 },
    { _id: 'h3', ids: ['a', 'b'], owner: 'x', version: 1 },
  ]);
  fx.cloud.store.insertMany('people', [{ _id: 'roster-1', phone: '1', name: 'imported' }]);
});

afterAll(async () => {
  await fx.cleanup();
});

test('array.$ replaces the matched element in every document the query matched, and needs the array in the query', async () => {
  const { result } = await fx.cloud.invoke('positional', {}, { openid: 'o-move' });
  expect(result).toEqual({ updated: 2, unnamed: expect.objectContaining({ message: expect.stringContaining('positional operator') }) });
  expect(fx.cloud.store.find('held', {}, { sort: { _id: 1 } })).toEqual([
    { _id: 'h1', ids: ['a', 'new'], owner: 'x', version: 2 },
    { _id: 'h2', ids: ['new'], owner: 'x', version: 2 },
    { _id: 'h3', ids: ['a', 'b'], owner: 'x', version: 1 },
  ]);
});

test('a transaction that starts by removing a document locks it, and a query outside sees it until the commit', async () => {
  const { result } = await fx.cloud.invoke('removeFirst', {}, { openid: 'o-move' });
  expect(result).toEqual({
    removed: 1,
    missing: 0,
    seenOutside: ['roster-1'],
    otherWrite: expect.objectContaining({ errCode: -501001, message: expect.stringContaining('locked by another transaction') }),
    after: ['account'],
  });
});
