import { randomBytes } from 'node:crypto';
import { Clock } from '../clock';
import { CloudError } from '../errors';
import { FunctionCatalog } from './function-catalog';
import { FunctionInvokeError } from './function-errors';
import { Identity, Invocation, InvocationSource } from './invocation';
import { WorkerPool } from './worker-pool';

export interface InvokeOutcome {
  result: unknown;
  invocation: Invocation;
}

export interface FunctionRuntimeOptions {
  catalog: FunctionCatalog;
  pool: WorkerPool;
  clock: Clock;
  envId: string;
  appId: string;
}

/** Runs cloud functions by name: builds the event and context a real instance would get. */
export class FunctionRuntime {
  private readonly opts: FunctionRuntimeOptions;

  constructor(opts: FunctionRuntimeOptions) {
    this.opts = opts;
  }

  get catalog(): FunctionCatalog {
    return this.opts.catalog;
  }

  exists(name: string): boolean {
    return this.opts.catalog.get(name) !== null;
  }

  /**
   * Runs `name` as `identity`. Resolves with the function's return value (as
   * JSON would carry it); rejects with FunctionInvokeError carrying the
   * database action count either way (on the returned invocation or the error).
   */
  async invoke(name: string, event: unknown, identity: Identity, source: InvocationSource, parent?: Invocation): Promise<InvokeOutcome> {
    const fn = this.opts.catalog.get(name);
    const fullIdentity: Identity = { appid: this.opts.appId, ...identity };
    const invocation = new Invocation(name, fullIdentity, source, parent);
    if (!fn) {
      const err = new FunctionInvokeError('not-found', `[ResourceNotFound.FunctionName] FunctionName not exist. (function name: ${name})`);
      err.dbActions = invocation.dbActions;
      throw err;
    }
    const requestId = randomBytes(16).toString('hex');
    const context = {
      callbackWaitsForEmptyEventLoop: false,
      memory_limit_in_mb: 256,
      time_limit_in_ms: fn.timeoutMs,
      request_id: requestId,
      function_name: name,
      function_version: '$LATEST',
      namespace: this.opts.envId,
      tencentcloud_region: 'ap-shanghai',
    };
    try {
      const result = await this.opts.pool.run({
        invocation,
        entry: fn.entry,
        event: this.eventFor(event, fullIdentity, source),
        context,
        timeoutMs: fn.timeoutMs,
        nested: parent !== undefined,
      });
      return { result, invocation };
    } catch (err) {
      const failure = err instanceof FunctionInvokeError ? err : new FunctionInvokeError('crash', String(err));
      failure.dbActions = invocation.dbActions;
      throw failure;
    }
  }

  /** functions.invokeFunction from inside a function: same identity, errors in /admin form. */
  async invokeNested(name: string, event: unknown, caller: Invocation | undefined): Promise<unknown> {
    try {
      const identity = caller ? caller.identity : {};
      return (await this.invoke(name, event, identity, 'callFunction', caller)).result;
    } catch (err) {
      if (err instanceof FunctionInvokeError) throw new CloudError(err.tcbCode, err.errMsg);
      throw err;
    }
  }

  /** Fires a timer trigger now, with the event WeChat cloud sends to timers. */
  async fireTimer(name: string, triggerName: string): Promise<InvokeOutcome> {
    const fn = this.opts.catalog.get(name);
    if (fn && fn.triggerProblems.length) {
      throw new FunctionInvokeError('not-found', `function ${name}: WeChat would refuse its triggers (${fn.triggerProblems.join('; ')})`);
    }
    if (fn && !fn.triggers.some((t) => t.name === triggerName)) {
      throw new FunctionInvokeError('not-found', `function ${name} has no timer trigger named ${triggerName}`);
    }
    const time = new Date(this.opts.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return this.invoke(name, { Type: 'Timer', TriggerName: triggerName, Time: time }, {}, 'timer');
  }

  /** Calls from a user (HTTP or another caller's callFunction) carry userInfo, as on WeChat cloud. */
  private eventFor(event: unknown, identity: Identity, source: InvocationSource): unknown {
    if (source === 'timer' || !identity.openid) return event;
    if (!event || typeof event !== 'object' || Array.isArray(event)) return event;
    return { ...(event as Record<string, unknown>), userInfo: { appId: identity.appid, openId: identity.openid } };
  }
}
