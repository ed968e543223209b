import type { Page } from 'playwright-core';

/** Picks a demo identity with the H5 build's switcher on 我的 (local cloud runtime only). */
export async function actAs(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/pages/profile/index`);
  await page.locator('.gt-dev-identity__person', { hasText: name }).first().click();
  await page.locator('.gt-dev-identity__current', { hasText: name }).waitFor();
}
