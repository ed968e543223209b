import type { Page } from 'playwright-core';

/** What the H5 build's requestSubscribeMessage reports when a page calls it outside a tap (src/services/subscribe/h5.ts). */
const OUTSIDE_TAP = 'can only be invoked by user TAP gesture';

const seen: string[] = [];

/**
 * Watches a page for a subscribe request made outside a tap: on WeChat it
 * would silently show no dialog, so no message would ever reach that
 * person. tests/support/failOnSubscribeOutsideTap.ts fails the test.
 */
export function watchSubscribeOutsideTap(page: Page): void {
  page.on('pageerror', (error) => {
    if (error.message.includes(OUTSIDE_TAP)) seen.push(`${page.url()}: ${error.message}`);
  });
}

/** The violations seen since the last call (a test that provokes one on purpose takes it here). */
export function takeSubscribeOutsideTap(): string[] {
  return seen.splice(0);
}
