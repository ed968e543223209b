import type { Page } from 'playwright-core';

/** Resolves once a service worker controls the page (it has cached the resident's pages by then). */
export async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      Boolean((globalThis as unknown as { navigator: { serviceWorker?: { controller: unknown } } }).navigator.serviceWorker?.controller),
    undefined,
    { timeout: 60_000 },
  );
}
