import { IncomingMessage, ServerResponse } from 'node:http';
import { fileIdFor, validCloudPath } from '../backend/file-ids';
import { clientMayRead } from '../backend/storage-rules';
import { ServerDeps } from './deps';
import { header, HttpError, readBody, sendJson } from './http-util';

const UPLOAD_LIMIT = 50 * 1024 * 1024;

/** PUT <upload url>: the second half of uploadFile (the COS PUT). Success is an empty body. */
export async function handleUploadPut(req: IncomingMessage, res: ServerResponse, deps: ServerDeps, token: string): Promise<void> {
  if (req.method !== 'PUT' && req.method !== 'POST') throw new HttpError(405, 'use PUT');
  const slot = deps.uploads.take(token);
  const bytes = await readBody(req, UPLOAD_LIMIT);
  if (!slot) {
    // COS answers errors in XML; the SDK parses this shape.
    const xml =
      '<?xml version="1.0" encoding="utf-8"?><Error><Code>AccessDenied</Code>' +
      '<Message>upload URL unknown or expired</Message><RequestId>local</RequestId><TraceId>local</TraceId></Error>';
    res.writeHead(403, { 'content-type': 'application/xml' });
    res.end(xml);
    return;
  }
  deps.store.files.save(slot.fileId, slot.cloudPath, bytes, slot.uploader);
  res.writeHead(200, { 'content-length': 0 });
  res.end();
}

/** GET <tempFileURL>: the stored bytes. */
export function handleDownload(req: IncomingMessage, res: ServerResponse, deps: ServerDeps, encodedPath: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'use GET');
  let cloudPath: string;
  try {
    cloudPath = encodedPath.split('/').map(decodeURIComponent).join('/');
  } catch {
    throw new HttpError(400, 'bad file path');
  }
  const file = deps.store.files.getByPath(cloudPath);
  const bytes = file ? deps.store.files.read(file.fileId) : null;
  if (!file || !bytes) throw new HttpError(404, `no such file: ${cloudPath}`);
  res.writeHead(200, { 'content-type': file.contentType, 'content-length': bytes.length, 'cache-control': 'private, max-age=300' });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** POST /dev/upload?cloudPath=...: lets the H5 client upload photos (raw body) as the given user. */
export async function handleDevUpload(req: IncomingMessage, res: ServerResponse, deps: ServerDeps, url: URL): Promise<void> {
  if (req.method !== 'POST' && req.method !== 'PUT') throw new HttpError(405, 'use POST');
  const cloudPath = url.searchParams.get('cloudPath');
  if (!validCloudPath(cloudPath)) throw new HttpError(400, 'query parameter cloudPath is missing or invalid');
  const bytes = await readBody(req, UPLOAD_LIMIT);
  const fileID = fileIdFor(deps.envId, cloudPath);
  deps.store.files.save(fileID, cloudPath, bytes, header(req, 'x-wx-openid')?.trim() || null);
  sendJson(res, 200, { fileID });
}

/**
 * GET /dev/download?fileID=...: what `wx.cloud.downloadFile({ fileID })` does
 * for the mini-program user in `X-WX-OPENID`, for the H5 build: the bytes of a
 * file of this environment, when the storage security rule lets that user
 * read it (storage-rules.ts). Refusals answer `{ errCode, errMsg }` as the
 * SDK's failures do.
 */
export function handleDevDownload(req: IncomingMessage, res: ServerResponse, deps: ServerDeps, url: URL): void {
  if (req.method !== 'GET') throw new HttpError(405, 'use GET');
  const fileID = url.searchParams.get('fileID') ?? '';
  const openid = header(req, 'x-wx-openid')?.trim() || null;
  if (!openid) throw new HttpError(401, 'cloud.downloadFile:fail no signed-in user (X-WX-OPENID)');
  const file = fileID ? deps.store.files.get(fileID) : null;
  const bytes = file ? deps.store.files.read(file.fileId) : null;
  if (!file || !bytes) throw new HttpError(404, `cloud.downloadFile:fail STORAGE_FILE_NONEXIST ${fileID}`);
  if (!clientMayRead(file, openid))
    throw new HttpError(403, 'cloud.downloadFile:fail STORAGE_EXCEED_AUTHORITY: the storage rule does not let this user read the file');
  res.writeHead(200, { 'content-type': file.contentType, 'content-length': bytes.length, 'cache-control': 'no-store' });
  res.end(bytes);
}
