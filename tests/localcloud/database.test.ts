/**
 * Every database action, driven by the real wx-server-sdk inside fixture
 * cloud functions, checked against what the store actually holds.
 */
import { adminRequest, FixtureCloud, FixtureFunction, startFixtureCloud } from './harness';
import type { Answer } from '../support/answer';

let fx: FixtureCloud;

const functions: Record<string, FixtureFunction> = {
  crud: {
    code: `
exports.main = async () => {
  await db.createCollection('todos');
  const added = await db.collection('todos').add({ data: { _id: 't1', title: 'water', done: false, n: 1 } });
  const generated = await db.collection('todos').add({ data: { title: 'roads', done: false, n: 2 } });
  const one = await db.collection('todos').doc('t1').get();
  const some = await db.collection('todos').where({ done: false, n: _.gte(2) }).get();
  const count = await db.collection('todos').where({ done: false }).count();
  const missing = await db.collection('todos').doc('nope').get().then(() => 'found', (e) => e.errMsg || e.message);
  return { added, generated, one, some, count, missing };
};`,
  },
  operators: {
    code: `
exports.main = async () => {
  const c = db.collection('ops');
  await c.add({ data: { _id: 'o1', n: 10, m: 3, lo: 5, hi: 5, tags: ['a', 'b'], set: [1], list: [1, 2, 3, 4], nested: { x: 1, y: 2 }, gone: true, arr: [{ k: 'p', v: 1 }, { k: 'q', v: 2 }] } });
  const r1 = await c.doc('o1').update({ data: {
    n: _.inc(5), m: _.mul(4), lo: _.min(1), hi: _.max(9),
    tags: _.push(['c', 'd']), set: _.addToSet(1), list: _.pull(_.in([2, 3])),
    'nested.x': 42, 'nested.deep.z': 'z', gone: _.remove(), fresh: 'new',
  } });
  await c.doc('o1').update({ data: { set: _.addToSet({ $each: [2, 3] }), tags: _.pop() } });
  await c.where({ _id: 'o1', 'arr.k': 'q' }).update({ data: { 'arr.$.v': 99 } });
  await c.doc('o1').update({ data: { nested: _.set({ only: true }) } });
  return { r1 };
};`,
  },
  setAndBulk: {
    code: `
exports.main = async () => {
  const c = db.collection('bulk');
  await c.add({ data: [{ _id: 'a', g: 1, v: 1 }, { _id: 'b', g: 1, v: 2 }, { _id: 'c', g: 2, v: 3 }, { _id: 'd', g: 1, v: 4 }] });
  const replaced = await c.doc('a').set({ data: { only: 'this' } });
  const created = await c.doc('z').set({ data: { made: true } });
  const multi = await c.where({ g: 1 }).update({ data: { touched: true } });
  const none = await c.where({ g: 99 }).update({ data: { touched: true } });
  const removed = await c.where({ g: 2 }).remove();
  const removedOne = await c.doc('z').remove();
  return { replaced, created, multi, none, removed, removedOne };
};`,
  },
  paging: {
    code: `
exports.main = async () => {
  const c = db.collection('people');
  const page = await c.where({ age: _.gte(20) }).orderBy('age', 'desc').orderBy('name', 'asc').skip(2).limit(3).field({ name: true, age: true }).get();
  const byDefault = await c.get();
  const max = await c.limit(1000).get();
  const excluded = await c.where({ name: 'p0001' }).field({ secret: false }).get();
  return {
    page: page.data,
    defaultCount: byDefault.data.length,
    maxCount: max.data.length,
    excluded: excluded.data[0],
  };
};`,
  },
  queries: {
    code: `
exports.main = async () => {
  const c = db.collection('q');
  const ids = (r) => r.data.map((d) => d._id).sort();
  return {
    regex: ids(await c.where({ name: /^al/i }).get()),
    dbRegExp: ids(await c.where({ name: db.RegExp({ regexp: 'ce$', options: 'i' }) }).get()),
    inList: ids(await c.where({ city: _.in(['Mohe', 'Wangjiang']) }).get()),
    nin: ids(await c.where({ city: _.nin(['Mohe']) }).get()),
    or: ids(await c.where(_.or([{ age: _.lt(20) }, { city: 'Xiuwen' }])).get()),
    andRange: ids(await c.where({ age: _.gt(20).and(_.lte(40)) }).get()),
    exists: ids(await c.where({ phone: _.exists(true) }).get()),
    neq: ids(await c.where({ city: _.neq('Mohe') }).get()),
    arrayContains: ids(await c.where({ tags: 'elder' }).get()),
    all: ids(await c.where({ tags: _.all(['elder', 'alone']) }).get()),
    size: ids(await c.where({ tags: _.size(2) }).get()),
    elemMatch: ids(await c.where({ visits: _.elemMatch({ by: 'g1', n: _.gte(2) }) }).get()),
    dotted: ids(await c.where({ 'addr.village': 'Liangquan' }).get()),
  };
};`,
  },
  aggregate: {
    code: `
exports.main = async () => {
  const grouped = await db.collection('sales').aggregate()
    .match({ amount: _.gt(0) })
    .group({ _id: '$city', total: $.sum('$amount'), n: $.sum(1) })
    .sort({ total: -1 })
    .end();
  const joined = await db.collection('sales').aggregate()
    .match({ _id: 's1' })
    .lookup({ from: 'cities', localField: 'city', foreignField: '_id', as: 'cityInfo' })
    .project({ _id: 1, city: 1, province: $.arrayElemAt(['$cityInfo.province', 0]) })
    .end();
  const unlimited = await db.collection('people').aggregate().match({ age: _.gte(0) }).end();
  const limited = await db.collection('people').aggregate().match({ age: _.gte(0) }).limit(500).end();
  return { grouped: grouped.list, joined: joined.list, unlimited: unlimited.list.length, limited: limited.list.length };
};`,
  },
  serverDate: {
    code: `
exports.main = async () => {
  const c = db.collection('dates');
  await c.add({ data: { _id: 'now', at: db.serverDate() } });
  await c.add({ data: { _id: 'later', at: db.serverDate({ offset: 3600 * 1000 }) } });
  await c.add({ data: { _id: 'old', at: new Date('2000-01-01T00:00:00Z') } });
  const past = await c.where({ at: _.lt(db.serverDate({ offset: 60 * 1000 })) }).get();
  await c.doc('old').update({ data: { touchedAt: db.serverDate() } });
  return { past: past.data.map((d) => d._id).sort(), localNow: Date.now() };
};`,
  },
  errors: {
    code: `
exports.main = async () => {
  const err = (p) => p.then(() => null, (e) => ({ errCode: e.errCode, errMsg: e.errMsg || e.message }));
  return {
    getMissing: await err(db.collection('no_such_collection').get()),
    addMissing: await err(db.collection('no_such_collection').add({ data: { a: 1 } })),
    countMissing: await err(db.collection('no_such_collection').count()),
    createTwice: await err(db.createCollection('todos')),
    duplicate: await err(db.collection('todos').add({ data: { _id: 't1' } })),
  };
};`,
  },
};

beforeAll(async () => {
  fx = await startFixtureCloud(functions);
  const { store } = fx.cloud;
  for (const name of ['ops', 'bulk', 'people', 'q', 'sales', 'cities', 'dates']) store.ensureCollection(name);
  store.insertMany(
    'people',
    Array.from({ length: 1500 }, (_, i) => ({
      _id: `p${String(i).padStart(4, '0')}`,
      name: `p${String(i).padStart(4, '0')}`,
      age: i % 60,
      secret: 's',
    })),
  );
  store.insertMany('q', [
    {
      _id: 'q1',
      name: 'Alice',
      city: 'Mohe',
      age: 18,
      tags: ['elder', 'alone'],
      addr: { village: 'Liangquan' },
      visits: [{ by: 'g1', n: 3 }],
    },
    { _id: 'q2', name: 'Alan', city: 'Wangjiang', age: 30, tags: ['elder'], phone: '123', visits: [{ by: 'g1', n: 1 }] },
    { _id: 'q3', name: 'Grace', city: 'Xiuwen', age: 41, tags: ['migrant', 'alone'], addr: { village: 'Other' } },
    { _id: 'q4', name: 'Bob', city: 'Longjiang', age: 25, tags: [], visits: [{ by: 'g2', n: 5 }] },
  ]);
  store.insertMany('sales', [
    { _id: 's1', city: 'mohe', amount: 10 },
    { _id: 's2', city: 'mohe', amount: 5 },
    { _id: 's3', city: 'wj', amount: 30 },
    { _id: 's4', city: 'wj', amount: 0 },
  ]);
  store.insertMany('cities', [
    { _id: 'mohe', province: 'Heilongjiang' },
    { _id: 'wj', province: 'Anhui' },
  ]);
});

afterAll(async () => {
  await fx.cleanup();
});

test('add, doc().get, where().get and count', async () => {
  const { result, dbActions } = await fx.cloud.invoke('crud', {}, { openid: 'o-db' });
  const r = result as Answer;
  expect(r.added._id).toBe('t1');
  expect(r.generated._id).toMatch(/^[0-9a-f]{32}$/);
  expect(r.one.data).toEqual({ _id: 't1', title: 'water', done: false, n: 1 });
  expect(r.some.data).toEqual([{ _id: r.generated._id, title: 'roads', done: false, n: 2 }]);
  expect(r.count.total).toBe(2);
  expect(r.missing).toMatch(/does not exist/);
  // createCollection + 2 add + doc get + get + count + missing doc get
  expect(dbActions).toBe(7);
  // Server-side writes get no _openid (only client-side adds carry one).
  expect(fx.cloud.store.find('todos', { _id: 't1' })[0]).not.toHaveProperty('_openid');
});

test('update operators and dotted paths', async () => {
  const { result } = await fx.cloud.invoke('operators', {}, { openid: 'o-db' });
  expect((result as Answer).r1.stats.updated).toBe(1);
  const [doc] = fx.cloud.store.find('ops', { _id: 'o1' });
  expect(doc).toEqual({
    _id: 'o1',
    n: 15,
    m: 12,
    lo: 1,
    hi: 9,
    tags: ['a', 'b', 'c'],
    set: [1, 2, 3],
    list: [1, 4],
    nested: { only: true },
    fresh: 'new',
    arr: [
      { k: 'p', v: 1 },
      { k: 'q', v: 99 },
    ],
  });
});

test('set replaces or creates; where().update and remove work on every match', async () => {
  const { result } = await fx.cloud.invoke('setAndBulk', {}, { openid: 'o-db' });
  const r = result as Answer;
  expect(r.replaced.stats).toEqual({ updated: 1, created: 0 });
  expect(r.created.stats).toEqual({ updated: 0, created: 1 });
  expect(r.multi.stats.updated).toBe(2);
  expect(r.none.stats.updated).toBe(0);
  expect(r.removed.stats.removed).toBe(1);
  expect(r.removedOne.stats.removed).toBe(1);
  const left = fx.cloud.store.find('bulk', {}, { sort: { _id: 1 } });
  expect(left).toEqual([
    { _id: 'a', only: 'this' },
    { _id: 'b', g: 1, v: 2, touched: true },
    { _id: 'd', g: 1, v: 4, touched: true },
  ]);
});

test('orderBy, skip, limit, field and the 100 / 1,000 server limits', async () => {
  const { result } = await fx.cloud.invoke('paging', {}, { openid: 'o-db' });
  const r = result as Answer;
  // age desc then name asc: age 59 is p0059, p0119, p0179, ...; skip 2 of them
  expect(r.page).toEqual([
    { _id: 'p0179', name: 'p0179', age: 59 },
    { _id: 'p0239', name: 'p0239', age: 59 },
    { _id: 'p0299', name: 'p0299', age: 59 },
  ]);
  expect(r.defaultCount).toBe(100);
  expect(r.maxCount).toBe(1000);
  expect(r.excluded).toEqual({ _id: 'p0001', name: 'p0001', age: 1 });

  // The SDK clamps limit itself; the server must clamp too.
  const raw = await adminRequest(fx.cloud, {
    action: 'database.getDocument',
    collectionName: 'people',
    queryType: 'WHERE',
    query: '{}',
    limit: 5000,
  });
  expect(((raw.data as Answer).list as unknown as string[]).length).toBe(1000);
  const none = await adminRequest(fx.cloud, {
    action: 'database.getDocument',
    collectionName: 'people',
    queryType: 'WHERE',
    query: '{}',
  });
  expect(((none.data as Answer).list as unknown as string[]).length).toBe(100);
});

test('query operators: regex, in/nin, or/and, exists, neq, arrays, elemMatch, dotted', async () => {
  const { result } = await fx.cloud.invoke('queries', {}, { openid: 'o-db' });
  expect(result).toEqual({
    regex: ['q1', 'q2'],
    dbRegExp: ['q1', 'q3'],
    inList: ['q1', 'q2'],
    nin: ['q2', 'q3', 'q4'],
    or: ['q1', 'q3'],
    andRange: ['q2', 'q4'],
    exists: ['q2'],
    neq: ['q2', 'q3', 'q4'],
    arrayContains: ['q1', 'q2'],
    all: ['q1'],
    size: ['q1', 'q3'],
    elemMatch: ['q1'],
    dotted: ['q1'],
  });
});

test('aggregate: group, sort, lookup, project; 20 results unless a limit is given', async () => {
  const { result } = await fx.cloud.invoke('aggregate', {}, { openid: 'o-db' });
  const r = result as Answer;
  expect(r.grouped).toEqual([
    { _id: 'wj', total: 30, n: 1 },
    { _id: 'mohe', total: 15, n: 2 },
  ]);
  expect(r.joined).toEqual([{ _id: 's1', city: 'mohe', province: 'Heilongjiang' }]);
  expect(r.unlimited).toBe(20);
  expect(r.limited).toBe(500);
});

test('serverDate is server time (+offset) in writes and queries', async () => {
  const before = Date.now();
  const { result } = await fx.cloud.invoke('serverDate', {}, { openid: 'o-db' });
  const after = Date.now();
  const docs = Object.fromEntries(fx.cloud.store.find('dates').map((d) => [d._id, d]));
  const now = (docs.now.at as Date).getTime();
  expect(docs.now.at).toBeInstanceOf(Date);
  expect(now).toBeGreaterThanOrEqual(before);
  expect(now).toBeLessThanOrEqual(after);
  expect((docs.later.at as Date).getTime() - now).toBeGreaterThanOrEqual(3600 * 1000 - 50);
  expect((docs.later.at as Date).getTime() - now).toBeLessThanOrEqual(3600 * 1000 + 1000);
  expect(docs.old.touchedAt).toBeInstanceOf(Date);
  expect((result as Answer).past).toEqual(['now', 'old']);
});

test('errors look like the real cloud: missing collection, existing collection, duplicate _id', async () => {
  const { result } = await fx.cloud.invoke('errors', {}, { openid: 'o-db' });
  const r = result as Answer;
  expect(r.getMissing.errCode).toBe(-502005);
  expect(r.addMissing.errCode).toBe(-502005);
  expect(r.countMissing.errCode).toBe(-502005);
  expect(r.createTwice).not.toBeNull();
  expect(r.duplicate.errCode).toBe(-502001);
  expect(r.duplicate.errMsg).toContain('E11000 duplicate key error collection: todos index: _id_ dup key: { _id: "t1" }');
  expect(fx.cloud.store.listCollections()).not.toContain('no_such_collection');
});
