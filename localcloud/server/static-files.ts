import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { accepts, CODINGS, type ContentCoding } from './content-coding';
import { header, sendText } from './http-util';
import { mimeType } from './mime';

/**
 * A file name carrying its content hash (`app.1a2b3c4d.js`, `app.1a2b…9f.css`):
 * the same name always holds the same bytes, so browsers keep it a year
 * without asking again. Everything else (index.html, sw.js) is revalidated.
 */
const HASHED_NAME = /\.[0-9a-f]{8,32}\.[a-z0-9]+$/i;

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

function fileAt(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const target = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  try {
    const stat = fs.statSync(target);
    if (stat.isFile()) return target;
    if (stat.isDirectory()) {
      const index = path.join(target, 'index.html');
      return fs.existsSync(index) ? index : null;
    }
  } catch {
    return null;
  }
  return null;
}

/** One servable form of a file: itself, or its precompressed twin written by the build. */
interface Representation {
  file: string;
  size: number;
  coding: ContentCoding | null;
  etag: string;
}

const etags = new Map<string, { mtimeMs: number; size: number; etag: string }>();

/** A strong ETag from the file's bytes, remembered until the file changes. */
function etagOf(file: string, stat: fs.Stats): string {
  const known = etags.get(file);
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.etag;
  const etag = createHash('sha256').update(fs.readFileSync(file)).digest('base64url').slice(0, 27);
  etags.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, etag });
  return etag;
}

function statOrNull(file: string): fs.Stats | null {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/**
 * The best form the client accepts. A twin older than the file is from an
 * earlier build and is never served. Each form has its own ETag (the bytes
 * differ), derived from the file's.
 */
function representationOf(file: string, acceptEncoding: string | undefined): Representation {
  const stat = fs.statSync(file);
  const etag = etagOf(file, stat);
  for (const { coding, suffix } of CODINGS) {
    if (!accepts(acceptEncoding, coding)) continue;
    const twin = statOrNull(file + suffix);
    // Whole milliseconds: file systems keep finer times than utimes() can set.
    if (twin && Math.floor(twin.mtimeMs) >= Math.floor(stat.mtimeMs))
      return { file: file + suffix, size: twin.size, coding, etag: `"${etag}-${coding}"` };
  }
  return { file, size: stat.size, coding: null, etag: `"${etag}"` };
}

/** Whether the file has precompressed twins, so that the answer depends on Accept-Encoding. */
function hasTwins(file: string): boolean {
  return CODINGS.some(({ suffix }) => fs.existsSync(file + suffix));
}

/** If-None-Match (RFC 9110 §13.1.2): weak comparison, `*` matches any. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * Serves the H5 build as a product should be served to a slow phone:
 * - the brotli or gzip file the build wrote beside each asset, as the
 *   browser's Accept-Encoding allows (`Content-Encoding`, `Vary`);
 * - hashed assets cached for a year, immutable;
 * - index.html and other unhashed files revalidated every time by ETag, so a
 *   deploy shows at once and an unchanged page costs a 304.
 * Unknown paths without an extension get index.html, so client-side routes
 * survive a reload; a missing build gets a plain answer.
 */
export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, urlPath: string): void {
  const rootDir = path.resolve(root);
  const index = path.join(rootDir, 'index.html');
  if (!fs.existsSync(index)) {
    sendText(
      res,
      503,
      `The H5 build is missing: ${index} does not exist.\n` +
        'Build the H5 app (the start script does it), then reload this page.\n' +
        'The cloud API (/cloud/<function>, /dev/...) works without it.\n',
    );
    return;
  }
  let file = fileAt(rootDir, urlPath);
  if (!file) {
    if (path.posix.extname(urlPath)) {
      sendText(res, 404, `Not found: ${urlPath}\n`, { 'cache-control': REVALIDATE });
      return;
    }
    file = index;
  }
  const chosen = representationOf(file, header(req, 'accept-encoding'));
  // What a 304 repeats (RFC 9110 §15.4.5), then what describes the body.
  const headers: Record<string, string | number> = {
    'cache-control': HASHED_NAME.test(path.basename(file)) ? IMMUTABLE : REVALIDATE,
    etag: chosen.etag,
  };
  if (hasTwins(file)) headers.vary = 'Accept-Encoding';
  if (matches(header(req, 'if-none-match'), chosen.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers['content-type'] = mimeType(file);
  headers['x-content-type-options'] = 'nosniff';
  if (chosen.coding) headers['content-encoding'] = chosen.coding;
  headers['content-length'] = chosen.size;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(chosen.file).pipe(res);
}
