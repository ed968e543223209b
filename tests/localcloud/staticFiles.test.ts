/**
 * How the runtime serves the H5 build: precompressed twins by
 * Accept-Encoding, a year's immutable caching for hashed files, ETag
 * revalidation for index.html and other unhashed files.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { accepts } from '../../localcloud/server/content-coding';
import { serveStatic } from '../../localcloud/server/static-files';
import { precompress } from '../../scripts/h5/precompress';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

let root: string;
let server: http.Server;
let port: number;

const APP = `console.log(${JSON.stringify('网格通 '.repeat(400))});`;
const INDEX = `<!doctype html><html><head><title>网格通</title><script src="/js/app.1a2b3c4d.js"></script></head><body>${'<div></div>'.repeat(50)}</body></html>`;

function get(urlPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function write(relative: string, content: string | Buffer): string {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'wgt-static-'));
  write('index.html', INDEX);
  write('js/app.1a2b3c4d.js', APP);
  write('css/app.0d4b1441.css', `.gt-home{color:red}${'.x{margin:0}'.repeat(100)}`);
  write('sw.js', `self.addEventListener('fetch', () => {});${' '.repeat(400)}`);
  precompress(root);
  server = http.createServer((req, res) => serveStatic(req, res, root, new URL(req.url ?? '/', 'http://x').pathname));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(root, { recursive: true, force: true });
});

describe('precompressed twins', () => {
  it('serves brotli when the browser accepts it, and says so', async () => {
    const answer = await get('/js/app.1a2b3c4d.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.headers['content-type']).toMatch(/javascript/);
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(Buffer.byteLength(APP) / 4);
    expect(brotliDecompressSync(answer.body).toString()).toBe(APP);
  });

  it('serves gzip to a browser without brotli, or with brotli refused (q=0)', async () => {
    for (const acceptEncoding of ['gzip, deflate', 'br;q=0, gzip;q=0.8']) {
      const answer = await get('/js/app.1a2b3c4d.js', { 'accept-encoding': acceptEncoding });
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(answer.body).toString()).toBe(APP);
    }
  });

  it('serves the file itself to a client that accepts no coding, still varying by Accept-Encoding', async () => {
    const cases: Array<Record<string, string>> = [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'gzip;q=0, br;q=0' }];
    for (const headers of cases) {
      const answer = await get('/js/app.1a2b3c4d.js', headers);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.body.toString()).toBe(APP);
    }
  });

  it('never serves a twin older than its file (left by an earlier build)', async () => {
    const file = write('js/stale.9f8e7d6c.js', 'old();'.repeat(100));
    fs.writeFileSync(`${file}.br`, brotliCompressSync(Buffer.from('old();'.repeat(100))));
    fs.writeFileSync(`${file}.gz`, gzipSync(Buffer.from('old();'.repeat(100))));
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(`${file}.br`, past, past);
    fs.utimesSync(`${file}.gz`, past, past);
    fs.writeFileSync(file, 'fresh();'.repeat(100));
    const answer = await get('/js/stale.9f8e7d6c.js', { 'accept-encoding': 'br, gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe('fresh();'.repeat(100));
  });

  it('answers HEAD with the headers of the chosen form and no body', async () => {
    const answer = await get('/js/app.1a2b3c4d.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(answer.headers['content-encoding']).toBe('br');
    expect(Number(answer.headers['content-length'])).toBeGreaterThan(0);
    expect(answer.body.length).toBe(0);
  });
});

describe('caching', () => {
  it('keeps hashed assets a year without asking again', async () => {
    for (const file of ['/js/app.1a2b3c4d.js', '/css/app.0d4b1441.css']) {
      const answer = await get(file, { 'accept-encoding': 'br' });
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('revalidates index.html with its ETag: unchanged costs a 304 without a body, a new build a 200', async () => {
    const first = await get('/', { 'accept-encoding': 'gzip' });
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);

    const again = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe('no-cache');

    // Each form has its own tag: the gzip one does not validate the brotli bytes.
    const otherForm = await get('/', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(otherForm.status).toBe(200);
    expect(otherForm.headers.etag).not.toBe(etag);

    write('index.html', INDEX.replace('网格通', '网格通 新版'));
    precompress(root);
    const deployed = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(deployed.status).toBe(200);
    expect(deployed.headers.etag).not.toBe(etag);
    expect(gunzipSync(deployed.body).toString()).toContain('新版');
  });

  it('gives a client-side route index.html with the same rules', async () => {
    const answer = await get('/pages/request-list/index', { 'if-none-match': 'W/"nothing", "other"' });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-cache');
    const tag = answer.headers.etag as string;
    expect((await get('/pages/request-list/index', { 'if-none-match': `W/${tag}` })).status).toBe(304);
    expect((await get('/pages/request-list/index', { 'if-none-match': '*' })).status).toBe(304);
  });

  it('revalidates unhashed files such as the service worker', async () => {
    const answer = await get('/sw.js');
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers.etag).toBeDefined();
  });

  it('answers a missing asset 404, not index.html', async () => {
    expect((await get('/js/missing.12345678.js')).status).toBe(404);
  });
});

describe('Accept-Encoding', () => {
  it('reads q-values and the wildcard', () => {
    expect(accepts('gzip, deflate, br', 'br')).toBe(true);
    expect(accepts('br;q=0', 'br')).toBe(false);
    expect(accepts('BR ; Q=0.5', 'br')).toBe(true);
    expect(accepts('*', 'gzip')).toBe(true);
    expect(accepts('*;q=0, gzip', 'br')).toBe(false);
    expect(accepts('x-gzip', 'gzip')).toBe(true);
    expect(accepts(undefined, 'gzip')).toBe(false);
    expect(accepts('', 'br')).toBe(false);
  });
});
