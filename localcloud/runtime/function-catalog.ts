import fs from 'node:fs';
import path from 'node:path';

export interface TimerTrigger {
  name: string;
  /** 7-field WeChat cron: second minute hour day month weekday year. */
  config: string;
}

/** A deployable cloud function folder: index.js + package.json + config.json. */
export interface CloudFunctionInfo {
  name: string;
  dir: string;
  entry: string;
  timeoutMs: number;
  triggers: TimerTrigger[];
  /** The openapi calls config.json's `permissions.openapi` allows (WeChat refuses the others). */
  openapi: string[];
}

export const DEFAULT_TIMEOUT_S = 3;
export const MAX_TIMEOUT_S = 60;
const NAME_RE = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;

interface RawConfig {
  timeout?: unknown;
  triggers?: unknown;
  permissions?: { openapi?: unknown };
}

function readConfig(dir: string): RawConfig {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as RawConfig) : {};
  } catch {
    return {};
  }
}

function timeoutOf(config: RawConfig): number {
  const t = typeof config.timeout === 'number' && config.timeout > 0 ? config.timeout : DEFAULT_TIMEOUT_S;
  return Math.round(Math.min(t, MAX_TIMEOUT_S) * 1000);
}

function triggersOf(config: RawConfig): TimerTrigger[] {
  if (!Array.isArray(config.triggers)) return [];
  const out: TimerTrigger[] = [];
  for (const t of config.triggers as unknown[]) {
    if (!t || typeof t !== 'object') continue;
    const { name, type, config: cron } = t as Record<string, unknown>;
    if (type === 'timer' && typeof name === 'string' && typeof cron === 'string') out.push({ name, config: cron });
  }
  return out;
}

function openapiOf(config: RawConfig): string[] {
  const listed = config.permissions?.openapi;
  return Array.isArray(listed) ? listed.filter((api): api is string => typeof api === 'string') : [];
}

/** Reads function folders on demand, so rebuilding dist/ is picked up without a restart. */
export class FunctionCatalog {
  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  get(name: string): CloudFunctionInfo | null {
    if (!NAME_RE.test(name)) return null;
    const dir = path.join(this.root, name);
    const entry = path.join(dir, 'index.js');
    if (!fs.existsSync(entry)) return null;
    const config = readConfig(dir);
    return { name, dir, entry, timeoutMs: timeoutOf(config), triggers: triggersOf(config), openapi: openapiOf(config) };
  }

  list(): CloudFunctionInfo[] {
    let names: string[] = [];
    try {
      names = fs.readdirSync(this.root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    } catch {
      return [];
    }
    return names.sort().map((n) => this.get(n)).filter((f): f is CloudFunctionInfo => f !== null);
  }
}
