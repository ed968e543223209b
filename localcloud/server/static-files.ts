import fs from 'node:fs';
import { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { sendText } from './http-util';
import { mimeType } from './mime';

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

/**
 * Serves the H5 build. Unknown paths without an extension get index.html, so
 * client-side routes survive a reload; a missing build gets a plain answer.
 */
export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, urlPath: string): void {
  const rootDir = path.resolve(root);
  const index = path.join(rootDir, 'index.html');
  if (!fs.existsSync(index)) {
    sendText(res, 503,
      `The H5 build is missing: ${index} does not exist.\n` +
      'Build the H5 app (the start script does it), then reload this page.\n' +
      'The cloud API (/cloud/<function>, /dev/...) works without it.\n');
    return;
  }
  let file = fileAt(rootDir, urlPath);
  if (!file) {
    if (path.posix.extname(urlPath)) {
      sendText(res, 404, `Not found: ${urlPath}\n`);
      return;
    }
    file = index;
  }
  const stat = fs.statSync(file);
  res.writeHead(200, {
    'content-type': mimeType(file),
    'content-length': stat.size,
    // index.html must not be cached so a rebuild shows up; hashed assets may be.
    'cache-control': file === index ? 'no-cache' : 'public, max-age=300',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file).pipe(res);
}
