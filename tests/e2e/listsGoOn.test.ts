import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { actAs, useH5App } from '../support/h5App';
import { swipeToListEnd } from '../support/swipeToListEnd';
import type { TestCloud } from '../support/testCloud';

/**
 * Lists go on (issue 14, item 9), on a 375×667 phone: a township with more
 * than 200 open requests. 黄文斌 (township staff) sees how many there are
 * in 辖区全部 and every one of them as he scrolls, most overdue first;
 * 只看超期 and a category are applied by the server; 王秀英's 我的诉求 goes
 * on past 100.
 */

const MANY = 240;
const OVERDUE = 35;
const OPEN = ['submitted', 'assigned', 'accepted', 'escalated', 'reopened', 'suspended', 'resolved'];

/** Copies of one of 王秀英's requests in her grid: open, some past their deadline, two categories. */
function fileMany(cloud: TestCloud): void {
  const [template] = cloud.cloud.store.find('requests', { _id: 'demo-rq-1' });
  const now = Date.now();
  const copies = Array.from({ length: MANY }, (_, i) => {
    const environment = i % 3 === 0;
    const deadline = new Date(now + (i < OVERDUE ? -(OVERDUE - i) : i) * 3_600_000);
    return {
      ...template,
      _id: `many-${String(i).padStart(3, '0')}`,
      code: `MANY${String(i).padStart(4, '0')}`,
      clientKey: `many-key-${i}`,
      state: i % 4 === 0 ? 'accepted' : 'assigned',
      level: 'grid',
      categoryId: environment ? 'environment' : 'policy',
      categoryName: environment ? '环境卫生' : '政策咨询',
      text: `第${i + 1}件：反映的事`,
      deadline,
      sweepAt: deadline,
      updatedAt: new Date(now - i * 60_000),
    };
  });
  cloud.cloud.store.insertMany('requests', copies);
}

const app = useH5App(fileMany);

type Stored = { _id: string; state: string; deadline: Date | null; categoryId: string };
function openInTownship(): Stored[] {
  return app().cloud.cloud.store.find('requests', { placeIds: 't-liangquan', state: { $in: OPEN } }) as unknown as Stored[];
}

async function phone(name: string): Promise<Page> {
  const page = await app().browser.newPage();
  await page.setViewportSize({ width: 375, height: 667 });
  await actAs(app(), page, name);
  return page;
}

const cards = (page: Page) => page.locator('.gt-request-card');
// Runs inside the page; this file compiles without the DOM typings.
type Card = { getAttribute(name: string): string | null };
const shownIds = (page: Page) =>
  cards(page).evaluateAll((els) => els.map((el) => (el as unknown as Card).getAttribute('data-request') ?? ''));

const endShown = async (page: Page) => (await page.locator('.gt-list-footer', { hasText: '已经到底了' }).count()) > 0;

/** Swipes to the end of the list until it says it has reached its end (or `enough` cards are shown). */
async function scrollToEnd(page: Page, enough = Infinity): Promise<void> {
  for (let round = 0; round < 40; round++) {
    if (await endShown(page)) return;
    const before = await cards(page).count();
    if (before >= enough) return;
    await swipeToListEnd(page, '.gt-request-card');
    // The next page is a cloud call: on a loaded CI machine it can take seconds.
    await eventually(async () => {
      expect((await endShown(page)) || (await cards(page).count()) > before).toBe(true);
    }, 300);
  }
  throw new Error('the list never reached its end');
}

it('辖区全部 of a township with more than 200 open requests: how many, most overdue first, every one as he scrolls', async () => {
  const expected = openInTownship();
  expect(expected.length).toBeGreaterThan(200);
  const page = await phone('黄文斌');
  await page.goto(`${app().cloud.cloud.url}/packages/requests/inbox/index`);
  await page.locator('.gt-segments__tab[data-tab="area"]').click();
  await page.locator('.gt-inbox__counts', { hasText: `共${expected.length}件` }).waitFor();
  expect(await cards(page).count()).toBeLessThan(expected.length);
  // Most overdue first.
  const byDeadline = expected.filter((r) => r.deadline).sort((a, b) => new Date(a.deadline!).getTime() - new Date(b.deadline!).getTime());
  await expect(cards(page).first().getAttribute('data-request')).resolves.toBe(byDeadline[0]._id);
  await expect(cards(page).first().getAttribute('class')).resolves.toContain('gt-request-card--overdue');

  await scrollToEnd(page);
  const ids = await shownIds(page);
  expect(new Set(ids).size).toBe(expected.length);
  expect([...ids].sort()).toEqual(expected.map((r) => r._id).sort());
  await expect(page.locator('.gt-list-footer').innerText()).resolves.toContain(`已经到底了，共${expected.length}件`);
});

it("只看超期 and a category are the server's filters: the counts and every card agree", async () => {
  const now = Date.now();
  const overdue = openInTownship().filter((r) => r.deadline && new Date(r.deadline).getTime() < now);
  expect(overdue.length).toBeGreaterThanOrEqual(OVERDUE);
  const page = await phone('黄文斌');
  await page.goto(`${app().cloud.cloud.url}/packages/requests/inbox/index`);
  await page.locator('.gt-segments__tab[data-tab="area"]').click();
  await page.locator('.gt-inbox__tool', { hasText: `只看超期（${overdue.length}件）` }).click();
  await page.locator('.gt-inbox__counts', { hasText: `符合筛选的共${overdue.length}件` }).waitFor();
  await scrollToEnd(page);
  await expect(cards(page).count()).resolves.toBe(overdue.length);
  await expect(page.locator('.gt-request-card:not(.gt-request-card--overdue)').count()).resolves.toBe(0);

  await page.locator('.gt-inbox__tool', { hasText: '筛选' }).first().click();
  await page.locator('.gt-chips__chip', { hasText: '环境卫生' }).click();
  const both = overdue.filter((r) => r.categoryId === 'environment');
  await page.locator('.gt-inbox__counts', { hasText: `符合筛选的共${both.length}件` }).waitFor();
  await scrollToEnd(page);
  const categories = await page.locator('.gt-request-card__category').allInnerTexts();
  expect(categories).toHaveLength(both.length);
  expect(new Set(categories)).toEqual(new Set(['环境卫生']));
});

it('我的诉求 goes on past 100 and says how many there are', async () => {
  const mine = app().cloud.cloud.store.find('requests', { residentId: 'demo-resident-wang', state: { $in: OPEN } });
  expect(mine.length).toBeGreaterThan(200);
  const page = await phone('王秀英');
  await page.goto(`${app().cloud.cloud.url}/pages/request-list/index`);
  await page.locator('.gt-request-list__total', { hasText: `共${mine.length}件` }).waitFor();
  await scrollToEnd(page, 120);
  expect(await cards(page).count()).toBeGreaterThanOrEqual(120);
  expect(new Set(await shownIds(page)).size).toBe(await cards(page).count());
});
