import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Clock } from '../clock';
import { FunctionInvokeError } from './function-errors';
import { Invocation } from './invocation';

export interface WorkerJob {
  invocation: Invocation;
  entry: string;
  event: unknown;
  context: Record<string, unknown>;
  timeoutMs: number;
  /** Called from another function: may use an extra worker so callers waiting on callees cannot deadlock the pool. */
  nested: boolean;
}

export interface PoolOptions {
  size: number;
  /** Environment every worker starts with (endpoint, env id...); the pool adds the credentials. */
  env: Record<string, string>;
  /** Fallback module folder for function code (the project's node_modules). */
  nodePath: string;
  clock: Clock;
  /** A worker was terminated (timeout, crash, close): its open transactions can never finish. */
  onWorkerRetired(credential: string): void;
  /** Answers a request the SDK in a worker sent to the backend endpoint (carried by backend-bridge.js). */
  backend(request: BackendRequest): Promise<BackendAnswer>;
}

/** An SDK request to `/admin`, as it would arrive over HTTP. */
export interface BackendRequest {
  authorization: string | undefined;
  contentType: string;
  body: Buffer | string;
  /** performance.now() when it arrived. */
  arrivedAt: number;
}

export interface BackendAnswer {
  status: number;
  contentType: string;
  body: Buffer | string;
}

interface Pending {
  job: WorkerJob;
  resolve(result: unknown): void;
  reject(err: FunctionInvokeError): void;
}

interface Running extends Pending {
  id: number;
  timer: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  credential: string;
  overflow: boolean;
  running?: Running;
}

interface BackendMessage {
  type: 'backend';
  rid: number;
  authorization: string | undefined;
  contentType: string;
  body: Uint8Array | string;
}

type WorkerMessage =
  | { type: 'ready' }
  | BackendMessage
  | { type: 'started'; id: number }
  | { type: 'done'; id: number; ok: true; json: string }
  | { type: 'done'; id: number; ok: false; message: string; stack: string };

const HOST = path.join(__dirname, 'worker-host.js');
/** Extra workers allowed for nested calls, beyond the pool size. */
const MAX_OVERFLOW = 16;
/** Time allowed for loading a function's code (cold start) before its own timeout starts. */
const LOAD_TIMEOUT_MS = 30_000;

/**
 * Worker threads running cloud functions, one invocation per worker at a
 * time (like a real instance), so the process-wide identity variables the
 * SDK reads can never leak between concurrent callers.
 */
export class WorkerPool {
  private readonly opts: PoolOptions;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(opts: PoolOptions) {
    this.opts = opts;
  }

  run(job: WorkerJob): Promise<unknown> {
    if (this.closed) return Promise.reject(new FunctionInvokeError('closed', 'the local cloud is shutting down'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  /** The invocation running in the worker with this credential, if any. */
  invocationFor(credential: string | undefined): Invocation | undefined {
    if (!credential) return undefined;
    return this.slots.find((s) => s.credential === credential)?.running?.job.invocation;
  }

  get workerCount(): number {
    return this.slots.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new FunctionInvokeError('closed', 'the local cloud is shutting down'));
    await Promise.all([...this.slots].map((s) => this.retire(s, new FunctionInvokeError('closed', 'the local cloud is shutting down'))));
  }

  private pump(): void {
    while (this.queue.length && !this.closed) {
      let slot = this.slots.find((s) => !s.running);
      if (!slot) {
        const overflowCount = this.slots.filter((s) => s.overflow).length;
        if (this.slots.length < this.opts.size) slot = this.spawn(false);
        else if (this.queue[0].job.nested && overflowCount < MAX_OVERFLOW) slot = this.spawn(true);
        else return;
      }
      this.dispatch(slot, this.queue.shift()!);
    }
  }

  private spawn(overflow: boolean): Slot {
    const credential = `localcloud-${randomBytes(9).toString('hex')}`;
    const worker = new Worker(HOST, {
      env: { ...process.env, ...this.opts.env, TENCENTCLOUD_SECRETID: credential, TENCENTCLOUD_SECRETKEY: `key-${credential}` },
      workerData: { nodePath: this.opts.nodePath },
    });
    const slot: Slot = { worker, credential, overflow };
    worker.on('message', (msg: WorkerMessage) => this.onMessage(slot, msg));
    worker.on('error', (err) => {
      void this.retire(slot, new FunctionInvokeError('crash', `cloud function instance crashed: ${err.stack ?? err.message}`));
    });
    worker.on('exit', (code) => {
      void this.retire(slot, new FunctionInvokeError('crash', `cloud function instance exited with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  private dispatch(slot: Slot, pending: Pending): void {
    const id = this.nextId++;
    const timer = setTimeout(() => {
      void this.retire(
        slot,
        new FunctionInvokeError('timeout', `Loading the function code timed out after ${LOAD_TIMEOUT_MS / 1000} seconds`),
      );
    }, LOAD_TIMEOUT_MS);
    const { job } = pending;
    slot.running = { ...pending, id, timer };
    slot.worker.postMessage({
      type: 'invoke',
      id,
      entry: job.entry,
      event: job.event,
      context: job.context,
      identity: job.invocation.identity,
      source: job.invocation.wxSource,
      clockOffsetMs: this.opts.clock.offsetMs,
    });
  }

  private onMessage(slot: Slot, msg: WorkerMessage): void {
    if (msg.type === 'backend') {
      void this.answerBackend(slot, msg);
      return;
    }
    const running = slot.running;
    if (msg.type === 'ready' || !running || running.id !== msg.id) return;
    if (msg.type === 'started') {
      // The function's own time limit runs from here; SCF bounds initialisation separately.
      clearTimeout(running.timer);
      const { timeoutMs } = running.job;
      running.timer = setTimeout(() => {
        const seconds = Math.round(timeoutMs / 100) / 10;
        void this.retire(slot, new FunctionInvokeError('timeout', `Invoking task timed out after ${seconds} seconds`));
      }, timeoutMs);
      return;
    }
    clearTimeout(running.timer);
    slot.running = undefined;
    if (msg.ok) {
      try {
        running.resolve(JSON.parse(msg.json) as unknown);
      } catch {
        running.resolve(null);
      }
    } else {
      running.reject(new FunctionInvokeError('execute', msg.stack || msg.message));
    }
    if (slot.overflow && this.queue.length === 0) void this.retire(slot);
    else this.pump();
  }

  /** Answers the SDK's request in its worker, even after the invocation ended (as the backend would). */
  private async answerBackend(slot: Slot, msg: BackendMessage): Promise<void> {
    const arrivedAt = performance.now();
    const body = typeof msg.body === 'string' ? msg.body : Buffer.from(msg.body.buffer, msg.body.byteOffset, msg.body.byteLength);
    let answer: BackendAnswer;
    try {
      answer = await this.opts.backend({ authorization: msg.authorization, contentType: msg.contentType, body, arrivedAt });
    } catch (err) {
      // What the HTTP server answers for a request it failed on (router.ts): the SDK reports it as a failed request.
      const errMsg = err instanceof Error ? err.message : String(err);
      answer = { status: 500, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ errCode: -1, errMsg }) };
    }
    if (this.slots.includes(slot)) slot.worker.postMessage({ type: 'backendAnswer', rid: msg.rid, ...answer });
  }

  /** Removes a worker for good; its current invocation (if any) fails with `reason`. */
  private async retire(slot: Slot, reason?: FunctionInvokeError): Promise<void> {
    const at = this.slots.indexOf(slot);
    if (at === -1) return;
    this.slots.splice(at, 1);
    const running = slot.running;
    slot.running = undefined;
    if (running) {
      clearTimeout(running.timer);
      running.reject(reason ?? new FunctionInvokeError('crash', 'cloud function instance stopped'));
    }
    this.opts.onWorkerRetired(slot.credential);
    await slot.worker.terminate().catch(() => undefined);
    if (!this.closed) this.pump();
  }
}
