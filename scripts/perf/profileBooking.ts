/**
 * Where one booking's time goes: single bookings, one after another, on a
 * date already holding 400 (the bench's busy date), through the local
 * runtime with one function instance, under V8's CPU profiler.
 *
 *   npx tsx scripts/perf/profileBooking.ts [bookings] [--functions <built dir>]
 *
 * (`--functions`: functions built elsewhere, e.g. a copy of an older
 * dist/cloudfunctions to compare; otherwise they are built from the source.)
 *
 * Prints, per booking: the client's time; the database actions; the
 * function instance's CPU by where it was spent (the function's own code,
 * wx-server-sdk and @cloudbase, bson, Node's HTTP, GC); the runtime's main
 * thread (HTTP server, EJSON, the store) with the store's own time per
 * kind of action. Only samples inside the measured bookings are counted.
 * The main thread also runs this script's client (undici, `internal/deps`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DocumentStore } from '../../localcloud/store/documents';
import { buildFunctions } from '../build-functions';
import { book, residentsFor, serviceDay } from '../../bench/sections/bookingScale';
import { startTestCloud } from '../../tests/support/testCloud';

const FILLED = 400;
const MEASURED = /^\d+$/.test(process.argv[2] ?? '') ? Number(process.argv[2]) : 40;

interface Window {
  fromUs: number;
  toUs: number;
  bookings: number;
  clientMs: number[];
  dbActions: number[];
  storeMs: Record<string, number>;
  /** CPU of the whole process (every thread) over the measured bookings. */
  cpuMs: number;
  /** CPU of the runtime's main thread, of the function instance's thread, of the rest (GC helpers, libuv). */
  threadMs: { main: number; instance: number; rest: number };
}

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/** CPU (user + system, ms) of each thread of this process, from /proc (Linux; clock ticks of 10 ms). */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
  }
  return out;
}

/** Each thread's CPU between two readings: the main thread, the busiest thread started since `before` (the instance), the rest. */
function splitThreads(start: Map<string, number>, end: Map<string, number>, since: Map<string, number>): Window['threadMs'] {
  const used = [...end].map(([tid, ms]) => ({ tid, ms: ms - (start.get(tid) ?? 0) }));
  const main = used.find((t) => t.tid === String(process.pid))?.ms ?? 0;
  const instance = Math.max(0, ...used.filter((t) => !since.has(t.tid)).map((t) => t.ms));
  const total = used.reduce((sum, t) => sum + t.ms, 0);
  return { main, instance, rest: total - main - instance };
}

/** Times the store's own work (queries, updates, SQLite) by method, while `on`. */
function timeStore(): { totals: Record<string, number>; on: boolean } {
  const meter = { totals: {} as Record<string, number>, on: false };
  const proto = DocumentStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ['find', 'count', 'insert', 'update', 'remove', 'aggregate']) {
    const original = proto[name];
    proto[name] = function timed(this: unknown, ...args: unknown[]) {
      const started = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        if (meter.on) meter.totals[name] = (meter.totals[name] ?? 0) + performance.now() - started;
      }
    };
  }
  return meter;
}

async function measure(out: string, functionsDir: string | undefined): Promise<void> {
  const meter = timeStore();
  if (!functionsDir) await buildFunctions();
  const threadsBefore = threadCpu();
  const test = await startTestCloud({ workers: 1, functionsDir });
  try {
    const f = await residentsFor(test, FILLED + MEASURED + 10);
    const busy = await serviceDay(test, '便民服务日', ['社保', '医保', '户籍', '民政'], 40, '12:00');
    for (let k = 0; k < FILLED; k += 1) await book(f, busy, f.nextResident(), busy.slots[k % busy.slots.length]);
    const threadMs = { main: 0, instance: 0, rest: 0 };
    const window: Window = {
      fromUs: nowUs(),
      toUs: 0,
      bookings: MEASURED,
      clientMs: [],
      dbActions: [],
      storeMs: meter.totals,
      cpuMs: 0,
      threadMs,
    };
    const cpuBefore = process.cpuUsage();
    const threadsAtStart = threadCpu();
    meter.on = true;
    for (let i = 0; i < MEASURED; i += 1) {
      const openid = f.nextResident();
      const started = performance.now();
      const { body, dbActions } = await test.raw(openid, 'servicedays', {
        action: 'book',
        payload: { sessionId: busy.sessionId, slotKey: busy.slots[(i * 7) % busy.slots.length], requestKey: `${openid}-key` },
      });
      window.clientMs.push(performance.now() - started);
      window.dbActions.push(dbActions);
      if (!(body as { ok: boolean }).ok) throw new Error(`booking refused: ${JSON.stringify(body)}`);
    }
    meter.on = false;
    const cpu = process.cpuUsage(cpuBefore);
    window.cpuMs = (cpu.user + cpu.system) / 1000;
    window.threadMs = splitThreads(threadsAtStart, threadCpu(), threadsBefore);
    window.toUs = nowUs();
    writeFileSync(out, JSON.stringify(window));
  } finally {
    await test.close();
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where a sampled function lives, in words. */
function placeOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native/V8)';
  if (url.includes('dist/cloudfunctions/')) return "the function's own code (bundle)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `node_modules: ${pkg[1]}`;
  if (url.startsWith('node:')) return `node: ${url.slice(5).split('/').slice(0, 2).join('/')}`;
  if (url.includes('/localcloud/')) return `localcloud: ${url.split('/localcloud/')[1]}`;
  return url.replace(/^file:\/\//, '');
}

/** Self time (ms) by place, of the samples inside the window. */
function selfTimeByPlace(profile: CpuProfile, window: Window): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i];
    if (at < window.fromUs || at > window.toUs) return;
    const next = profile.timeDeltas[i + 1] ?? 0;
    const place = placeOf(byId.get(id)!);
    out.set(place, (out.get(place) ?? 0) + next / 1000);
  });
  return out;
}

/** The places summed into a few groups. */
function groupOf(place: string): string {
  if (place.startsWith('the function')) return place;
  if (/node_modules: (wx-server-sdk|@cloudbase\/|bson)/.test(place)) return 'wx-server-sdk (@cloudbase/*, bson)';
  if (place.startsWith('node_modules: ')) return 'other packages (mingo, better-sqlite3 …)';
  if (place.startsWith('node: ')) return "Node's own (HTTP, crypto, streams)";
  if (place.startsWith('localcloud: ')) return 'the local cloud (wire, EJSON, store, planner)';
  return place;
}

function print(title: string, places: Map<string, number>, perBooking: number): void {
  const active = [...places].filter(([p]) => p !== '(idle)' && p !== '(program)');
  const total = active.reduce((sum, [, ms]) => sum + ms, 0);
  const groups = new Map<string, number>();
  for (const [place, ms] of active) groups.set(groupOf(place), (groups.get(groupOf(place)) ?? 0) + ms);
  const line = ([place, ms]: [string, number]) => `  ${(ms / perBooking).toFixed(2).padStart(7)} ms  ${place}`;
  console.log(`\n${title}: ${(total / perBooking).toFixed(1)} ms sampled busy per booking`);
  for (const entry of [...groups].sort((a, b) => b[1] - a[1])) console.log(line(entry));
  console.log('  top places:');
  for (const entry of active.sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${line(entry)}`);
}

function analyse(dir: string, windowFile: string): void {
  const window = JSON.parse(readFileSync(windowFile, 'utf8')) as Window;
  const n = window.bookings;
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const sorted = [...window.clientMs].sort((a, b) => a - b);
  console.log(`${n} single bookings on a date holding ${FILLED}, one instance`);
  console.log(`client: mean ${mean(window.clientMs).toFixed(1)} ms, median ${sorted[Math.floor(n / 2)].toFixed(1)} ms`);
  console.log(`database actions per booking: ${mean(window.dbActions)}`);
  const { main, instance, rest } = window.threadMs;
  const per = (ms: number) => `${(ms / n).toFixed(1)} ms`;
  console.log(`CPU per booking: ${per(window.cpuMs)} in all; the function instance ${per(instance)}, the runtime's main thread`);
  console.log(
    `  (HTTP, the database, this script's client) ${per(main)}, other threads ${per(rest)}; load average ${os.loadavg()[0].toFixed(1)}`,
  );
  console.log('(below: V8 samples, wall time while a thread was busy: inflated on a loaded machine, read the shares)');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
    const urls = profile.nodes.map((node) => node.callFrame.url);
    const places = selfTimeByPlace(profile, window);
    if (urls.some((u) => u.includes('worker-host.js'))) print('function instance (worker thread)', places, n);
    else if (urls.some((u) => u.includes('/localcloud/server/'))) {
      print('runtime main thread (HTTP, EJSON, store)', places, n);
      console.log('  of which the store, by action:');
      for (const [name, ms] of Object.entries(window.storeMs)) console.log(`  ${(ms / n).toFixed(2).padStart(7)} ms  ${name}`);
    }
  }
}

const functionsAt = process.argv.indexOf('--functions');
const functionsDir = functionsAt > 0 ? path.resolve(process.argv[functionsAt + 1]) : undefined;

if (process.argv.includes('--child')) {
  void measure(process.argv[process.argv.indexOf('--child') + 1], functionsDir).then(() => process.exit(0));
} else {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'booking-profile-'));
  const windowFile = path.join(dir, 'window.json');
  const profiler = ['--cpu-prof', `--cpu-prof-dir=${dir}`];
  const child = spawnSync(
    process.execPath,
    [
      ...profiler,
      ...process.execArgv,
      __filename,
      String(MEASURED),
      '--child',
      windowFile,
      ...(functionsDir ? ['--functions', functionsDir] : []),
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (child.status !== 0) throw new Error(`the measured run failed (${child.status})`);
  analyse(dir, windowFile);
  rmSync(dir, { recursive: true, force: true });
}
