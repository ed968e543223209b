/**
 * The HTTP surface: /dev routes, static H5 files, error answers, binding,
 * and scheduled timers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { adminRequest, callOverHttp, FixtureCloud, FixtureFunction, startFixtureCloud } from './harness';

let fx: FixtureCloud;

const functions: Record<string, FixtureFunction> = {
  echo: { code: `exports.main = async (event) => ({ event, openid: cloud.getWXContext().OPENID || null });` },
  ticking: {
    triggers: [{ name: 'everySecond', type: 'timer', config: '* * * * * * *' }],
    code: `
exports.main = async (event) => {
  await db.collection('ticks').add({ data: { trigger: event.TriggerName, at: event.Time } });
  return 'ticked';
};`,
  },
};

beforeAll(async () => {
  fx = await startFixtureCloud(functions);
  fx.cloud.store.insertMany('users', [
    { _id: 'o-staff', name: '王书记', roles: ['staff', 'partyMember'] },
    { _id: 'o-res', name: '李大爷', roles: ['resident'] },
  ]);
});

afterAll(async () => {
  await fx.cleanup();
});

test('listens on 127.0.0.1 only, on the port it reports', () => {
  expect(fx.cloud.url).toBe(`http://127.0.0.1:${fx.cloud.port}`);
  expect(fx.cloud.port).toBeGreaterThan(0);
});

test('POST /cloud/<fn>: identity from X-WX-OPENID, JSON in and out, errors as JSON', async () => {
  const ok = await callOverHttp(fx.cloud, 'echo', { action: 'ping', payload: { a: 1 } }, 'o-res');
  expect(ok).toEqual({
    status: 200,
    body: { event: { action: 'ping', payload: { a: 1 }, userInfo: { appId: 'wxlocaldev00000000', openId: 'o-res' } }, openid: 'o-res' },
    dbActions: 0,
  });
  const anonymous = await callOverHttp(fx.cloud, 'echo', { a: 1 });
  expect(anonymous.body).toEqual({ event: { a: 1 }, openid: null });

  const badJson = await fetch(`${fx.cloud.url}/cloud/echo`, { method: 'POST', body: '{nope' });
  expect(badJson.status).toBe(400);
  expect(await badJson.json()).toMatchObject({ errMsg: expect.stringContaining('JSON') });
  const wrongMethod = await fetch(`${fx.cloud.url}/cloud/echo`);
  expect(wrongMethod.status).toBe(405);
  const traversal = await fetch(`${fx.cloud.url}/cloud/..%2F..%2Fetc`, { method: 'POST', body: '{}' });
  expect(traversal.status).toBe(404);
});

test('GET /dev/users lists the users collection', async () => {
  const users = (await (await fetch(`${fx.cloud.url}/dev/users`)).json()) as unknown[];
  expect(users).toEqual([
    { openid: 'o-staff', name: '王书记', roles: ['staff', 'partyMember'] },
    { openid: 'o-res', name: '李大爷', roles: ['resident'] },
  ]);
});

test('GET/POST /dev/clock reads and moves the clock', async () => {
  const read = (await (await fetch(`${fx.cloud.url}/dev/clock`)).json()) as { offsetMs: number; now: string };
  expect(read.offsetMs).toBe(0);
  expect(Math.abs(new Date(read.now).getTime() - Date.now())).toBeLessThan(2000);
  const moved = await fetch(`${fx.cloud.url}/dev/clock`, { method: 'POST', body: JSON.stringify({ offsetMs: 86_400_000 }) });
  const body = (await moved.json()) as { offsetMs: number; now: string };
  expect(body.offsetMs).toBe(86_400_000);
  expect(new Date(body.now).getTime() - Date.now()).toBeGreaterThan(86_400_000 - 2000);
  const bad = await fetch(`${fx.cloud.url}/dev/clock`, { method: 'POST', body: JSON.stringify({ offsetMs: 'soon' }) });
  expect(bad.status).toBe(400);
  fx.cloud.setClockOffset(0);
});

test('/admin answers unknown actions and bad bodies with an error code, like the real backend', async () => {
  expect(await adminRequest(fx.cloud, { action: 'database.noSuchThing' })).toMatchObject({ code: 'INVALID_ACTION' });
  expect(await adminRequest(fx.cloud, { action: 'database.getDocument', collectionName: 'users', query: '{bad' })).toMatchObject({
    code: 'INVALID_PARAM',
  });
  const res = await fetch(`${fx.cloud.url}/admin`, { method: 'POST', body: 'not json' });
  expect(((await res.json()) as { code: string }).code).toBe('INVALID_PARAM');
});

test('static H5 files, SPA fallback, and a plain page when the build is missing', async () => {
  const missing = await fetch(`${fx.cloud.url}/`);
  expect(missing.status).toBe(503);
  expect(missing.headers.get('content-type')).toMatch(/^text\/plain/);
  expect(await missing.text()).toMatch(/H5 build is missing/);

  const h5 = path.join(path.dirname(fx.dataDir), 'h5');
  fs.mkdirSync(path.join(h5, 'js'), { recursive: true });
  fs.writeFileSync(path.join(h5, 'index.html'), '<!doctype html><title>网格通</title>');
  fs.writeFileSync(path.join(h5, 'js', 'app.js'), 'console.log(1)');

  const index = await fetch(`${fx.cloud.url}/`);
  expect(index.status).toBe(200);
  expect(index.headers.get('content-type')).toMatch(/^text\/html/);
  expect(await index.text()).toContain('网格通');
  const asset = await fetch(`${fx.cloud.url}/js/app.js`);
  expect(asset.headers.get('content-type')).toMatch(/javascript/);
  expect(await asset.text()).toBe('console.log(1)');
  const route = await fetch(`${fx.cloud.url}/pages/request/detail`);
  expect(route.status).toBe(200);
  expect(await route.text()).toContain('网格通');
  expect((await fetch(`${fx.cloud.url}/js/missing.js`)).status).toBe(404);
  expect((await fetch(`${fx.cloud.url}/..%2F..%2Fdata%2Flocalcloud.sqlite`)).status).not.toBe(200);
});

test('timer triggers run on their schedule when enabled', async () => {
  const timed = await startFixtureCloud(functions, { enableTimers: true });
  try {
    timed.cloud.store.ensureCollection('ticks');
    // Two ticks of a one-second timer; the first needs a cold function instance, seconds on a loaded machine.
    const deadline = Date.now() + 30_000;
    while (timed.cloud.store.count('ticks') < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const ticks = timed.cloud.store.find('ticks');
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks[0]).toMatchObject({ trigger: 'everySecond', at: expect.stringMatching(/Z$/) });
  } finally {
    await timed.cleanup();
  }
  // The main cloud has timers off: nothing ticks there.
  fx.cloud.store.ensureCollection('ticks');
  await new Promise((r) => setTimeout(r, 1500));
  expect(fx.cloud.store.count('ticks')).toBe(0);
});
