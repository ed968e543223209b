/**
 * The local cloud: an emulator of the WeChat cloud backend (database,
 * storage, openapi, callFunction) that the real, unmodified wx-server-sdk
 * talks to, plus a worker-thread runtime that runs the deployable cloud
 * functions against it. One HTTP port serves the backend, the functions, a
 * few /dev routes and the H5 build.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { AdminEnvironment, handleBridgedAdmin } from './backend/admin-handler';
import { DatabasePauses, type DatabaseRequestView } from './backend/databasePauses';
import { PhoneCodes } from './backend/phone-codes';
import { ConsoleTemplate, TemplateRegistry } from './backend/subscribe-templates';
import { PRODUCT_SECRETS } from './console/productSecrets';
import { UploadSlots } from './backend/upload-slots';
import { Clock } from './clock';
import { FunctionCatalog } from './runtime/function-catalog';
import { functionSecrets } from './runtime/functionSecrets';
import { FunctionRuntime, InvokeOutcome } from './runtime/function-runtime';
import type { DbActionCost } from './runtime/invocation';
import { TimerScheduler } from './runtime/timers';
import { WorkerPool } from './runtime/worker-pool';
import { createRequestHandler } from './server/router';
import { OutboxMessage, Store } from './store';

export { FunctionInvokeError } from './runtime/function-errors';
export type { DbActionCost } from './runtime/invocation';
export type { DatabaseRequestView } from './backend/databasePauses';
export type { Doc, Filter, OutboxMessage, StoreApi } from './store';
export type { Store } from './store';

export interface LocalCloudOptions {
  /** Default 10086 (or env PORT); 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the emulator trusts X-WX-OPENID, so it must not be reachable from elsewhere. */
  host?: string;
  /** Where documents, files and the outbox live (created if missing). */
  dataDir: string;
  /** Default <project>/dist/cloudfunctions. */
  functionsDir?: string;
  /** Default <project>/dist/h5. */
  staticDir?: string;
  /** Cloud environment id the functions see (cloud.DYNAMIC_CURRENT_ENV). Default 'local-dev'. */
  envId?: string;
  /** AppID reported by getWXContext(). Default 'wxlocaldev00000000'. */
  appId?: string;
  /** Concurrent function instances. Default 4. */
  workers?: number;
  /** Run timer triggers on their cron schedule. Default false (fireTimer always works). */
  enableTimers?: boolean;
  /** Initial clock offset in ms (see setClockOffset). */
  clockOffsetMs?: number;
  /**
   * The subscribe-message templates of the mini-program's console (the product's: localcloud/console/productTemplates).
   * Default none: like a console nobody configured, every send and request is refused.
   */
  subscribeTemplates?: readonly ConsoleTemplate[];
  /**
   * The secret environment variables the functions are given, by name (default the product's:
   * localcloud/console/productSecrets): each from this process's environment, else kept in the
   * data folder, made at random on first start (runtime/functionSecrets).
   */
  functionSecrets?: readonly string[];
}

export interface InvokeResult {
  /** What callFunction would give as `result`. */
  result: unknown;
  /** Database actions the invocation made, nested callFunction included. */
  dbActions: number;
  /** Documents the database examined for it, and returned to it (as MongoDB's explain counts them). */
  dbExamined: number;
  dbReturned: number;
  /** Each database action's cost and plan, in order. */
  dbCosts: readonly DbActionCost[];
}

export interface LocalCloud {
  url: string;
  port: number;
  store: Store;
  /** The secret variables the functions are given (for in-process tools such as the demo seed: never sent anywhere). */
  functionEnv: Readonly<Record<string, string>>;
  /** Runs a function as `openid`; rejects with FunctionInvokeError (errCode, errMsg, dbActions). */
  invoke(fn: string, event: unknown, identity?: { openid?: string; unionid?: string }): Promise<InvokeResult>;
  /** Shifts serverDate in the database and Date inside functions by `ms` from real time. */
  setClockOffset(ms: number): void;
  fireTimer(fn: string, trigger: string): Promise<InvokeResult>;
  /**
   * For race tests: the next database request `match` picks (from any function) waits until
   * `then` is done, e.g. another call that lands between an action's check and its write. Once.
   */
  pauseBefore(match: (request: DatabaseRequestView) => boolean, then: () => Promise<unknown>): void;
  /** Subscribe messages sent by functions, newest first. */
  outbox(): OutboxMessage[];
  close(): Promise<void>;
}

const PROJECT_ROOT = path.resolve(__dirname, '..');

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    // Hundreds of clients connect at once in the booking rush: a deep accept queue.
    server.listen({ port, host, backlog: 4096 }, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function toResult(outcome: InvokeOutcome): InvokeResult {
  const { invocation } = outcome;
  return {
    result: outcome.result,
    dbActions: invocation.dbActions,
    dbExamined: invocation.dbExamined,
    dbReturned: invocation.dbReturned,
    dbCosts: invocation.dbCosts,
  };
}

export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const host = options.host ?? '127.0.0.1';
  const requestedPort = options.port ?? Number(process.env.PORT ?? 10086);
  const envId = options.envId ?? 'local-dev';
  const appId = options.appId ?? 'wxlocaldev00000000';
  const workers = Math.max(1, Math.floor(options.workers ?? 4));
  const functionsDir = path.resolve(options.functionsDir ?? path.join(PROJECT_ROOT, 'dist', 'cloudfunctions'));
  const staticDir = path.resolve(options.staticDir ?? path.join(PROJECT_ROOT, 'dist', 'h5'));

  const secrets = functionSecrets(path.resolve(options.dataDir), options.functionSecrets ?? PRODUCT_SECRETS);
  const clock = new Clock(options.clockOffsetMs ?? 0);
  const store = new Store(path.resolve(options.dataDir), () => clock.now());
  const uploads = new UploadSlots();
  const phoneCodes = new PhoneCodes();
  const templates = new TemplateRegistry(options.subscribeTemplates ?? []);
  const pauses = new DatabasePauses();
  const catalog = new FunctionCatalog(functionsDir);

  // The port is only known after listen(); workers are created lazily, after it.
  let baseUrl = '';
  let pool: WorkerPool | undefined;
  let runtime: FunctionRuntime | undefined;
  const admin: AdminEnvironment = {
    store,
    clock,
    envId,
    uploads,
    phoneCodes,
    templates,
    pauses,
    get baseUrl() {
      return baseUrl;
    },
    openapiPermissions: (name) => catalog.get(name)?.openapi ?? null,
    functions: { invokeNested: (name, event, caller) => runtime!.invokeNested(name, event, caller) },
    invocationFor: (credential) => pool?.invocationFor(credential),
  };

  const deps = {
    store,
    clock,
    uploads,
    envId,
    staticDir,
    admin,
    get runtime(): FunctionRuntime {
      return runtime!;
    },
  };
  const server = http.createServer(createRequestHandler(deps));
  // Idle keep-alive connections outlive the clients' own idle timeout (undici: 4 s,
  // the SDK's agent: reuse at once), so a client never sends on a socket the
  // server is closing at that moment (read ECONNRESET under load).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  let port: number;
  try {
    port = await listen(server, requestedPort, host);
  } catch (err) {
    store.close();
    throw err;
  }
  const internalHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  baseUrl = `http://${internalHost.includes(':') ? `[${internalHost}]` : internalHost}:${port}`;

  pool = new WorkerPool({
    size: workers,
    clock,
    nodePath: path.join(PROJECT_ROOT, 'node_modules'),
    env: {
      ...secrets,
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${baseUrl}/admin` }),
      SCF_NAMESPACE: envId,
      TCB_ENV: envId,
      SILENCE: 'true',
      // What SCF sets. Without it node-sdk probes metadata.tencentyun.com
      // (30 ms timeout, never cached on failure) twice on every request.
      TENCENTCLOUD_RUNENV: 'SCF',
      TENCENTCLOUD_REGION: 'ap-shanghai',
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID',
    },
    onWorkerRetired: (credential) => store.documents.abortTransactionsOf(credential),
    backend: (request) => handleBridgedAdmin(request, admin),
  });
  runtime = new FunctionRuntime({ catalog, pool, clock, envId, appId });
  const rt = runtime;

  const timers = new TimerScheduler({ catalog, clock, fire: (fn, trigger) => rt.fireTimer(fn, trigger) });
  if (options.enableTimers) timers.start();

  let closing: Promise<void> | undefined;
  return {
    url: baseUrl,
    port,
    store,
    functionEnv: secrets,
    invoke: async (fn, event, identity = {}) => toResult(await rt.invoke(fn, event, identity, 'api')),
    setClockOffset: (ms) => clock.setOffset(ms),
    pauseBefore: (match, then) => pauses.beforeNext(match, then),
    fireTimer: async (fn, trigger) => toResult(await rt.fireTimer(fn, trigger)),
    outbox: () => store.outbox.list(),
    close() {
      closing ??= (async () => {
        timers.stop();
        const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
        await pool!.close();
        server.closeAllConnections();
        await serverClosed;
        store.close();
      })();
      return closing;
    },
  };
}
