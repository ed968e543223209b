import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { actAs, smallPhone, useH5App } from '../support/h5App';

/**
 * The H5 tab bar is ours (custom-tab-bar/, drawn by each tab page), not
 * Taro's web component: on a 375×667 phone it shows the three tabs with the
 * page's own tab marked from the start, switches tabs (switchTab: the tab
 * page's show hook runs again), leaves the page's end reachable above it,
 * stays off inner pages and comes back with the tab marked after back, a
 * reload and a link straight to a tab page.
 */
const app = useH5App();

const phone = () => smallPhone(app());

const url = (route: string) => `${app().cloud.cloud.url}${route}`;
/** The bar on screen (each tab page draws one; the hidden pages' are not visible). */
const visibleBar = (page: Page) => page.locator('.gt-tab-bar:visible');
const tab = (page: Page, label: string) => visibleBar(page).locator('.gt-tab-bar__item', { hasText: label });
const selectedLabel = (page: Page) => visibleBar(page).locator('.gt-tab-bar__item--selected .gt-tab-bar__label').innerText();
// Runs in the page (this file compiles without the DOM typings).
const iconsDrawn = (page: Page) =>
  page.evaluate(
    `Array.from(document.querySelectorAll('.gt-tab-bar__icon img')).filter((i) => i.getBoundingClientRect().width > 0).map((i) => i.complete && i.naturalWidth > 0)`,
  ) as Promise<boolean[]>;

/** The font size of the visible bar's first label, in CSS pixels. */
const labelSize = (page: Page) =>
  page.evaluate(
    `parseFloat(getComputedStyle(Array.from(document.querySelectorAll('.gt-tab-bar__label')).find((l) => l.getBoundingClientRect().width > 0)).fontSize)`,
  ) as Promise<number>;

it('shows our three tabs with the page’s own marked, and switches between them', async () => {
  const page = await phone();
  await actAs(app(), page, '王秀英');
  await page.goto(url('/pages/index/index'));
  await page.locator('.gt-contact-card').first().waitFor();
  expect(await visibleBar(page).count()).toBe(1);
  expect(await visibleBar(page).locator('.gt-tab-bar__item').allInnerTexts()).toEqual(['首页', '诉求', '我的']);
  expect(await selectedLabel(page)).toBe('首页');
  expect(await tab(page, '首页').getAttribute('aria-selected')).toBe('true');
  await eventually(async () => expect(await iconsDrawn(page)).toEqual([true, true, true]));
  // No web component of Taro's: its bar is not drawn.
  expect(await page.locator('taro-tabbar').count()).toBe(0);

  const listCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/cloud/requests') listCalls.push(request.url());
  });
  await tab(page, '诉求').click();
  await page.waitForURL(/pages\/request-list\/index/);
  await page.locator('.gt-request-list__new').waitFor();
  expect(await selectedLabel(page)).toBe('诉求');
  expect(await page.locator('.gt-home').isVisible()).toBe(false);
  expect(await visibleBar(page).count()).toBe(1);
  await eventually(() => expect(listCalls.length).toBeGreaterThan(0));
  await page.waitForTimeout(1000);
  const firstVisit = listCalls.length;

  await tab(page, '首页').click();
  await page.waitForURL(/pages\/index\/index/);
  await page.locator('.gt-contact-card').first().waitFor();
  expect(await selectedLabel(page)).toBe('首页');
  // Back on 诉求: its show hook reloads the list (the page was kept, not drawn again).
  await tab(page, '诉求').click();
  await page.waitForURL(/pages\/request-list\/index/);
  await eventually(() => expect(listCalls.length).toBe(firstVisit + 1));
  expect(await selectedLabel(page)).toBe('诉求');
});

it('leaves the end of a tab page above the bar, in 长辈模式 too', async () => {
  const page = await phone();
  await actAs(app(), page, '王秀英');
  const lastRowAboveBar = async () => {
    const shell = page.locator('.gt-profile');
    const last = shell.locator(':scope > *:not(.gt-tab-bar)').last();
    // To the end of the page (Taro's router scrolls each page in its own box).
    await page.evaluate(
      `(() => { const box = document.querySelector('.gt-profile').closest('.taro_page'); box.scrollTop = box.scrollHeight; })()`,
    );
    await page.waitForTimeout(200);
    const row = (await last.boundingBox())!;
    const bar = (await visibleBar(page).boundingBox())!;
    expect(bar.y + bar.height).toBeLessThanOrEqual(667);
    expect(row.y + row.height).toBeLessThanOrEqual(bar.y);
    return bar.height;
  };
  const barHeight = await lastRowAboveBar();
  const label = await labelSize(page);

  await page.locator('.gt-profile__elder').click({ position: { x: 4, y: 8 } });
  await page.locator('.gt-profile.gt-elder').waitFor();
  expect(await page.locator('.gt-tab-bar--elder:visible').count()).toBe(1);
  expect(await labelSize(page)).toBeGreaterThanOrEqual(Math.max(18, label * 1.5));
  expect(await lastRowAboveBar()).toBeGreaterThan(barHeight);
  // Back out of 长辈模式 for the other tests of this file (the choice is saved for the person).
  await page.locator('.gt-profile__elder').click({ position: { x: 4, y: 8 } });
  await page.locator('.gt-profile:not(.gt-elder)').waitFor();
});

it('is not on inner pages, and comes back marked after back, a reload and a direct link', async () => {
  const page = await phone();
  await actAs(app(), page, '王秀英');
  await page.goto(url('/pages/index/index'));
  await page.locator('.gt-home__file .gt-button').click();
  await page.locator('.gt-new-request').waitFor();
  expect(await visibleBar(page).count()).toBe(0);
  await page.goBack();
  await page.locator('.gt-home__file').waitFor();
  expect(await selectedLabel(page)).toBe('首页');

  await page.goto(url('/pages/request-list/index'));
  await page.locator('.gt-request-list__new').waitFor();
  expect(await selectedLabel(page)).toBe('诉求');
  await page.reload();
  await page.locator('.gt-request-list__new').waitFor();
  expect(await selectedLabel(page)).toBe('诉求');
  expect(await visibleBar(page).count()).toBe(1);

  await page.goto(url('/pages/profile/index'));
  await page.locator('.gt-profile__elder').waitFor();
  expect(await selectedLabel(page)).toBe('我的');
  await tab(page, '首页').click();
  await page.waitForURL(/pages\/index\/index/);
  await page.locator('.gt-contact-card').first().waitFor();
  expect(await selectedLabel(page)).toBe('首页');
});
