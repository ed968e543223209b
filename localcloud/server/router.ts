import { IncomingMessage, ServerResponse } from 'node:http';
import { ADMIN_BODY_LIMIT, handleAdmin } from '../backend/admin-handler';
import { DOWNLOAD_PREFIX, UPLOAD_PREFIX } from '../backend/file-ids';
import { handleCloudCall } from './cloud-routes';
import { ServerDeps } from './deps';
import { handleDev } from './dev-routes';
import { header, HttpError, readBody, sendJson } from './http-util';
import { serveStatic } from './static-files';
import { handleDownload, handleUploadPut } from './storage-routes';

async function route(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const p = url.pathname;

  if (p === '/admin') {
    if (req.method !== 'POST') throw new HttpError(405, 'use POST');
    // Before the body: a transaction's operation sent before the previous one was answered is caught by this.
    const arrivedAt = performance.now();
    const answer = await handleAdmin(
      {
        contentType: header(req, 'content-type') ?? '',
        authorization: header(req, 'authorization'),
        body: await readBody(req, ADMIN_BODY_LIMIT),
        arrivedAt,
      },
      deps.admin,
    );
    const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
    res.writeHead(200, { 'content-type': answer.contentType, 'content-length': body.length });
    res.end(body);
    return;
  }
  if (p.startsWith('/cloud/')) {
    const name = decodeURIComponent(p.slice('/cloud/'.length));
    return handleCloudCall(req, res, deps, name);
  }
  if (p.startsWith(UPLOAD_PREFIX)) return handleUploadPut(req, res, deps, p.slice(UPLOAD_PREFIX.length));
  if (p.startsWith(DOWNLOAD_PREFIX)) return handleDownload(req, res, deps, p.slice(DOWNLOAD_PREFIX.length));
  if (p === '/dev' || p.startsWith('/dev/')) return handleDev(req, res, deps, url);
  if (req.method === 'GET' || req.method === 'HEAD') return serveStatic(req, res, deps.staticDir, p);
  throw new HttpError(405, `${req.method ?? ''} ${p} is not supported`);
}

/** The single request handler behind the one local port. */
export function createRequestHandler(deps: ServerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    route(req, res, deps).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      if (status === 500) console.error('[localcloud] request failed:', err);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendJson(res, status, { errCode: -1, errMsg: err instanceof Error ? err.message : String(err) });
    });
  };
}
