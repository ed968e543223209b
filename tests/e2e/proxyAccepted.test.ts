import type { Page } from 'playwright-core';
import { actAs, useH5App } from '../support/h5App';

/**
 * 代办 without busywork (issue 14, item 8), on a 375×667 phone: 汪德华,
 * 网格长 of 湖滨村第一网格, files for an old neighbour in his own grid. The
 * request is his and already accepted (the 受理 step on its timeline); he
 * goes straight to the work, with no 受理 of his own to tap. A 矛盾调解
 * request would otherwise go to the grid's mediator, 周义青.
 */

const app = useH5App();

function tap(page: Page, label: string): Promise<void> {
  return page.locator('.gt-button', { hasText: new RegExp(`^\\s*${label}\\s*$`) }).click();
}

it('a grid member files 代办 in his own grid: it is his, accepted at once, the step recorded', async () => {
  const page = await app().browser.newPage();
  await page.setViewportSize({ width: 375, height: 667 });
  await actAs(app(), page, '汪德华');
  await page.goto(`${app().cloud.cloud.url}/packages/requests/proxy-file/index`);
  await page.locator('.gt-proxy__name input').fill('汪桂花');
  await page.locator('.gt-proxy__household input').fill('汪屋组12号 汪桂花户');
  await page.locator('.gt-proxy__phone input').fill('13905567777');
  await page.locator('[data-category="mediation"]').click();
  await page.locator('.gt-proxy__text textarea').fill('汪奶奶和邻居为排水沟的事吵起来了，请帮忙调解。');
  await tap(page, '提交');

  await page.waitForURL(/requests\/detail/);
  await page.locator('.gt-request__state', { hasText: '办理中' }).waitFor();
  await page.locator('.gt-request__handler', { hasText: '汪德华' }).waitFor();
  await page.locator('.gt-timeline__entry', { hasText: '受理了诉求，开始办理' }).waitFor();
  // Nothing waits for his own 受理: the next steps are the work itself.
  await expect(page.locator('.gt-button', { hasText: /^\s*受理\s*$/ }).count()).resolves.toBe(0);
  await page.locator('.gt-button', { hasText: '办结' }).first().waitFor();

  const [stored] = (await app().cloud.cloud.store.find('requests', { residentName: '汪桂花' })) as Array<{
    state: string;
    openHandlerId: string;
    ledger: Array<{ kind: string }>;
  }>;
  expect(stored.state).toBe('accepted');
  expect(stored.openHandlerId).toBe('demo-grid-wang');
  expect(stored.ledger.map((e) => e.kind)).toEqual(['submitted', 'routed', 'accepted']);
});
