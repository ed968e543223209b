import fs from 'node:fs';
import path from 'node:path';
import { parseCron } from './cron';

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
  /**
   * Why WeChat would refuse to upload this function's triggers (上传触发器);
   * empty when it would accept them. A function with problems has no timers here either.
   */
  triggerProblems: string[];
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

/** WeChat's rule for a trigger's name: a letter first, then letters, digits, - and _, at most 60. */
const TRIGGER_NAME_RE = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;
/** "目前仅支持一个触发器" (WeChat's 定时触发器 guide): one trigger per function. */
export const MAX_TRIGGERS = 1;

/** The timer triggers of config.json, as WeChat would accept them, or the reasons it would not. */
function triggersOf(config: RawConfig): { triggers: TimerTrigger[]; problems: string[] } {
  if (config.triggers === undefined) return { triggers: [], problems: [] };
  if (!Array.isArray(config.triggers)) return { triggers: [], problems: ['triggers must be an array'] };
  const problems: string[] = [];
  if (config.triggers.length > MAX_TRIGGERS) problems.push(`at most ${MAX_TRIGGERS} trigger per function, found ${config.triggers.length}`);
  const triggers: TimerTrigger[] = [];
  for (const t of config.triggers as unknown[]) {
    const { name, type, config: cron } = t && typeof t === 'object' ? (t as Record<string, unknown>) : {};
    if (type !== 'timer') problems.push(`trigger type must be "timer", got ${JSON.stringify(type)}`);
    if (typeof name !== 'string' || !TRIGGER_NAME_RE.test(name)) problems.push(`invalid trigger name ${JSON.stringify(name)}`);
    if (typeof cron !== 'string') problems.push(`trigger ${JSON.stringify(name)} has no cron config`);
    else {
      try {
        parseCron(cron);
      } catch (err) {
        problems.push(`trigger ${JSON.stringify(name)}: ${(err as Error).message}`);
      }
    }
    if (typeof name === 'string' && typeof cron === 'string') triggers.push({ name, config: cron });
  }
  const names = triggers.map((t) => t.name);
  if (new Set(names).size !== names.length) problems.push('two triggers share a name');
  return problems.length ? { triggers: [], problems } : { triggers, problems };
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
    const { triggers, problems } = triggersOf(config);
    return { name, dir, entry, timeoutMs: timeoutOf(config), triggers, openapi: openapiOf(config), triggerProblems: problems };
  }

  list(): CloudFunctionInfo[] {
    let names: string[] = [];
    try {
      names = fs
        .readdirSync(this.root, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
    } catch {
      return [];
    }
    return names
      .sort()
      .map((n) => this.get(n))
      .filter((f): f is CloudFunctionInfo => f !== null);
  }
}
