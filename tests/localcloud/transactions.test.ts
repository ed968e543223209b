/**
 * Transactions through the real SDK: commit, rollback, isolation, conflicts,
 * retries under contention, and cleanup when the worker dies.
 */
import { FixtureCloud, FixtureFunction, startFixtureCloud } from './harness';

let fx: FixtureCloud;

const functions: Record<string, FixtureFunction> = {
  transfer: {
    code: `
exports.main = async (event) => {
  return db.runTransaction(async (t) => {
    const from = (await t.collection('accounts').doc('a').get()).data;
    const to = (await t.collection('accounts').doc('b').get()).data;
    await t.collection('accounts').doc('a').update({ data: { balance: from.balance - event.amount } });
    await t.collection('accounts').doc('b').update({ data: { balance: to.balance + event.amount } });
    await t.collection('ledger').add({ data: { amount: event.amount } });
    if (event.fail) throw new Error('boom after writing');
    return { from: from.balance - event.amount, to: to.balance + event.amount };
  });
};`,
  },
  isolation: {
    code: `
exports.main = async (event) => {
  const read = async () => (await db.collection('iso').doc('i1').get()).data.n;
  const t = await db.startTransaction();
  await t.collection('iso').doc('i1').update({ data: { n: _.inc(1) } });
  const insideTx = (await t.collection('iso').doc('i1').get()).data.n;
  const outsideDuring = await read();
  if (event.abort) await t.rollback();
  else await t.commit();
  return { insideTx, outsideDuring, outsideAfter: await read() };
};`,
  },
  conflict: {
    code: `
exports.main = async () => {
  const t1 = await db.startTransaction();
  const t2 = await db.startTransaction();
  const n1 = (await t1.collection('seats').doc('s1').get()).data.left;
  const n2 = (await t2.collection('seats').doc('s1').get()).data.left;
  await t1.collection('seats').doc('s1').update({ data: { left: n1 - 1 } });
  await t2.collection('seats').doc('s1').update({ data: { left: n2 - 1 } });
  await t1.commit();
  let second;
  try { await t2.commit(); second = 'committed'; } catch (e) { second = e.code || e.errCode || String(e); }

  // A plain write between a transaction's read and commit conflicts too.
  const t3 = await db.startTransaction();
  const n3 = (await t3.collection('seats').doc('s1').get()).data.left;
  await db.collection('seats').doc('s1').update({ data: { left: _.inc(-5) } });
  await t3.collection('seats').doc('s1').update({ data: { left: n3 - 1 } });
  let third;
  try { await t3.commit(); third = 'committed'; } catch (e) { third = e.code || e.errCode || String(e); }
  return { second, third };
};`,
  },
  increment: {
    code: `
exports.main = async () => {
  return db.runTransaction(async (t) => {
    const doc = (await t.collection('counters').doc('c').get()).data;
    await new Promise((r) => setTimeout(r, 5));
    await t.collection('counters').doc('c').update({ data: { n: doc.n + 1 } });
    return doc.n + 1;
  }, 50);
};`,
  },
  hangInTx: {
    timeout: 1,
    code: `
exports.main = async () => {
  const t = await db.startTransaction();
  await t.collection('iso').doc('i1').update({ data: { n: 1000 } });
  await new Promise((r) => setTimeout(r, 5000));
  await t.commit();
};`,
  },
};

beforeAll(async () => {
  fx = await startFixtureCloud(functions);
  const { store } = fx.cloud;
  store.insertMany('accounts', [{ _id: 'a', balance: 100 }, { _id: 'b', balance: 0 }]);
  store.ensureCollection('ledger');
  store.insertMany('iso', [{ _id: 'i1', n: 1 }]);
  store.insertMany('seats', [{ _id: 's1', left: 10 }]);
  store.insertMany('counters', [{ _id: 'c', n: 0 }]);
});

afterAll(async () => {
  await fx.cleanup();
});

test('runTransaction commits every write together', async () => {
  const { result } = await fx.cloud.invoke('transfer', { amount: 30 }, { openid: 'o-tx' });
  expect(result).toEqual({ from: 70, to: 30 });
  expect(fx.cloud.store.find('accounts', {}, { sort: { _id: 1 } })).toEqual([
    { _id: 'a', balance: 70 },
    { _id: 'b', balance: 30 },
  ]);
  expect(fx.cloud.store.count('ledger')).toBe(1);
});

test('a throw inside runTransaction rolls back everything it wrote', async () => {
  await expect(fx.cloud.invoke('transfer', { amount: 5, fail: true }, { openid: 'o-tx' })).rejects.toMatchObject({
    errMsg: expect.stringContaining('boom after writing'),
  });
  expect(fx.cloud.store.find('accounts', {}, { sort: { _id: 1 } })).toEqual([
    { _id: 'a', balance: 70 },
    { _id: 'b', balance: 30 },
  ]);
  expect(fx.cloud.store.count('ledger')).toBe(1);
  expect(fx.cloud.store.documents.openTransactions).toBe(0);
});

test('uncommitted writes are invisible outside; rollback discards them', async () => {
  const committed = await fx.cloud.invoke('isolation', {}, { openid: 'o-tx' });
  expect(committed.result).toEqual({ insideTx: 2, outsideDuring: 1, outsideAfter: 2 });
  const aborted = await fx.cloud.invoke('isolation', { abort: true }, { openid: 'o-tx' });
  expect(aborted.result).toEqual({ insideTx: 3, outsideDuring: 2, outsideAfter: 2 });
});

test('two transactions changing the same document: the second commit conflicts', async () => {
  const { result } = await fx.cloud.invoke('conflict', {}, { openid: 'o-tx' });
  expect(result).toEqual({ second: 'DATABASE_TRANSACTION_CONFLICT', third: 'DATABASE_TRANSACTION_CONFLICT' });
  // t1 committed (10 -> 9), then the plain write (-5); t2 and t3 changed nothing.
  expect(fx.cloud.store.find('seats')).toEqual([{ _id: 's1', left: 4 }]);
});

test('concurrent runTransaction increments lose no update (conflicts are retried)', async () => {
  const runs = await Promise.allSettled(
    Array.from({ length: 24 }, (_, i) => fx.cloud.invoke('increment', {}, { openid: `o-inc-${i}` })),
  );
  const ok = runs.filter((r) => r.status === 'fulfilled').length;
  expect(ok).toBe(24);
  expect(fx.cloud.store.find('counters')).toEqual([{ _id: 'c', n: 24 }]);
  const values = runs.map((r) => (r.status === 'fulfilled' ? (r.value.result as number) : -1)).sort((a, b) => a - b);
  expect(values).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
});

test('a transaction left open by a timed-out function is discarded', async () => {
  const before = fx.cloud.store.find('iso')[0].n;
  await expect(fx.cloud.invoke('hangInTx', {}, { openid: 'o-tx' })).rejects.toMatchObject({ kind: 'timeout' });
  expect(fx.cloud.store.documents.openTransactions).toBe(0);
  expect(fx.cloud.store.find('iso')[0].n).toBe(before);
});
