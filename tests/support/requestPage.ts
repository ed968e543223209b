import type { Page } from 'playwright-core';
import { actAs, type H5App } from './h5App';

/** Taps the taro-ui button whose whole label is `label` (within a part of the page when given). */
export function tap(page: Page, label: string, within = ''): Promise<void> {
  return page.locator(`${within} .gt-button`.trim(), { hasText: new RegExp(`^\\s*${label}\\s*$`) }).click();
}

/** The state a request's page shows (已办结待评价, 已纳入规划 …). */
export const stateOf = (page: Page): Promise<string> => page.locator('.gt-request__state').innerText();

/** The data of a direct cloud call, or its message thrown. */
export async function data<T>(call: Promise<{ ok: true; data: T } | { ok: false; message: string }>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

/** A 375×667 phone of the app acting as a demo person. */
export async function phoneAs(app: H5App, name: string): Promise<Page> {
  const page = await app.browser.newPage();
  await page.setViewportSize({ width: 375, height: 667 });
  await actAs(app, page, name);
  return page;
}

/** Opens a request's page and waits until it shows the request. */
export async function openRequest(app: H5App, page: Page, id: string): Promise<void> {
  await page.goto(`${app.cloud.cloud.url}/packages/requests/detail/index?id=${id}`);
  await page.locator('.gt-request__category').waitFor();
}
