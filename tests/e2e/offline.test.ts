import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { routeManifestPath } from '../../config/h5RouteManifest';
import { finishH5Build } from '../../scripts/h5/finishBuild';
import { actAs } from '../support/actAs';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { controlledByServiceWorker } from '../support/serviceWorker';
import { startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * The H5 build's service worker: after one visit the pages a resident needs
 * open without any network, and a deploy is seen on the next visit (the
 * worker never keeps serving an old index.html).
 */
const built = path.resolve(__dirname, '../../dist/h5');

let browser: TestBrowser;
const cleanups: Array<() => Promise<void> | void> = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A copy of the build (a test may deploy over it) served by a fresh local cloud. */
async function serveCopy(): Promise<{ cloud: TestCloud; h5Dir: string; close(): Promise<void> }> {
  const h5Dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'wgt-h5-')), 'h5');
  cpSync(built, h5Dir, { recursive: true });
  cpSync(routeManifestPath(built), routeManifestPath(h5Dir));
  const cloud = await startTestCloud({ staticDir: h5Dir });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await cloud.close();
  };
  cleanups.push(close, () => rmSync(path.dirname(h5Dir), { recursive: true, force: true }));
  return { cloud, h5Dir, close };
}

function buildMarker(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      (globalThis as unknown as { document: { querySelector(s: string): { getAttribute(n: string): string | null } | null } }).document
        .querySelector('meta[name="wgt-build"]')
        ?.getAttribute('content') ?? null,
  );
}

it('opens the filing page, the 诉求 tab and the app itself without any network after one visit', async () => {
  const served = await serveCopy();
  const base = served.cloud.cloud.url;
  const page = await browser.newPage();
  await actAs(page, base, '王秀英');
  await page.goto(`${base}/pages/index/index`);
  await page.locator('.gt-contact-card').first().waitFor();
  await controlledByServiceWorker(page);

  // Nothing from here on can reach the server: the phone is offline and the server is gone.
  await page.context().setOffline(true);
  await served.close();

  // 我要反映问题: the filing page, whose code this visit never loaded.
  await page.locator('.gt-home__file .gt-button').click();
  await page.locator('.gt-new-request').waitFor();

  // Back home, then the 诉求 tab, never opened in this visit either.
  await page.goBack();
  await page.locator('.gt-home__file').waitFor();
  await page.locator('.gt-tab-bar:visible .gt-tab-bar__item', { hasText: '诉求' }).click();
  await page.locator('.gt-request-list__new').waitFor();

  // The app opened again without a network: the shell from the cache, the home page's code with it.
  await page.goto(`${base}/pages/index/index`);
  await page.locator('.gt-tab-bar__item', { hasText: '首页' }).waitFor();
  await page.locator('.gt-home').waitFor();
});

it('shows a new deploy on the next visit, never the cached index.html', async () => {
  const served = await serveCopy();
  const base = served.cloud.cloud.url;
  const page = await browser.newPage();
  await actAs(page, base, '王秀英');
  await page.goto(`${base}/pages/index/index`);
  await controlledByServiceWorker(page);
  expect(await buildMarker(page)).toBeNull();

  // A deploy: a new index.html (and with it a new worker).
  const indexFile = path.join(served.h5Dir, 'index.html');
  writeFileSync(indexFile, readFileSync(indexFile, 'utf8').replace('<title>', '<meta name="wgt-build" content="2"><title>'));
  finishH5Build(served.h5Dir);

  await page.goto(`${base}/pages/index/index`);
  expect(await buildMarker(page)).toBe('2');
  await page.locator('.gt-contact-card').first().waitFor();
});
