/**
 * Renders pages of the real weapp build (dist/weapp, made by
 * `NODE_ENV=production taro build --type weapp`) with miniprogram-simulate.
 *
 * Runs in jest's jsdom environment. The stubs sit at the mini-program's
 * boundary, the `wx` object: `wx.cloud.callFunction` answers with canned
 * envelopes, `wx.makePhoneCall` records calls, storage is kept in memory.
 * Everything above that boundary (Taro runtime, React, our services,
 * taro-ui) is the shipped code.
 */
import fs from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulate = require('miniprogram-simulate');

export const WEAPP_ROOT = path.resolve(__dirname, '../../../dist/weapp');

export interface CloudCall {
  name: string;
  action: string;
  payload: unknown;
}

/** Answers one cloud call: return an envelope (becomes `res.result`) or throw to simulate a network failure. */
export type CloudHandler = (call: CloudCall) => unknown | Promise<unknown>;

/**
 * The bits of a DOM element the tests read. (tsconfig.node.json, which also
 * checks the cloud side, has no DOM lib; jsdom provides these at run time.)
 */
export interface DomElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
}

/** A rendered j-component wrapper (miniprogram-simulate's render()). */
export interface RenderedPage {
  dom: DomElement;
  instance: Record<string, (...args: unknown[]) => unknown>;
  querySelector(selector: string): RenderedNode | null;
  querySelectorAll(selector: string): RenderedNode[];
  attach(parent: unknown): void;
  detach(): void;
}

export interface RenderedNode {
  dom: DomElement;
  dispatchEvent(name: string, detail?: unknown): void;
}

export interface WeappHarness {
  cloudCalls: CloudCall[];
  phoneCalls: string[];
  storage: Map<string, unknown>;
  setCloudHandler(handler: CloudHandler): void;
  openPage(route: string, query?: Record<string, string>): RenderedPage;
  /** Renders a component of the build on its own (the custom tab bar, which WeChat draws outside the page). */
  openComponent(route: string): RenderedPage;
}

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** simulate's own Component() (kept across boots: each boot wraps it again). */
function simulateComponent(g: AnyRecord): (options: AnyRecord) => void {
  g.__simulateComponent ??= g.Component;
  return g.__simulateComponent as (options: AnyRecord) => void;
}

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(WEAPP_ROOT, 'app.js'))) {
    throw new Error(`No weapp build in ${WEAPP_ROOT}: run \`NODE_ENV=production npx taro build --type weapp\` first`);
  }
}

/**
 * Boots the built app (fresh module registry and webpack runtime each time,
 * so every test starts from a clean app) and returns a harness.
 */
export function bootWeapp(): WeappHarness {
  assertBuilt();
  const g = global as unknown as AnyRecord;
  jest.resetModules();

  const wx = g.wx as AnyRecord;
  delete wx.webpackJsonp;

  const cloudCalls: CloudCall[] = [];
  const phoneCalls: string[] = [];
  const storage = new Map<string, unknown>();
  let handler: CloudHandler = () => {
    throw new Error('no cloud handler set');
  };

  wx.cloud = {
    init: jest.fn(),
    callFunction: jest.fn(async (options: { name: string; data: { action: string; payload: unknown } }) => {
      const call = { name: options.name, action: options.data.action, payload: options.data.payload };
      cloudCalls.push(call);
      try {
        const result = await handler(call);
        return { errMsg: 'cloud.callFunction:ok', result };
      } catch (err) {
        throw { errMsg: `cloud.callFunction:fail ${(err as Error).message}` };
      }
    }),
  };
  wx.makePhoneCall = jest.fn((options: AnyRecord) => {
    phoneCalls.push(options.phoneNumber);
    const res = { errMsg: 'makePhoneCall:ok' };
    options.success?.(res);
    options.complete?.(res);
  });
  wx.getStorageSync = (key: string) => (storage.has(key) ? storage.get(key) : '');
  wx.setStorageSync = (key: string, value: unknown) => {
    storage.set(key, value);
  };
  wx.removeStorageSync = (key: string) => {
    storage.delete(key);
  };

  // The globals a Taro page expects from the mini-program framework.
  let app: AnyRecord | null = null;
  const pageStack: AnyRecord[] = [];
  g.App = (options: AnyRecord) => {
    app = options;
  };
  g.getApp = () => app;
  g.getCurrentPages = () => pageStack;
  // Taro gives a React custom component (the custom tab bar) `behaviors: {}` where none are set;
  // WeChat takes that, simulate's j-component wants an array.
  const register = simulateComponent(g);
  g.Component = (options: AnyRecord) => register({ ...options, behaviors: Array.isArray(options.behaviors) ? options.behaviors : [] });
  // Taro registers pages with Page(); simulate only knows Component(), whose
  // methods live under `methods` (the template binds events to `eh`).
  g.Page = (options: AnyRecord) => {
    const methods: AnyRecord = {};
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value;
    g.Component({ ...options, methods });
  };

  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs the built app.js for its App() side effect; the path exists only after the build
  require(path.join(WEAPP_ROOT, 'app.js'));
  if (!app) throw new Error('app.js did not call App()');
  const launched = app as AnyRecord;
  launched.onLaunch.call(launched, { path: 'pages/index/index', query: {} });
  launched.onShow?.call(launched, { path: 'pages/index/index', query: {} });

  return {
    cloudCalls,
    phoneCalls,
    storage,
    setCloudHandler(next) {
      handler = next;
    },
    openComponent(route) {
      const id = simulate.load(path.join(WEAPP_ROOT, route), { compiler: 'official', rootPath: WEAPP_ROOT });
      const component = simulate.render(id) as RenderedPage;
      component.attach((g.document as AnyRecord).createElement('parent-wrapper'));
      return component;
    },
    openPage(route, query = {}) {
      const id = simulate.load(path.join(WEAPP_ROOT, route), { compiler: 'official', rootPath: WEAPP_ROOT });
      const page = simulate.render(id) as RenderedPage;
      page.attach((g.document as AnyRecord).createElement('parent-wrapper'));
      const instance = page.instance as AnyRecord;
      instance.route = route;
      instance.__route__ = route;
      pageStack.push(instance);
      instance.onLoad(query);
      instance.onShow();
      instance.onReady();
      return page;
    },
  };
}

/** Waits until the page's text satisfies the predicate (Taro renders asynchronously). */
export async function waitForText(page: RenderedPage, predicate: (text: string) => boolean, timeoutMs = 2000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const text = page.dom.textContent ?? '';
    if (predicate(text)) return text;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`Timed out waiting for page text; last text: ${JSON.stringify(text)}`);
    }
    await simulate.sleep(10);
  }
}

/** Waits until the condition holds (Taro handles events and renders asynchronously). */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 2000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await simulate.sleep(10);
  }
}

export function ok(data: unknown) {
  return { ok: true, data };
}

export function fail(code: string, message: string) {
  return { ok: false, code, message };
}

export const sleep: (ms: number) => Promise<void> = simulate.sleep;
