import { chromium, type Browser, type Page } from 'playwright-core';
import { watchSubscribeOutsideTap } from './subscribeViolations';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface TestBrowser {
  browser: Browser;
  /** A fresh page (own storage) as if on a new phone. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium, headless. The background-networking flags matter here:
 * without them Chromium keeps dialling out, and this machine has no network.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
      const page = await context.newPage();
      watchSubscribeOutsideTap(page);
      return page;
    },
    async close() {
      // Playwright gives each launch its own temporary profile and removes it.
      await browser.close();
    },
  };
}
