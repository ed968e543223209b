import type { Page } from 'playwright-core';

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
