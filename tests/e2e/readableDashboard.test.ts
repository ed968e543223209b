import path from 'node:path';
import type { Page } from 'playwright-core';
import type { DashboardDto } from '../../cloudfunctions/contract';
import type { Doc } from '../../localcloud';
import { build, type Spec } from '../cloud/support/dashboardFixture';
import { actAs, useH5App } from '../support/h5App';

/**
 * 工作台 readable (issue 14, item 5), on a 375×667 phone and a 1280-wide
 * desktop: no label, figure or tick is cut or runs off the screen, the
 * axis's tick labels do not overlap, a grid without a score is listed as
 * 暂无 with no bar, and every rate stands beside the counts it rests on.
 */
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
/** 湖滨村 this year: 第一网格 finished three (rated 5 and 4, one 没解决); 第三网格 one still in hand, so no score. */
const FIXTURE: Spec[] = [
  { id: 'rd-1', grid: 'hubin1', category: 'environment', filed: daysAgo(9), resolvedAfter: 10, stars: 5 },
  { id: 'rd-2', grid: 'hubin1', category: 'environment', filed: daysAgo(8), resolvedAfter: 30, stars: 4 },
  { id: 'rd-3', grid: 'hubin1', category: 'policy', filed: daysAgo(7), resolvedAfter: 20, notSolved: true },
  { id: 'rd-4', grid: 'hubin3', category: 'policy', filed: daysAgo(6) },
];

const app = useH5App((cloud) => {
  cloud.cloud.store.insertMany('requests', FIXTURE.map(build) as unknown as Doc[]);
});

type Box = { text: string; left: number; right: number; top: number; bottom: number; scrollWidth: number; clientWidth: number };

/** Every text box of the charts and figures, measured in the page (this file compiles without the DOM typings). */
function measure(page: Page): Promise<{ boxes: Box[]; axes: Box[][]; viewport: number }> {
  return page.evaluate(`(() => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
    };
    const selector = '.gt-chart__label, .gt-chart__detail, .gt-chart__value, .gt-chart__tick, .gt-cs__figure .gt-cs__value, .gt-cs__figure .gt-cs__line';
    return {
      boxes: Array.from(document.querySelectorAll(selector)).filter((el) => el.textContent).map(box),
      axes: Array.from(document.querySelectorAll('.gt-chart__ticks')).map((axis) => Array.from(axis.querySelectorAll('.gt-chart__tick')).map(box)),
      viewport: document.documentElement.clientWidth,
    };
  })()`);
}

async function openDashboard(width: number, height: number): Promise<{ page: Page; dto: DashboardDto }> {
  const page = await app().browser.newPage();
  await page.setViewportSize({ width, height });
  await actAs(app(), page, '李大毛');
  await page.goto(`${app().cloud.cloud.url}/packages/console/home/index`);
  await page.locator('.gt-chart__row').first().waitFor();
  // 近一年: the longest period, so the figures rest on the most requests.
  const answer = page.waitForResponse((r) => r.url().endsWith('/cloud/dashboard') && r.request().postData()?.includes('overview') === true);
  await page.locator('.gt-segments__tab', { hasText: '近一年' }).click();
  const body = (await (await answer).json()) as { ok: true; data: DashboardDto };
  await page.locator('.gt-cs__line', { hasText: '诉求数据更新于' }).waitFor();
  await page.locator('.gt-chart__row').first().waitFor();
  return { page, dto: body.data };
}

function figureOf(page: Page, label: string) {
  return page.locator('.gt-cs__figure', { has: page.locator('.gt-cs__line', { hasText: label }) }).locator('.gt-cs__value');
}

beforeAll(async () => {
  await app().cloud.cloud.fireTimer('dashboard', 'refreshStats');
});

it.each([
  ['phone', 375, 667],
  ['desktop', 1280, 800],
])('on a %s (%i px) every label, figure and tick is whole and no two ticks overlap', async (name, width, height) => {
  const { page } = await openDashboard(width, height);
  const { boxes, axes, viewport } = await measure(page);
  expect(boxes.length).toBeGreaterThan(10);
  for (const b of boxes) {
    // Not cut inside its box, and not pushed off the screen.
    expect({ text: b.text, cut: b.scrollWidth > b.clientWidth + 1 }).toEqual({ text: b.text, cut: false });
    expect({ text: b.text, off: b.left < 0 || b.right > viewport + 1 }).toEqual({ text: b.text, off: false });
  }
  expect(axes.length).toBe(4);
  for (const ticks of axes) {
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < ticks.length; i += 1) expect(ticks[i].left).toBeGreaterThanOrEqual(ticks[i - 1].right);
  }
  // For people to look at: the figures and the rankings (the page scrolls inside Taro's container).
  for (const heading of ['诉求情况', '网格考核排名']) {
    await page.evaluate(
      `Array.from(document.querySelectorAll('.gt-cs__heading')).find((h) => h.textContent.startsWith(${JSON.stringify(heading)})).scrollIntoView()`,
    );
    await page.screenshot({ path: path.resolve(__dirname, `../../dist/console-home-${width}-${heading}.png`) });
  }
});

it('a grid without a score is listed as 暂无 without a bar; a scored one has its bar and what the score rests on', async () => {
  const { page, dto } = await openDashboard(375, 667);
  const unscored = dto.grids.filter((g) => g.score === null);
  const scored = dto.grids.filter((g) => g.score !== null);
  expect(unscored.length).toBeGreaterThan(0);
  expect(scored.length).toBeGreaterThan(0);
  const row = (label: string) => page.locator('.gt-chart__row', { has: page.locator('.gt-chart__label', { hasText: label }) }).first();
  for (const g of unscored) {
    const r = row(`${g.village} ${g.name}`);
    expect(await r.locator('.gt-chart__value').innerText()).toBe('暂无');
    expect(await r.locator('.gt-chart__fill').count()).toBe(0);
  }
  const best = scored[0];
  const r = row(`${best.village} ${best.name}`);
  expect(await r.locator('.gt-chart__value').innerText()).toBe(`${best.score}分`);
  expect(await r.locator('.gt-chart__fill').count()).toBe(1);
  expect(await r.locator('.gt-chart__detail').innerText()).toContain(`按时办结 ${best.onTime}/${best.finished}`);
});

it('rates stand beside their counts: 平均评分 4.5（12人评）, 没解决 8%（1/12）', async () => {
  const { page, dto } = await openDashboard(375, 667);
  const r = dto.requests;
  expect(r.rated).toBeGreaterThan(0);
  expect(r.finished).toBeGreaterThan(0);
  const pct = (rate: number | null) => `${Math.round((rate ?? 0) * 1000) / 10}%`;
  expect(await figureOf(page, '平均评分').innerText()).toBe(`${r.avgStars}（${r.rated}人评）`);
  expect(await figureOf(page, '按时办结率').innerText()).toBe(`${pct(r.onTimeRate)}（${r.onTime}/${r.finished}）`);
  expect(await figureOf(page, '没解决').innerText()).toBe(`${pct(r.notSolvedShare)}（${r.notSolved}/${r.feedback}）`);
});
