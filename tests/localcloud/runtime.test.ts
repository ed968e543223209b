/**
 * The function runtime: identity per invocation, callFunction, errors,
 * timeouts, the clock, timers, openapi and database action counting.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FunctionInvokeError } from '../../localcloud';
import { callOverHttp, FixtureCloud, FixtureFunction, startFixtureCloud } from './harness';
import type { Answer } from '../support/answer';

let fx: FixtureCloud;

const functions: Record<string, FixtureFunction> = {
  whoami: {
    code: `
exports.main = async (event) => {
  const before = cloud.getWXContext().OPENID;
  // Yield to the event loop with database round trips in between, so
  // concurrent invocations would interleave if they shared a process.
  await db.collection('visits').add({ data: { by: before, n: event.n } });
  const seen = await db.collection('visits').where({ by: before }).count();
  return { before, after: cloud.getWXContext().OPENID, userInfo: event.userInfo, n: event.n, seen: seen.total };
};`,
  },
  outer: {
    code: `
exports.main = async (event) => {
  await db.collection('visits').count();
  const inner = await cloud.callFunction({ name: 'inner', data: { x: event.x } });
  let failure = null;
  try { await cloud.callFunction({ name: 'thrower', data: {} }); } catch (e) { failure = { errCode: e.errCode, errMsg: e.errMsg }; }
  let missing = null;
  try { await cloud.callFunction({ name: 'no-such-function', data: {} }); } catch (e) { missing = { errCode: e.errCode }; }
  return { me: cloud.getWXContext().OPENID, inner: inner.result, failure, missing };
};`,
  },
  inner: {
    code: `
exports.main = async (event) => {
  await db.collection('visits').count();
  await db.collection('visits').where({ by: 'nobody' }).get();
  return { openid: cloud.getWXContext().OPENID, x: event.x };
};`,
  },
  thrower: {
    code: `
exports.main = async () => { throw new Error('boom from thrower'); };`,
  },
  sleeper: {
    timeout: 1,
    code: `
exports.main = async (event) => { await new Promise((r) => setTimeout(r, event.ms)); return 'woke'; };`,
  },
  clock: {
    code: `
exports.main = async () => {
  const id = 'clk-' + Math.random();
  await db.collection('visits').add({ data: { _id: id, at: db.serverDate() } });
  const stored = (await db.collection('visits').doc(id).get()).data.at;
  class Day extends Date {}
  const day = new Day();
  return {
    now: Date.now(), newDate: new Date().getTime(), dateString: Date(), stored, isDate: new Date() instanceof Date,
    subclass: day.getTime(), isSubclass: day instanceof Day && day instanceof Date, given: new Date(86400000).getTime(),
  };
};`,
  },
  timed: {
    triggers: [{ name: 'nightly', type: 'timer', config: '0 0 2 * * * *' }],
    code: `
exports.main = async (event) => {
  await db.collection('visits').add({ data: { timer: event.TriggerName } });
  return { event, openid: cloud.getWXContext().OPENID || null };
};`,
  },
  notify: {
    openapi: ['subscribeMessage.send'],
    code: `
exports.main = async (event) => {
  try {
    const sent = await cloud.openapi.subscribeMessage.send({
      touser: event.to,
      templateId: 'TPL-accepted',
      page: 'pages/request/detail?id=1',
      data: { thing1: { value: '路灯不亮' }, time2: { value: '2025-01-01 10:00' } },
      miniprogramState: 'developer',
    });
    return { errCode: sent.errCode };
  } catch (e) {
    return { errCode: e.errCode, errMsg: e.errMsg };
  }
};`,
  },
  changing: {
    code: `exports.main = async () => 'v1';`,
  },
  // What getWXContext() says about who is calling and what triggered the run.
  source: {
    triggers: [{ name: 'tick', type: 'timer', config: '0 0 3 * * * *' }],
    code: `
exports.main = async (event) => {
  const { OPENID, SOURCE } = cloud.getWXContext();
  const inner = event && event.nest ? (await cloud.callFunction({ name: 'source', data: {} })).result : null;
  return { openid: OPENID || null, source: SOURCE || null, inner };
};`,
  },
  sourceTimer: {
    triggers: [{ name: 'tick', type: 'timer', config: '0 0 3 * * * *' }],
    code: `
exports.main = async () => {
  const inner = (await cloud.callFunction({ name: 'source', data: {} })).result;
  return { source: cloud.getWXContext().SOURCE, inner };
};`,
  },
  // WeChat takes one trigger per function ("目前仅支持一个触发器").
  twoTimers: {
    triggers: [
      { name: 'first', type: 'timer', config: '0 0 1 * * * *' },
      { name: 'second', type: 'timer', config: '0 0 2 * * * *' },
    ],
    code: `exports.main = async () => 'ran';`,
  },
  badTimer: {
    triggers: [{ name: '9lives', type: 'timer', config: '0 0 1 * *' }],
    code: `exports.main = async () => 'ran';`,
  },
  // Sends without declaring the permission in config.json.
  undeclared: {
    code: `
exports.main = async () => {
  try {
    await cloud.openapi.subscribeMessage.send({ touser: 'o-x', templateId: 'TPL', data: { thing1: { value: 'x' } } });
    return { errCode: 0 };
  } catch (e) {
    return { errCode: e.errCode, errMsg: e.errMsg };
  }
};`,
  },
  phone: {
    openapi: ['phonenumber.getPhoneNumber'],
    code: `
exports.main = async (event) => {
  try {
    const { phoneInfo } = await cloud.openapi.phonenumber.getPhoneNumber({ code: event.code });
    return { phoneInfo };
  } catch (e) {
    return { errCode: e.errCode };
  }
};`,
  },
};

beforeAll(async () => {
  fx = await startFixtureCloud(functions, {
    workers: 4,
    subscribeTemplates: [{ id: 'TPL-accepted', title: '测试通知', keywords: ['thing1', 'time2'] }],
  });
  fx.cloud.store.ensureCollection('visits');
});

afterAll(async () => {
  await fx.cleanup();
});

test('200 concurrent callers each see only their own OPENID', async () => {
  const answers = await Promise.all(Array.from({ length: 200 }, (_, n) => callOverHttp(fx.cloud, 'whoami', { n }, `openid-${n}`)));
  answers.forEach((a, n) => {
    expect(a.status).toBe(200);
    expect(a.body).toEqual({
      before: `openid-${n}`,
      after: `openid-${n}`,
      userInfo: { appId: 'wxlocaldev00000000', openId: `openid-${n}` },
      n,
      seen: 1,
    });
    expect(a.dbActions).toBe(2);
  });
  expect(fx.cloud.store.count('visits')).toBe(200);
});

test('callFunction runs the callee as the caller; nested db actions are counted', async () => {
  const viaApi = await fx.cloud.invoke('outer', { x: 7 }, { openid: 'o-outer' });
  expect(viaApi.result).toEqual({
    me: 'o-outer',
    inner: { openid: 'o-outer', x: 7 },
    // wx-server-sdk 4.0.2 reports a failed callFunction as errCode -1 (node-sdk throws
    // before wx-server-sdk maps the TCB code); the callee's error is in the message.
    failure: { errCode: -1, errMsg: expect.stringContaining('boom from thrower') },
    missing: { errCode: -1 },
  });
  // outer: 1 count; inner: count + get; thrower and the missing function: none.
  expect(viaApi.dbActions).toBe(3);
  const viaHttp = await callOverHttp(fx.cloud, 'outer', { x: 8 }, 'o-http');
  expect(viaHttp.dbActions).toBe(3);
  expect((viaHttp.body as Answer).inner).toEqual({ openid: 'o-http', x: 8 });
});

test('a throwing function fails like callFunction does; unknown functions are 404', async () => {
  const thrown = await callOverHttp(fx.cloud, 'thrower', {}, 'o1');
  expect(thrown.status).toBe(500);
  expect(thrown.body).toEqual({ errCode: -504002, errMsg: expect.stringContaining('Error: boom from thrower') });
  const missing = await callOverHttp(fx.cloud, 'nope', {}, 'o1');
  expect(missing.status).toBe(404);
  expect(missing.body).toMatchObject({ errCode: -504001 });
  await expect(fx.cloud.invoke('nope', {})).rejects.toBeInstanceOf(FunctionInvokeError);
});

test('a function exceeding its timeout is stopped; the pool keeps serving', async () => {
  const started = Date.now();
  // The sleep is far longer than the 1 s limit, so an answer before it ends means the function was stopped.
  const err = (await fx.cloud.invoke('sleeper', { ms: 60_000 }).catch((e: unknown) => e)) as FunctionInvokeError;
  const took = Date.now() - started;
  expect(err).toBeInstanceOf(FunctionInvokeError);
  expect(err.kind).toBe('timeout');
  expect(err.errCode).toBe(-504002);
  expect(err.errMsg).toMatch(/timed out after 1 seconds/);
  expect(took).toBeGreaterThanOrEqual(1000);
  expect(took).toBeLessThan(60_000);
  const http = await callOverHttp(fx.cloud, 'sleeper', { ms: 3000 }, 'o1');
  expect(http.status).toBe(504);
  expect((await fx.cloud.invoke('sleeper', { ms: 10 })).result).toBe('woke');
});

test('the clock offset moves serverDate and Date inside functions', async () => {
  const twoDays = 2 * 24 * 3600 * 1000;
  fx.cloud.setClockOffset(twoDays);
  try {
    const before = Date.now();
    const { result } = await fx.cloud.invoke('clock', {}, { openid: 'o1' });
    const after = Date.now();
    const r = result as {
      now: number;
      newDate: number;
      dateString: string;
      stored: string;
      isDate: boolean;
      subclass: number;
      isSubclass: boolean;
      given: number;
    };
    for (const t of [r.now, r.newDate, new Date(r.stored).getTime(), r.subclass]) {
      expect(t).toBeGreaterThanOrEqual(before + twoDays - 5);
      expect(t).toBeLessThanOrEqual(after + twoDays + 5);
    }
    expect(new Date(r.dateString).getTime()).toBeGreaterThan(before + twoDays - 2000);
    expect(r.isDate).toBe(true);
    // A subclass of Date keeps its own prototype; a Date of a given time is that time.
    expect(r.isSubclass).toBe(true);
    expect(r.given).toBe(86400000);

    // The same through the HTTP route.
    const set = await fetch(`${fx.cloud.url}/dev/clock`, { method: 'POST', body: JSON.stringify({ offsetMs: 0 }) });
    expect(((await set.json()) as { offsetMs: number }).offsetMs).toBe(0);
    const { result: real } = await fx.cloud.invoke('clock', {}, { openid: 'o1' });
    expect(Math.abs((real as { now: number }).now - Date.now())).toBeLessThan(2000);
  } finally {
    fx.cloud.setClockOffset(0);
  }
});

test('timers: fired on demand with the WeChat timer event and no user', async () => {
  const { result } = await fx.cloud.fireTimer('timed', 'nightly');
  const r = result as { event: Record<string, string>; openid: string | null };
  expect(r.openid).toBeNull();
  expect(r.event.Type).toBe('Timer');
  expect(r.event.TriggerName).toBe('nightly');
  expect(r.event.Time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  expect(Object.keys(r.event).sort()).toEqual(['Time', 'TriggerName', 'Type']);

  const res = await fetch(`${fx.cloud.url}/dev/timers/timed/nightly`, { method: 'POST' });
  expect(res.status).toBe(200);
  expect(res.headers.get('x-db-actions')).toBe('1');
  expect(((await res.json()) as { event: { TriggerName: string } }).event.TriggerName).toBe('nightly');

  await expect(fx.cloud.fireTimer('timed', 'no-such-trigger')).rejects.toMatchObject({ kind: 'not-found' });
});

test('subscribeMessage.send lands in the outbox with who sent it', async () => {
  for (const openid of ['o-resident', 'o-second']) {
    await fetch(`${fx.cloud.url}/dev/subscribe-consent`, {
      method: 'POST',
      body: JSON.stringify({ openid, templateIds: ['TPL-accepted'] }),
    });
  }
  const { result } = await fx.cloud.invoke('notify', { to: 'o-resident' }, { openid: 'o-grid-member' });
  expect(result).toEqual({ errCode: 0 });
  const [msg] = fx.cloud.outbox();
  expect(msg).toMatchObject({
    api: 'subscribeMessage.send',
    touser: 'o-resident',
    templateId: 'TPL-accepted',
    page: 'pages/request/detail?id=1',
    data: { thing1: { value: '路灯不亮' }, time2: { value: '2025-01-01 10:00' } },
    extra: { miniprogram_state: 'developer' },
    functionName: 'notify',
    callerOpenid: 'o-grid-member',
  });
  const invalid = await fx.cloud.invoke('notify', { to: '' }, { openid: 'o-grid-member' });
  expect(invalid.result).toMatchObject({ errCode: 40003 });

  await fx.cloud.invoke('notify', { to: 'o-second' }, { openid: 'o-grid-member' });
  const listed = (await (await fetch(`${fx.cloud.url}/dev/outbox`)).json()) as Array<{ touser: string }>;
  expect(listed.map((m) => m.touser)).toEqual(['o-second', 'o-resident']);
});

test("an openapi call the function's config.json does not list is refused, as WeChat does", async () => {
  const { result } = await fx.cloud.invoke('undeclared', {}, { openid: 'o-grid-member' });
  expect(result).toMatchObject({ errCode: -604101, errMsg: expect.stringContaining('permissions.openapi') });
  expect(fx.cloud.outbox().filter((m) => m.touser === 'o-x')).toHaveLength(0);
});

test("phonenumber.getPhoneNumber answers a code from /dev/phone-code once, in WeChat's shape", async () => {
  const issued = await fetch(`${fx.cloud.url}/dev/phone-code`, { method: 'POST', body: JSON.stringify({ phone: '13800000021' }) });
  const { code } = (await issued.json()) as { code: string };
  const first = await fx.cloud.invoke('phone', { code }, { openid: 'o-new' });
  expect(first.result).toEqual({
    phoneInfo: {
      phoneNumber: '13800000021',
      purePhoneNumber: '13800000021',
      countryCode: '86',
      watermark: { timestamp: expect.any(Number), appid: expect.any(String) },
    },
  });
  expect((await fx.cloud.invoke('phone', { code }, { openid: 'o-new' })).result).toEqual({ errCode: 40029 });
  expect((await fx.cloud.invoke('phone', { code: 'never-issued' }, { openid: 'o-new' })).result).toEqual({ errCode: 40029 });
  const refused = await fetch(`${fx.cloud.url}/dev/phone-code`, { method: 'POST', body: JSON.stringify({ phone: '12345' }) });
  expect(refused.status).toBe(400);
});

test('a rebuilt function is picked up without a restart', async () => {
  expect((await fx.cloud.invoke('changing', {})).result).toBe('v1');
  const file = path.join(fx.functionsDir, 'changing', 'index.js');
  await new Promise((r) => setTimeout(r, 20));
  fs.writeFileSync(file, `exports.main = async () => 'v2';`);
  const results = await Promise.all(Array.from({ length: 8 }, () => fx.cloud.invoke('changing', {})));
  expect(results.map((r) => r.result)).toEqual(Array(8).fill('v2'));
});

test('getWXContext().SOURCE says what triggered the run, as WeChat documents it', async () => {
  // A mini-program user (X-WX-OPENID): wx_client; the same call without a user is WeChat's HTTP API: wx_http.
  expect((await callOverHttp(fx.cloud, 'source', {}, 'o-client')).body).toEqual({ openid: 'o-client', source: 'wx_client', inner: null });
  const anonymous = await fetch(`${fx.cloud.url}/cloud/source`, { method: 'POST', body: JSON.stringify({}) });
  expect(await anonymous.json()).toEqual({ openid: null, source: 'wx_http', inner: null });
  // Only the platform's timer is wx_trigger, whatever the event looks like.
  const forged = await fetch(`${fx.cloud.url}/cloud/source`, {
    method: 'POST',
    body: JSON.stringify({ Type: 'Timer', TriggerName: 'tick', Time: '2026-01-01T00:00:00Z' }),
  });
  expect(((await forged.json()) as { source: string }).source).toBe('wx_http');
  expect((await fx.cloud.fireTimer('source', 'tick')).result).toEqual({ openid: null, source: 'wx_trigger', inner: null });
  // A function another one called gets the chain: wx_client,scf / wx_trigger,scf.
  expect((await callOverHttp(fx.cloud, 'source', { nest: true }, 'o-client')).body).toEqual({
    openid: 'o-client',
    source: 'wx_client',
    inner: { openid: 'o-client', source: 'wx_client,scf', inner: null },
  });
  expect((await fx.cloud.fireTimer('sourceTimer', 'tick')).result).toEqual({
    source: 'wx_trigger',
    inner: { openid: null, source: 'wx_trigger,scf', inner: null },
  });
});

test('triggers WeChat would refuse to upload are refused here too', async () => {
  await expect(fx.cloud.fireTimer('twoTimers', 'first')).rejects.toMatchObject({
    kind: 'not-found',
    errMsg: expect.stringContaining('at most 1 trigger'),
  });
  await expect(fx.cloud.fireTimer('badTimer', '9lives')).rejects.toMatchObject({
    kind: 'not-found',
    errMsg: expect.stringContaining('invalid trigger name'),
  });
  const listed = (await (await fetch(`${fx.cloud.url}/dev/functions`)).json()) as Array<{ name: string; triggers: unknown[] }>;
  expect(listed.find((f) => f.name === 'twoTimers')?.triggers).toEqual([]);
});
