import path from 'node:path';
import type { Page } from 'playwright-core';
import { actAs as actAsOn } from './actAs';
import { launchBrowser, type TestBrowser } from './browser';
import { startTestCloud, type TestCloud } from './testCloud';

/** The H5 build served by a fresh local cloud with demo data, and a browser to drive it. */
export interface H5App {
  cloud: TestCloud;
  browser: TestBrowser;
}

/**
 * Starts the app before the file's tests and stops it after them; the
 * returned getter gives it to the tests. `prepare` runs on the fresh store
 * before the browser starts (extra people, say).
 */
export function useH5App(prepare?: (cloud: TestCloud) => void | Promise<void>): () => H5App {
  let app: H5App | undefined;
  let cloud: TestCloud | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    cloud = await startTestCloud({ staticDir: path.resolve(__dirname, '../../dist/h5') });
    await prepare?.(cloud);
    browser = await launchBrowser();
    app = { cloud, browser };
  });
  afterAll(async () => {
    await browser?.close();
    await cloud?.close();
  });
  return () => {
    if (!app) throw new Error('the H5 app is not started (use it inside a test)');
    return app;
  };
}

/** Picks a demo identity on 我的 (the H5 build's demo role switcher). */
export function actAs(app: H5App, page: Page, name: string): Promise<void> {
  return actAsOn(page, app.cloud.cloud.url, name);
}

/** A new page the size of a small phone (375×667, as an iPhone 8's screen). */
export async function smallPhone(app: H5App): Promise<Page> {
  const page = await app.browser.newPage();
  await page.setViewportSize({ width: 375, height: 667 });
  return page;
}
