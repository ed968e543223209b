/**
 * Transactions through the real SDK, as WeChat's guide describes them
 * (云开发 › 数据库 › 事务): snapshot reads, write locks, a second writer failing
 * at its write (which wx-server-sdk 4.0.2's runTransaction does not retry),
 * no conflict for what was only read, doc()/add() only, one operation at a
 * time, at most 30 s from start, at most 100 operations; and cleanup when the
 * worker dies.
 */
import { FixtureCloud, FixtureFunction, startFixtureCloud } from './harness';

let fx: FixtureCloud;

/** What a fixture reports about an SDK error. */
const REPORT = `const report = (e) => ({ errCode: e.errCode, code: e.code, message: String(e.errMsg || e.message || e) });`;

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
  secondWriter: {
    code: `${REPORT}
exports.main = async () => {
  const t1 = await db.startTransaction();
  const t2 = await db.startTransaction();
  const n1 = (await t1.collection('seats').doc('s1').get()).data.left;
  const n2 = (await t2.collection('seats').doc('s1').get()).data.left;
  await t1.collection('seats').doc('s1').update({ data: { left: n1 - 1 } });
  const atWrite = await t2.collection('seats').doc('s1').update({ data: { left: n2 - 1 } }).then(() => 'written', report);
  // The failed write aborted t2: it is gone.
  const afterwards = await t2.collection('seats').doc('s1').get().then(() => 'read', report);
  await t1.commit();
  return { atWrite, afterwards };
};`,
  },
  changedSinceSnapshot: {
    code: `${REPORT}
exports.main = async () => {
  const t = await db.startTransaction();
  const left = (await t.collection('seats').doc('s2').get()).data.left;
  await db.collection('seats').doc('s2').update({ data: { left: _.inc(-5) } });
  const atWrite = await t.collection('seats').doc('s2').update({ data: { left: left - 1 } }).then(() => 'written', report);
  return { atWrite };
};`,
  },
  readOnlyChanged: {
    code: `
exports.main = async () => {
  // Write skew, as snapshot isolation allows it: each reads both, writes one.
  const t1 = await db.startTransaction();
  const t2 = await db.startTransaction();
  const a1 = (await t1.collection('duty').doc('x').get()).data.on + (await t1.collection('duty').doc('y').get()).data.on;
  const a2 = (await t2.collection('duty').doc('x').get()).data.on + (await t2.collection('duty').doc('y').get()).data.on;
  await t1.collection('duty').doc('x').update({ data: { on: 0 } });
  await t2.collection('duty').doc('y').update({ data: { on: 0 } });
  await t1.commit();
  await t2.commit();
  // A plain write of a document a transaction only read does not fail its commit either.
  const t3 = await db.startTransaction();
  await t3.collection('duty').doc('x').get();
  await db.collection('duty').doc('x').update({ data: { on: 7 } });
  await t3.collection('duty').doc('y').update({ data: { on: 3 } });
  await t3.commit();
  return { a1, a2 };
};`,
  },
  snapshot: {
    code: `${REPORT}
exports.main = async () => {
  const snap = db.collection('snap');
  const t = await db.startTransaction();
  // Nothing read yet: the snapshot is taken at the first operation.
  await snap.doc('v').update({ data: { n: 2 } });
  const first = (await t.collection('snap').doc('v').get()).data.n;
  await snap.doc('v').update({ data: { n: 3 } });
  await snap.add({ data: { _id: 'late', n: 1 } });
  await snap.doc('gone').remove();
  const again = (await t.collection('snap').doc('v').get()).data.n;
  const late = await t.collection('snap').doc('late').get().then((r) => r.data, report);
  const gone = (await t.collection('snap').doc('gone').get()).data.n;
  await t.collection('snap').doc('mine').set({ data: { n: 9 } });
  const mine = (await t.collection('snap').doc('mine').get()).data.n;
  await t.commit();
  return { first, again, late, gone, mine };
};`,
  },
  plainWriteWaits: {
    code: `
exports.main = async () => {
  const t = await db.startTransaction();
  await t.collection('locks').doc('l1').update({ data: { n: 100 } });
  const order = [];
  const plain = db.collection('locks').doc('l1').update({ data: { n: _.inc(1) } }).then(() => order.push('plain'));
  await new Promise((r) => setTimeout(r, 300));
  const whileLocked = (await db.collection('locks').doc('l1').get()).data.n;
  order.push('commit');
  await t.commit();
  await plain;
  return { whileLocked, order, after: (await db.collection('locks').doc('l1').get()).data.n };
};`,
  },
  plainWriteGivesUp: {
    timeout: 10,
    code: `${REPORT}
exports.main = async () => {
  const t = await db.startTransaction();
  await t.collection('locks').doc('l2').update({ data: { n: 100 } });
  const plain = await db.collection('locks').where({ _id: 'l2' }).update({ data: { n: _.inc(1) } }).then(() => 'written', report);
  await t.rollback();
  return { plain, after: (await db.collection('locks').doc('l2').get()).data.n };
};`,
  },
  whereInside: {
    code: `${REPORT}
exports.main = async () => {
  const t = await db.startTransaction();
  await t.collection('seats').doc('s3').update({ data: { left: 0 } });
  const query = await t.collection('seats').where({ left: _.gte(0) }).get().then(() => 'read', report);
  const afterwards = await t.collection('seats').doc('s3').get().then(() => 'read', report);
  return { query, afterwards };
};`,
  },
  parallelInside: {
    code: `${REPORT}
exports.main = async () => {
  const t = await db.startTransaction();
  const outcomes = await Promise.allSettled([
    t.collection('seats').doc('s3').get(),
    t.collection('seats').doc('s1').get(),
    t.collection('seats').doc('s2').get(),
  ]);
  const failed = outcomes.filter((o) => o.status === 'rejected').map((o) => report(o.reason));
  const commit = await t.commit().then(() => 'committed', report);
  return { failed, commit };
};`,
  },
  tooMany: {
    code: `${REPORT}
exports.main = async (event) => {
  const t = await db.startTransaction();
  await t.collection('seats').doc('s3').update({ data: { left: 42 } });
  let done = 1;
  let refused = null;
  while (done < event.operations && !refused) {
    await t.collection('seats').doc('s1').get().then(() => { done += 1; }, (e) => { refused = report(e); });
  }
  const commit = await t.commit().then(() => 'committed', report);
  return { done, refused, commit };
};`,
  },
  longLived: {
    code: `${REPORT}
exports.main = async () => {
  const t = await db.startTransaction();
  // Busy all along (never idle): one read every 20 ms until it fails.
  for (let ops = 0; ops < 90; ops++) {
    const failed = await t.collection('seats').doc('s1').get().then(() => null, report);
    if (failed) return { ops, failed };
    await new Promise((r) => setTimeout(r, 20));
  }
  await t.rollback();
  return { ops: 90, failed: null };
};`,
  },
  sdkDoesNotRetry: {
    code: `${REPORT}
exports.main = async () => {
  const holder = await db.startTransaction();
  await holder.collection('counters').doc('k').update({ data: { n: _.inc(1) } });
  let calls = 0;
  const outcome = await db
    .runTransaction(async (t) => {
      calls += 1;
      await t.collection('counters').doc('k').update({ data: { n: _.inc(10) } });
    })
    .then(() => 'committed', report);
  await holder.rollback();
  return { calls, outcome };
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
  });
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
  bumpIso: {
    code: `
exports.main = async () => {
  await db.collection('iso').doc('i1').update({ data: { n: _.inc(1) } });
  return (await db.collection('iso').doc('i1').get()).data.n;
};`,
  },
};

beforeAll(async () => {
  fx = await startFixtureCloud(functions);
  const { store } = fx.cloud;
  store.insertMany('accounts', [
    { _id: 'a', balance: 100 },
    { _id: 'b', balance: 0 },
  ]);
  store.ensureCollection('ledger');
  store.insertMany('iso', [{ _id: 'i1', n: 1 }]);
  store.insertMany('seats', [
    { _id: 's1', left: 10 },
    { _id: 's2', left: 10 },
    { _id: 's3', left: 10 },
  ]);
  store.insertMany('duty', [
    { _id: 'x', on: 1 },
    { _id: 'y', on: 1 },
  ]);
  store.insertMany('snap', [
    { _id: 'v', n: 1 },
    { _id: 'gone', n: 5 },
  ]);
  store.insertMany('locks', [
    { _id: 'l1', n: 0 },
    { _id: 'l2', n: 0 },
  ]);
  store.insertMany('counters', [
    { _id: 'c', n: 0 },
    { _id: 'k', n: 0 },
  ]);
});

afterAll(async () => {
  await fx.cleanup();
});

const CONFLICT_AT_WRITE = {
  errCode: -501001,
  message: expect.stringMatching(/^document\.update:fail -501001 resource system error\. transaction write conflict/),
};
const GONE = { errCode: -501001, message: expect.stringContaining('TransactionNotExist') };

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

test('a second transaction writing a document another one wrote fails at its write, and is aborted', async () => {
  const { result } = await fx.cloud.invoke('secondWriter', {}, { openid: 'o-tx' });
  expect(result).toEqual({ atWrite: CONFLICT_AT_WRITE, afterwards: { ...GONE, message: expect.stringMatching(/^document\.get:fail/) } });
  expect(fx.cloud.store.find('seats', { _id: 's1' })).toEqual([{ _id: 's1', left: 9 }]);
});

test('a transaction writing a document changed after its snapshot fails at that write', async () => {
  const { result } = await fx.cloud.invoke('changedSinceSnapshot', {}, { openid: 'o-tx' });
  expect(result).toEqual({ atWrite: CONFLICT_AT_WRITE });
  expect(fx.cloud.store.find('seats', { _id: 's2' })).toEqual([{ _id: 's2', left: 5 }]);
  expect(fx.cloud.store.documents.openTransactions).toBe(0);
});

test('a document that was only read never conflicts (write skew is possible, as on WeChat)', async () => {
  const { result } = await fx.cloud.invoke('readOnlyChanged', {}, { openid: 'o-tx' });
  expect(result).toEqual({ a1: 2, a2: 2 });
  expect(fx.cloud.store.find('duty', {}, { sort: { _id: 1 } })).toEqual([
    { _id: 'x', on: 7 },
    { _id: 'y', on: 3 },
  ]);
});

test('reads see the database as at the first operation, plus the transaction’s own writes', async () => {
  const { result } = await fx.cloud.invoke('snapshot', {}, { openid: 'o-tx' });
  expect(result).toEqual({
    first: 2,
    again: 2,
    late: { errCode: -1, message: expect.stringContaining('document with _id late does not exist') },
    gone: 5,
    mine: 9,
  });
  expect(fx.cloud.store.find('snap', {}, { sort: { _id: 1 } })).toEqual([
    { _id: 'late', n: 1 },
    { _id: 'mine', n: 9 },
    { _id: 'v', n: 3 },
  ]);
});

test('a plain write of a document a transaction wrote waits for the commit, then applies on top', async () => {
  const { result } = await fx.cloud.invoke('plainWriteWaits', {}, { openid: 'o-tx' });
  expect(result).toEqual({ whileLocked: 0, order: ['commit', 'plain'], after: 101 });
});

test('a plain write still locked out after 5 s fails as a conflict and writes nothing', async () => {
  const { result } = await fx.cloud.invoke('plainWriteGivesUp', {}, { openid: 'o-tx' });
  expect(result).toEqual({
    plain: {
      errCode: -501001,
      message: expect.stringContaining('write conflict: a document this write touches stayed locked by a transaction'),
    },
    after: 0,
  });
});

test('where() inside a transaction is refused and aborts it', async () => {
  const { result } = await fx.cloud.invoke('whereInside', {}, { openid: 'o-tx' });
  expect(result).toEqual({
    query: { errCode: -502001, message: expect.stringContaining('a where() query is not supported inside a transaction') },
    afterwards: GONE,
  });
  expect(fx.cloud.store.find('seats', { _id: 's3' })).toEqual([{ _id: 's3', left: 10 }]);
});

test('a second operation sent while one is in flight (Promise.all) is refused and aborts the transaction', async () => {
  const { result } = await fx.cloud.invoke('parallelInside', {}, { openid: 'o-tx' });
  const { failed, commit } = result as { failed: Array<{ errCode: number; message: string }>; commit: unknown };
  // The first to arrive is served; one sent before it was answered is refused (and later ones find the transaction gone).
  expect(failed.length).toBeGreaterThanOrEqual(1);
  expect(failed).toContainEqual({ errCode: -501001, message: expect.stringContaining('operations of a transaction run one at a time') });
  expect(commit).toEqual({
    errCode: undefined,
    code: 'DATABASE_TRANSACTION_FAIL',
    message: expect.stringContaining('TransactionNotExist'),
  });
});

test('the 101st operation of a transaction is refused and nothing it wrote is kept', async () => {
  fx.cloud.store.documents.resetTransactionStats();
  const within = await fx.cloud.invoke('tooMany', { operations: 100 }, { openid: 'o-tx' });
  expect(within.result).toEqual({ done: 100, refused: null, commit: 'committed' });
  expect(fx.cloud.store.documents.transactionStats).toMatchObject({ committed: 1, maxOperations: 100 });

  const { result } = await fx.cloud.invoke('tooMany', { operations: 150 }, { openid: 'o-tx' });
  expect(result).toEqual({
    done: 100,
    refused: { errCode: -502001, message: expect.stringContaining('a transaction may make at most 100 operations') },
    commit: { errCode: undefined, code: 'DATABASE_TRANSACTION_FAIL', message: expect.stringContaining('TransactionNotExist') },
  });
  // The first run's 42 stands; the second run's write of it was discarded with the transaction.
  expect(fx.cloud.store.find('seats', { _id: 's3' })).toEqual([{ _id: 's3', left: 42 }]);
});

test('a transaction ends 30 s after it started, however busy it kept', async () => {
  const running = fx.cloud.invoke('longLived', {}, { openid: 'o-tx' });
  await new Promise((r) => setTimeout(r, 400));
  fx.cloud.setClockOffset(31_000);
  try {
    const { result } = await running;
    expect(result).toEqual({
      ops: expect.any(Number),
      failed: { errCode: -501001, message: expect.stringContaining('must be committed or aborted within 30 seconds of starting') },
    });
    expect((result as { ops: number }).ops).toBeGreaterThan(2);
  } finally {
    fx.cloud.setClockOffset(0);
  }
  expect(fx.cloud.store.documents.openTransactions).toBe(0);
});

test('wx-server-sdk retries runTransaction only for a conflict at commit: one at a write comes back once, as -501001', async () => {
  const { result } = await fx.cloud.invoke('sdkDoesNotRetry', {}, { openid: 'o-tx' });
  expect(result).toEqual({ calls: 1, outcome: CONFLICT_AT_WRITE });
  expect(fx.cloud.store.find('counters', { _id: 'k' })).toEqual([{ _id: 'k', n: 0 }]);
});

test('concurrent runTransaction increments lose no update: the ones that lose a conflict fail', async () => {
  const runs = await Promise.allSettled(Array.from({ length: 24 }, (_, i) => fx.cloud.invoke('increment', {}, { openid: `o-inc-${i}` })));
  const ok = runs.filter((r) => r.status === 'fulfilled').length;
  for (const run of runs) {
    if (run.status === 'rejected')
      expect(String((run.reason as Error).message)).toContain('-501001 resource system error. transaction write conflict');
  }
  expect(fx.cloud.store.find('counters', { _id: 'c' })).toEqual([{ _id: 'c', n: ok }]);
});

test('a transaction left open by a timed-out function is discarded and its locks released', async () => {
  const before = fx.cloud.store.find('iso')[0].n as number;
  await expect(fx.cloud.invoke('hangInTx', {}, { openid: 'o-tx' })).rejects.toMatchObject({ kind: 'timeout' });
  expect(fx.cloud.store.documents.openTransactions).toBe(0);
  expect(fx.cloud.store.find('iso')[0].n).toBe(before);
  const { result } = await fx.cloud.invoke('bumpIso', {}, { openid: 'o-tx' });
  expect(result).toBe(before + 1);
});
