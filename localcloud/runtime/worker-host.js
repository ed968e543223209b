// @ts-check
/**
 * Runs inside one worker thread: the equivalent of one warm cloud function
 * instance. Plain JavaScript on purpose: worker threads start without the
 * TypeScript loader, and function code is plain JS anyway.
 *
 * Messages in:  { type: 'invoke', id, entry, event, context, identity, source, clockOffsetMs }
 * Messages out: { type: 'started', id } once the code is loaded, then
 *               { type: 'done', id, ok: true, json } | { type: 'done', id, ok: false, message, stack }
 * and, at any time, the SDK's backend requests (backend-bridge.js).
 */
'use strict';

const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { installBackendBridge } = require('./backend-bridge');

if (!parentPort) throw new Error('worker-host.js must run in a worker thread');
const port = parentPort;

// ---- Clock: patched before any function code loads, so Date.now() and
// new Date() inside functions follow the emulator's clock offset. ----
const RealDate = Date;
let clockOffsetMs = 0;

/** @this {unknown} @param {...unknown} args */
function ShiftedDate(...args) {
  // `new Date(…)` itself (the SDK makes dozens per database action): a plain Date,
  // whose prototype is this one's; Reflect.construct costs ten times as much.
  if (new.target === ShiftedDate) {
    // @ts-ignore - the arguments of a Date call, whatever they are
    return args.length === 0 ? new RealDate(RealDate.now() + clockOffsetMs) : new RealDate(...args);
  }
  if (!new.target) return new RealDate(RealDate.now() + clockOffsetMs).toString();
  // A subclass of Date (`class X extends Date`): constructed with its own prototype.
  const ctorArgs = args.length === 0 ? [RealDate.now() + clockOffsetMs] : args;
  return Reflect.construct(RealDate, ctorArgs, new.target);
}
Object.setPrototypeOf(ShiftedDate, RealDate);
ShiftedDate.prototype = RealDate.prototype;
ShiftedDate.now = () => RealDate.now() + clockOffsetMs;
ShiftedDate.parse = RealDate.parse;
ShiftedDate.UTC = RealDate.UTC;
// @ts-ignore - deliberate replacement of the global constructor
globalThis.Date = ShiftedDate;

// ---- Module resolution fallback: functions built outside the project
// (tests, dist/) still find wx-server-sdk in the project's node_modules. ----
if (workerData && typeof workerData.nodePath === 'string' && workerData.nodePath) {
  const existing = process.env.NODE_PATH ? process.env.NODE_PATH.split(path.delimiter) : [];
  process.env.NODE_PATH = [...existing, workerData.nodePath].join(path.delimiter);
  // @ts-ignore - internal but stable: re-read NODE_PATH
  Module._initPaths();
}

// The SDK's requests to the local backend travel over this thread's port (backend-bridge.js).
const backendConfig = process.env.TCB_CONTEXT_CNFG ? JSON.parse(process.env.TCB_CONTEXT_CNFG) : null;
if (backendConfig && typeof backendConfig.URL === 'string') installBackendBridge(port, backendConfig.URL);

// Warm start: load the SDK once per instance so the first invocation does
// not pay for it (functions that bundle their own copy simply load that).
try {
  require('wx-server-sdk');
} catch {
  // Not resolvable from here; the function brings its own.
}

process.on('unhandledRejection', (reason) => {
  // A real instance logs these and keeps running; so do we.
  console.error('[localcloud] unhandled rejection in cloud function:', reason);
});

/** @type {Map<string, { mtimeMs: number, main: Function }>} */
const loaded = new Map();

/** Drops a function's modules from require.cache so a rebuilt bundle is loaded fresh. */
function purge(dir) {
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  for (const key of Object.keys(require.cache)) {
    if (key.startsWith(prefix) && !key.includes(`${path.sep}node_modules${path.sep}`)) delete require.cache[key];
  }
}

/** @param {string} entry */
function loadMain(entry) {
  const mtimeMs = fs.statSync(entry).mtimeMs;
  const cached = loaded.get(entry);
  if (cached && cached.mtimeMs === mtimeMs) return cached.main;
  purge(path.dirname(entry));
  const mod = require(entry);
  const main = mod && typeof mod.main === 'function' ? mod.main : null;
  if (!main) throw new Error(`${entry} does not export a main(event, context) function`);
  loaded.set(entry, { mtimeMs, main });
  return main;
}

const IDENTITY_VARS = { openid: 'WX_OPENID', appid: 'WX_APPID', unionid: 'WX_UNIONID' };

/**
 * getWXContext() reads process.env, so identity is set per invocation: the
 * user's WX_* variables, and TCB_SOURCE (what triggered the run: wx_client,
 * wx_http, wx_trigger, …,scf), which the SDK reports as SOURCE.
 */
function setIdentity(identity, source) {
  for (const [field, name] of Object.entries(IDENTITY_VARS)) {
    const value = identity && identity[field];
    if (typeof value === 'string' && value) process.env[name] = value;
    else delete process.env[name];
  }
  if (typeof source === 'string' && source) process.env.TCB_SOURCE = source;
  else delete process.env.TCB_SOURCE;
}

port.on('message', async (msg) => {
  if (!msg || msg.type !== 'invoke') return;
  const { id } = msg;
  try {
    clockOffsetMs = typeof msg.clockOffsetMs === 'number' ? msg.clockOffsetMs : 0;
    setIdentity(msg.identity, msg.source);
    const main = loadMain(msg.entry);
    // Loading (cold start) is not part of the function's time limit.
    port.postMessage({ type: 'started', id });
    const result = await main(msg.event, msg.context);
    const json = JSON.stringify(result === undefined ? null : result);
    port.postMessage({ type: 'done', id, ok: true, json: json === undefined ? 'null' : json });
  } catch (err) {
    const e = /** @type {{ message?: unknown, stack?: unknown }} */ (err);
    let message;
    if (err instanceof Error) message = `${err.name}: ${err.message}`;
    else if (typeof e?.message === 'string') message = e.message;
    else {
      // wx-server-sdk sometimes rejects with plain {errCode, errMsg} objects.
      try {
        message = JSON.stringify(err);
      } catch {
        message = String(err);
      }
    }
    port.postMessage({ type: 'done', id, ok: false, message, stack: typeof e?.stack === 'string' ? e.stack : message });
  }
});

port.postMessage({ type: 'ready' });
