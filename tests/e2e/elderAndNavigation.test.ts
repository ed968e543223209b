import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { actAs, smallPhone, useH5App } from '../support/h5App';

/**
 * 长辈模式 and navigation (issue 14, item 7) and the favicon (item 10), on a
 * 375×667 phone: a tap anywhere on the 长辈模式 row switches it; the tab bar's
 * labels and the title bar grow with it; inner pages have a title bar with a
 * back button (home when the page was opened directly), tab pages only the
 * title; the page asks for nothing that is not there (no /favicon.ico 404).
 */
const app = useH5App();

const phone = () => smallPhone(app());

const url = (route: string) => `${app().cloud.cloud.url}${route}`;
const bar = (page: Page) => page.locator('#taro-navigation-bar');
const elderOn = (page: Page) => page.locator('.gt-profile.gt-elder').count();
// Runs in the page (this file compiles without the DOM typings).
const fontSize = (page: Page, selector: string) =>
  page.evaluate(`parseFloat(getComputedStyle(document.querySelector(${JSON.stringify(selector)})).fontSize)`) as Promise<number>;
const barClass = (page: Page) => page.evaluate(`document.getElementById('taro-navigation-bar').className`) as Promise<string>;

it('a tap anywhere on the 长辈模式 row switches it, and the tab bar and title bar labels grow with it', async () => {
  const page = await phone();
  await actAs(app(), page, '王秀英');
  const row = page.locator('.gt-profile__elder');
  const labelBefore = await fontSize(page, '.gt-tab-bar__label');
  const titleBefore = await fontSize(page, '.taro-navigation-bar-title');
  expect(await elderOn(page)).toBe(0);

  // On its words, far from the toggle (a tap at that spot: the words themselves take no taps).
  const words = (await page.locator('.gt-profile__elder .gt-switch__title').boundingBox())!;
  await page.mouse.click(words.x + words.width / 2, words.y + words.height / 2);
  await eventually(async () => expect(await elderOn(page)).toBe(1));
  expect(await fontSize(page, '.gt-tab-bar__label')).toBeGreaterThanOrEqual(Math.max(18, labelBefore * 1.5));
  expect(await fontSize(page, '.taro-navigation-bar-title')).toBeGreaterThan(titleBefore);
  // The labels still fit in the taller bar: nothing hangs below the screen.
  const bottom = (await page.evaluate(
    `Math.max(...Array.from(document.querySelectorAll('.gt-tab-bar__label')).map((l) => l.getBoundingClientRect().bottom))`,
  )) as number;
  expect(bottom).toBeLessThanOrEqual(667);
  // The save is a cloud call (a cold function instance on a loaded CI machine takes seconds): a longer wait, same check.
  await eventually(() => {
    const [me] = app().cloud.cloud.store.find('users', { _id: 'demo-resident-wang' }) as unknown as Array<{ elderMode?: boolean }>;
    expect(me.elderMode).toBe(true);
  }, 300);

  // At the row's right edge, on the toggle: one switch, not two.
  // Positions relative to the row, taken when it is stable (the bars above it grow with 长辈模式).
  const box = (await row.boundingBox())!;
  await row.click({ position: { x: box.width - 8, y: box.height / 2 } });
  await eventually(async () => expect(await elderOn(page)).toBe(0));
  expect(await fontSize(page, '.gt-tab-bar__label')).toBe(labelBefore);
  // And at its left edge (measured again: the row is smaller out of 长辈模式).
  const small = (await row.boundingBox())!;
  await row.click({ position: { x: 4, y: small.height / 2 } });
  await eventually(async () => expect(await elderOn(page)).toBe(1));
});

it('inner pages have a title bar with back; a tab page has only its title', async () => {
  const page = await phone();
  await actAs(app(), page, '王秀英');
  await bar(page).locator('.taro-navigation-bar-title', { hasText: '我的' }).waitFor();
  expect(await barClass(page)).not.toMatch(/back-icon|home-icon/);

  // Back at once, as an impatient thumb does: 我的 is there again, not a blank page.
  await page.locator('.gt-console-entry__board').click();
  await bar(page).locator('.taro-navigation-bar-title', { hasText: '网谈回音' }).waitFor();
  await bar(page).locator('.taro-navigation-bar-back').click();
  await page.waitForURL(/pages\/profile\/index/);
  await page.locator('.gt-profile__elder').waitFor();
  await page.waitForTimeout(600);
  expect(await page.locator('.gt-profile__elder').isVisible()).toBe(true);

  await page.locator('.gt-console-entry__board').click();
  await page.waitForURL(/packages\/console\/board/);
  await bar(page).locator('.taro-navigation-bar-title', { hasText: '网谈回音' }).waitFor();
  expect(await barClass(page)).toContain('taro-navigation-bar-back-icon');
  const back = bar(page).locator('.taro-navigation-bar-back');
  expect(await back.isVisible()).toBe(true);
  // A thumb-sized target, not a 24-pixel icon.
  const target = (await back.boundingBox())!;
  expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(44);

  await back.click();
  await page.waitForURL(/pages\/profile\/index/);
  await bar(page).locator('.taro-navigation-bar-title', { hasText: '我的' }).waitFor();
  await page.locator('.gt-profile__elder').waitFor();
});

it('a page opened directly (a shared link) offers the way home instead of back', async () => {
  const page = await phone();
  await page.goto(url('/packages/console/board/index'));
  await bar(page).locator('.taro-navigation-bar-title', { hasText: '网谈回音' }).waitFor();
  expect(await barClass(page)).toContain('taro-navigation-bar-home-icon');
  await bar(page).locator('.taro-navigation-bar-home').click();
  await page.waitForURL(/pages\/index\/index/);
  await bar(page).locator('.taro-navigation-bar-title', { hasText: '网格通' }).waitFor();
});

it('the H5 build has a favicon: the browser asks for nothing that is missing', async () => {
  const page = await phone();
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url('/pages/index/index'));
  await page.waitForLoadState('networkidle');
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(icon).toMatch(/^data:image\/svg\+xml,/);
  // The mark decodes as an image.
  const width = await page.evaluate(
    `new Promise((resolve) => { const img = new Image(); img.onload = () => resolve(img.naturalWidth); img.onerror = () => resolve(0); img.src = document.querySelector('link[rel="icon"]').href; })`,
  );
  expect(width).toBeGreaterThan(0);
  expect(missing).toEqual([]);
  expect(errors.filter((e) => /favicon|404/i.test(e))).toEqual([]);
});
