import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalCloud, LocalCloudOptions, startLocalCloud } from '../../localcloud';

/** A fixture cloud function: its body (run after the SDK prelude) and config.json. */
export interface FixtureFunction {
  /** JavaScript that assigns exports.main; `cloud`, `db`, `_` and `$` are in scope. */
  code: string;
  timeout?: number;
  triggers?: Array<{ name: string; type: 'timer'; config: string }>;
  /** config.json's permissions.openapi. */
  openapi?: string[];
}

/** Every fixture starts like a real function: require the real SDK and init it. */
const PRELUDE = `'use strict';
const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();
const _ = db.command;
const $ = _.aggregate;
`;

export function writeFunctions(root: string, functions: Record<string, FixtureFunction>): void {
  for (const [name, fn] of Object.entries(functions)) {
    const dir = path.join(root, name);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.js'), PRELUDE + fn.code);
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', main: 'index.js' }));
    const config: Record<string, unknown> = {};
    if (fn.timeout !== undefined) config.timeout = fn.timeout;
    if (fn.triggers) config.triggers = fn.triggers;
    if (fn.openapi) config.permissions = { openapi: fn.openapi };
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  }
}

export interface FixtureCloud {
  cloud: LocalCloud;
  dataDir: string;
  functionsDir: string;
  /** Starts another cloud on the same data folder (after close(), for durability tests). */
  reopen(): Promise<LocalCloud>;
  cleanup(): Promise<void>;
}

/**
 * A local cloud on a random port with its own temp data folder and fixture
 * functions. The functions live outside the project; the runtime's
 * module fallback resolves wx-server-sdk from the project's node_modules.
 */
export async function startFixtureCloud(
  functions: Record<string, FixtureFunction>,
  options: Partial<LocalCloudOptions> = {},
): Promise<FixtureCloud> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'localcloud-test-'));
  const dataDir = path.join(base, 'data');
  const functionsDir = path.join(base, 'functions');
  writeFunctions(functionsDir, functions);
  const opts: LocalCloudOptions = { port: 0, dataDir, functionsDir, staticDir: path.join(base, 'h5'), ...options };
  const opened: LocalCloud[] = [];
  const cloud = await startLocalCloud(opts);
  opened.push(cloud);
  return {
    cloud,
    dataDir,
    functionsDir,
    async reopen() {
      const next = await startLocalCloud(opts);
      opened.push(next);
      return next;
    },
    async cleanup() {
      for (const c of opened) await c.close();
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}

export interface HttpAnswer {
  status: number;
  body: unknown;
  dbActions: number;
}

/** POST /cloud/<fn> as the H5 client does. */
export async function callOverHttp(cloud: LocalCloud, fn: string, event: unknown, openid?: string): Promise<HttpAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (openid) headers['x-wx-openid'] = openid;
  const res = await fetch(`${cloud.url}/cloud/${fn}`, { method: 'POST', headers, body: JSON.stringify(event) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null, dbActions: Number(res.headers.get('x-db-actions')) };
}

/** Sends one raw SDK-shaped request to /admin (for limits the SDK itself would clamp). */
export async function adminRequest(cloud: LocalCloud, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await fetch(`${cloud.url}/admin?env=local-dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ envName: 'local-dev', ...body }),
  });
  return (await res.json()) as Record<string, unknown>;
}
