// @ts-check
/**
 * Inside a function instance: carries wx-server-sdk's requests to the local
 * backend (`POST <TCB_CONTEXT_CNFG.URL>`, the one `/admin` endpoint) over the
 * instance's message port instead of a loopback TCP connection.
 *
 * The SDK runs unchanged: it builds, signs and serialises each request and
 * reads the answer exactly as over the network; only Node's `http.request`
 * for that one URL is replaced by an object with the parts of ClientRequest
 * and IncomingMessage the SDK uses (write/end, setTimeout with its
 * 'timeout' event, 'socket' and 'connect', 'response', a readable answer).
 * Every other request (uploads, downloads, anything a function sends) goes
 * through real HTTP. Why: an HTTP round trip between two threads of one
 * process costs several times the CPU of the database action it carries.
 *
 * Messages out: { type: 'backend', rid, authorization, contentType, body }
 * Messages in:  { type: 'backendAnswer', rid, status, contentType, body }
 */
'use strict';

const http = require('node:http');
const { EventEmitter } = require('node:events');
const { Readable } = require('node:stream');

/**
 * @typedef {{ type: 'backendAnswer', rid: number, status: number, contentType: string, body: string | Uint8Array }} Answer
 * @typedef {{ write(chunk: unknown, encoding?: unknown): boolean }} Writable
 */

/** @param {Record<string, unknown> | undefined} headers @param {string} name */
function headerOf(headers, name) {
  if (!headers) return undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? String(value[0]) : String(value);
  }
  return undefined;
}

/** @param {unknown} chunk @param {unknown} encoding */
function toBuffer(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, /** @type {BufferEncoding} */ (encoding || 'utf8'));
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError('The "chunk" argument must be of type string or an instance of Buffer or Uint8Array');
}

/** The answer as the SDK reads an HTTP response: status, lower-case headers, a readable body. */
/** @param {Answer} answer */
function responseOf(answer) {
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : toBuffer(answer.body, undefined);
  const res = new Readable({ read() {} });
  Object.assign(res, {
    statusCode: answer.status,
    statusMessage: http.STATUS_CODES[answer.status] ?? '',
    headers: { 'content-type': answer.contentType, 'content-length': String(body.length) },
  });
  res.push(body);
  res.push(null);
  return res;
}

/**
 * One backend request: the slice of http.ClientRequest the SDK uses.
 * Like Node's, its time limit ('timeout') only reports: the answer may still come.
 */
class BridgedRequest extends EventEmitter {
  /**
   * @param {URL} url
   * @param {{ method?: string, headers?: Record<string, unknown> }} options
   * @param {(req: BridgedRequest, chunks: (string | Buffer)[]) => void} send
   */
  constructor(url, options, send) {
    super();
    this.method = (options.method || 'GET').toUpperCase();
    this.protocol = url.protocol;
    this.host = url.hostname;
    this.path = url.pathname + url.search;
    this.headers = options.headers || {};
    this.reusedSocket = false;
    /** Stands for the connection: already connected, like a loopback socket a moment after connect. */
    this.socket = Object.assign(new EventEmitter(), { connecting: false });
    /** @type {(string | Buffer)[]} what was written: UTF-8 text stays text */
    this.chunks = [];
    this.finished = false;
    this.destroyed = false;
    /** @type {NodeJS.Timeout | undefined} */
    this.timer = undefined;
    this.timeoutMs = 0;
    this.send = send;
    process.nextTick(() => {
      if (this.destroyed) return;
      this.emit('socket', this.socket);
      process.nextTick(() => this.socket.emit('connect'));
    });
  }

  /** @param {unknown} chunk @param {unknown} [encoding] @param {() => void} [cb] */
  write(chunk, encoding, cb) {
    if (this.finished) throw new Error('write after end');
    const textual = typeof chunk === 'string' && (typeof encoding !== 'string' || /^utf-?8$/i.test(encoding));
    this.chunks.push(textual ? chunk : toBuffer(chunk, typeof encoding === 'string' ? encoding : undefined));
    const done = typeof encoding === 'function' ? encoding : cb;
    if (typeof done === 'function') process.nextTick(done);
    return true;
  }

  /** @param {unknown} [chunk] @param {unknown} [encoding] @param {() => void} [cb] */
  end(chunk, encoding, cb) {
    if (this.finished) return this;
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') this.write(chunk, encoding);
    this.finished = true;
    const done = [chunk, encoding, cb].find((x) => typeof x === 'function');
    if (typeof done === 'function') process.nextTick(/** @type {() => void} */ (done));
    this.send(this, this.chunks);
    this.armTimer();
    return this;
  }

  /** @param {number} ms @param {() => void} [cb] */
  setTimeout(ms, cb) {
    if (typeof cb === 'function') this.once('timeout', cb);
    this.timeoutMs = ms;
    this.armTimer();
    return this;
  }

  armTimer() {
    clearTimeout(this.timer);
    if (this.timeoutMs > 0 && this.finished && !this.destroyed) {
      this.timer = setTimeout(() => this.emit('timeout'), this.timeoutMs);
    }
  }

  /** @param {Answer} answer */
  answer(answer) {
    clearTimeout(this.timer);
    if (this.destroyed) return;
    this.emit('response', responseOf(answer));
    this.emit('close');
  }

  /** @param {Error} [err] */
  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    clearTimeout(this.timer);
    if (err) this.emit('error', err);
    this.emit('close');
    return this;
  }

  abort() {
    if (this.destroyed) return;
    this.emit('abort');
    this.destroy();
  }

  /** @param {string} name */
  getHeader(name) {
    return headerOf(this.headers, name.toLowerCase());
  }

  /** @param {string} name @param {unknown} value */
  setHeader(name, value) {
    this.headers = { ...this.headers, [name]: value };
  }
}

/**
 * Replaces http.request in this instance for the backend's URL.
 * @param {import('node:worker_threads').MessagePort} port
 * @param {string} backendUrl the SDK's endpoint (TCB_CONTEXT_CNFG.URL)
 */
function installBackendBridge(port, backendUrl) {
  const target = new URL(backendUrl);
  /** @type {Map<number, BridgedRequest>} */
  const waiting = new Map();
  let nextRid = 1;
  const realRequest = http.request;

  /** @param {unknown} first */
  function backendUrlOf(first) {
    if (typeof first !== 'string' && !(first instanceof URL)) return null;
    let url;
    try {
      url = new URL(String(first));
    } catch {
      return null;
    }
    return url.origin === target.origin && url.pathname === target.pathname ? url : null;
  }

  /** @param {BridgedRequest} req @param {(string | Buffer)[]} chunks */
  function send(req, chunks) {
    const rid = nextRid++;
    waiting.set(rid, req);
    req.once('close', () => waiting.delete(rid));
    const contentType = headerOf(req.headers, 'content-type') ?? '';
    // JSON goes as a string (cheapest to copy between threads); multipart (openapi) as its bytes.
    const text = chunks.every((c) => typeof c === 'string') && !/^multipart\//i.test(contentType);
    const payload = text ? chunks.join('') : Buffer.concat(chunks.map((c) => toBuffer(c, undefined)));
    port.postMessage({ type: 'backend', rid, authorization: headerOf(req.headers, 'authorization'), contentType, body: payload });
  }

  port.on('message', (/** @type {Answer} */ msg) => {
    if (!msg || msg.type !== 'backendAnswer') return;
    const req = waiting.get(msg.rid);
    waiting.delete(msg.rid);
    req?.answer(msg);
  });

  /** @type {typeof http.request} */
  const request = /** @type {any} */ (
    function request(/** @type {any[]} */ ...args) {
      const url = backendUrlOf(args[0]);
      const options = args[1] && typeof args[1] === 'object' ? args[1] : {};
      if (!url || String(options.method || 'GET').toUpperCase() !== 'POST') return Reflect.apply(realRequest, http, args);
      const req = new BridgedRequest(url, options, send);
      const cb = args.find((a) => typeof a === 'function');
      if (cb) req.once('response', cb);
      return req;
    }
  );
  http.request = request;
}

module.exports = { installBackendBridge };
