import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { actAs, useH5App } from '../support/h5App';

/**
 * The thin slice in a real browser against the H5 build and the local cloud:
 * a resident confirms their grid and sees its contact card, changes grid,
 * taps a phone number, and turns on 长辈模式.
 */
// Runs inside the page; this file compiles without the DOM typings.
declare function getComputedStyle(element: unknown): { fontSize: string };

const app = useH5App();

async function openHome(page: Page): Promise<void> {
  await page.goto(`${app().cloud.cloud.url}/pages/index/index`);
  await page.locator('.gt-contact-card').waitFor();
}

it('shows a resident their grid and its contact card, and calls a grid member', async () => {
  const page = await app().browser.newPage();
  const dialled: string[] = [];
  page.on('console', (message) => {
    const match = /tel:(\d+)/.exec(message.text());
    if (match) dialled.push(match[1]);
  });
  page.on('framenavigated', (frame) => {
    if (frame.url().startsWith('tel:')) dialled.push(frame.url().slice(4));
  });
  page.on('request', (request) => {
    if (request.url().startsWith('tel:')) dialled.push(request.url().slice(4));
  });

  await actAs(app(), page, '王秀英');
  await openHome(page);
  await expect(page.locator('.gt-home__grid-name').innerText()).resolves.toContain('湖滨村 第一网格（汪屋组）');
  const names = await page.locator('.gt-contact-card__name').allInnerTexts();
  expect(names).toEqual(['汪德华', '周义青']);
  await expect(page.locator('.gt-contact-card__phone').first().innerText()).resolves.toContain('139 0556 1001');

  await page.locator('.gt-contact-card__phone').first().click();
  await eventually(() => expect(dialled).toContain('13905561001'));
});

it('lets a resident pick another grid and shows that grid’s card', async () => {
  const page = await app().browser.newPage();
  await actAs(app(), page, '孙小明');
  await openHome(page);
  await page.locator('.gt-home__change').click();
  await page.getByText('第三网格（三段组）').click();
  await page.locator('.gt-home__grid-name', { hasText: '太华村 第三网格（三段组）' }).waitFor();
  await expect(page.locator('.gt-contact-card__name').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['吴海燕', '刘美华']));
  const [stored] = (await app().cloud.cloud.store.find('users', { _id: 'demo-resident-sun' })) as Array<{ homeGridId: string }>;
  expect(stored.homeGridId).toBe('g-taihua-3');
});

it('turns on 长辈模式 from the profile and every page gets larger text', async () => {
  const page = await app().browser.newPage();
  await actAs(app(), page, '赵桂兰');
  await openHome(page);
  const nameSize = () =>
    page
      .locator('.gt-contact-card__name')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const normal = await nameSize();

  await page.goto(`${app().cloud.cloud.url}/pages/profile/index`);
  await page.locator('.gt-profile__elder').click();
  await eventually(async () => {
    const [stored] = (await app().cloud.cloud.store.find('users', { _id: 'demo-resident-zhao' })) as Array<{ elderMode: boolean }>;
    expect(stored.elderMode).toBe(true);
  });

  await openHome(page);
  await expect(page.locator('.gt-elder').count()).resolves.toBeGreaterThan(0);
  expect(await nameSize()).toBeGreaterThanOrEqual(normal * 1.25);
});
