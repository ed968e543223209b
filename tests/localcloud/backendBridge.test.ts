/**
 * How a function instance's SDK reaches the backend: its requests to the
 * backend endpoint travel over the instance's message port
 * (localcloud/runtime/backend-bridge.js), answered as over HTTP; every other
 * request of the instance still goes over the network.
 */
import { FixtureCloud, startFixtureCloud } from './harness';

let fx: FixtureCloud;

/** Counts the TCP connections the instance opens while `work` runs. */
const COUNT_CONNECTS = `
const net = require('net');
async function connectsDuring(work) {
  let connects = 0;
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) { connects += 1; return original.apply(this, args); };
  try { await work(); } finally { net.Socket.prototype.connect = original; }
  return connects;
}
`;

beforeAll(async () => {
  fx = await startFixtureCloud(
    {
      sockets: {
        code: `${COUNT_CONNECTS}
exports.main = async () => {
  const database = await connectsDuring(async () => {
    const { _id } = await db.collection('visits').add({ data: { n: 1 } });
    await db.collection('visits').where({ n: 1 }).get();
    await db.collection('visits').doc(_id).update({ data: { n: 2 } });
    await db.collection('visits').count();
  });
  const upload = await connectsDuring(() => cloud.uploadFile({ cloudPath: 'bridge/a.txt', fileContent: Buffer.from('a') }));
  return { database, upload, stored: (await db.collection('visits').where({ n: 2 }).count()).total };
};`,
      },
      slow: {
        timeout: 5,
        code: `exports.main = async () => { await new Promise((r) => setTimeout(r, 1500)); return 'late'; };`,
      },
      impatient: {
        code: `
exports.main = async () => {
  try {
    const res = await cloud.callFunction({ name: 'slow', data: {}, timeout: 200 });
    return { result: res.result };
  } catch (e) {
    return { failed: String(e.errMsg || e.message) };
  }
};`,
      },
    },
    { workers: 2 },
  );
  fx.cloud.store.ensureCollection('visits');
});

afterAll(async () => {
  await fx.cleanup();
});

test("an instance's database actions open no connection of their own; an upload still goes over the network", async () => {
  const { result, dbActions } = await fx.cloud.invoke('sockets', {}, { openid: 'o-bridge' });
  expect(result).toEqual({ database: 0, upload: expect.any(Number), stored: 1 });
  expect((result as { upload: number }).upload).toBeGreaterThan(0);
  // Each action still reaches the backend as its own request, counted on the invocation.
  expect(dbActions).toBe(5);
});

test("the SDK's own request time limit still applies to a backend request", async () => {
  const { result } = await fx.cloud.invoke('impatient', {}, { openid: 'o-bridge' });
  expect((result as { failed?: string }).failed).toMatch(/timeout/i);
});
