import path from 'node:path';
import type { ProxyAgentsDto } from '../../cloudfunctions/contract';
import { chinaWallClock } from '../../cloudfunctions/domain/shared/chinaTime';
import type { Doc } from '../../localcloud';
import { buildCase, type CaseSpec } from '../cloud/support/proxyFixture';
import { eventually } from '../support/eventually';
import { actAs, useH5App } from '../support/h5App';
import { swipeToListEnd } from '../support/swipeToListEnd';

/**
 * 代理代办 on the 工作台 (issue 17, item 4), on a 375-px phone: 湖滨村's staff
 * (李大毛) see each agent of the village with received, handed back, on time
 * with its counts and the residents' stars with how many rated (暂无评分
 * where nobody rated), every agent of the month however many, with how many
 * there are. The cases are opened ten minutes ago, so they lie in this month.
 */
const opened = (() => {
  const wall = chinaWallClock(new Date(Date.now() - 10 * 60_000));
  return wall.toISOString().slice(0, 19);
})();
const GUO = { id: 'demo-grid-guo', name: '郭长林' };
const LICHUN = { id: 'demo-grid-lichun', name: '李春燕' };
/** More agents than one page holds (30), so the list pages. */
const MANY = 32;
const FIXTURE: CaseSpec[] = [
  { id: 'ep-guo-1', agent: GUO, grid: 'hubin2', opened, returnedAfterHours: 0.1, stars: 5 },
  { id: 'ep-guo-2', agent: GUO, grid: 'hubin2', opened, returnedAfterHours: 0.1, stars: 4 },
  { id: 'ep-li-1', agent: LICHUN, grid: 'hubin3', opened, returnedAfterHours: 0.1 },
  ...[...Array(MANY).keys()].map((i) => ({
    id: `ep-many-${i}`,
    agent: { id: `e2e-agent-${String(i).padStart(2, '0')}`, name: `代办员${i + 1}` },
    grid: 'hubin1' as const,
    opened,
  })),
];

const app = useH5App((cloud) => {
  cloud.cloud.store.insertMany('proxyCases', FIXTURE.map(buildCase) as unknown as Doc[]);
});

it('shows every agent of the village for this month, figures beside their counts, whole on a 375-px phone', async () => {
  const page = await app().browser.newPage();
  await page.setViewportSize({ width: 375, height: 667 });
  await actAs(app(), page, '李大毛');
  const answer = page.waitForResponse(
    (r) => r.url().endsWith('/cloud/dashboard') && r.request().postData()?.includes('proxyAgents') === true,
  );
  await page.goto(`${app().cloud.cloud.url}/packages/console/home/index`);
  const first = ((await (await answer).json()) as { ok: true; data: ProxyAgentsDto }).data;
  expect(first.total).toBeGreaterThanOrEqual(MANY + 2);
  expect(first.next).toBe(30);
  await page.locator('.gt-cs-home__proxy-total', { hasText: `辖区有 ${first.total} 名代办员` }).waitFor();

  const card = (id: string) => page.locator(`.gt-cs-home__agent[data-agent="${id}"]`);
  const figure = (id: string, label: string) =>
    card(id)
      .locator('.gt-cs__figure', { has: page.locator('.gt-cs__line', { hasText: label }) })
      .locator('.gt-cs__value');
  // 郭长林 handed back both of his on time, rated 5 and 4; 李春燕's one is not rated.
  await card(GUO.id).scrollIntoViewIfNeeded();
  expect(await card(GUO.id).locator('.gt-cs__line').first().innerText()).toBe('湖滨村 第二网格（郭屋组）');
  expect(await figure(GUO.id, '收件').innerText()).toBe('2');
  expect(await figure(GUO.id, '交还办结').innerText()).toBe('2');
  expect(await figure(GUO.id, '按时办结').innerText()).toBe('100%（2/2）');
  expect(await figure(GUO.id, '群众评分').innerText()).toBe('4.5（2人评）');
  expect(await figure(LICHUN.id, '群众评分').innerText()).toBe('暂无评分');
  // One still in hand: nothing handed back, so no rate.
  expect(await figure('e2e-agent-00', '按时办结').innerText()).toBe('暂无');

  // Every agent, not just the first page: scrolling down (or 加载更多) brings the rest, then says how many.
  // The page scrolls inside Taro's container: scrolling to its end is what brings the next page (加载更多 stands there too).
  const end = page.locator('.gt-list-footer__note', { hasText: `共${first.total}名代办员` });
  for (let tries = 0; tries < 20 && !(await end.isVisible()); tries += 1) {
    const shown = await page.locator('.gt-cs-home__agent').count();
    await swipeToListEnd(page, '.gt-cs-home__agent');
    // The next page is a cloud call: wait for it (or the end) before the next swipe.
    await eventually(async () => expect((await end.isVisible()) || (await page.locator('.gt-cs-home__agent').count()) > shown).toBe(true));
  }
  await end.waitFor();
  expect(await page.locator('.gt-cs-home__agent').count()).toBe(first.total);

  // Nothing cut or off the screen in the panel.
  const cut = await page.evaluate(`(() => {
    const viewport = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll('.gt-cs-home__proxy .gt-cs__figure, .gt-cs-home__proxy .gt-cs__line, .gt-cs-home__proxy .gt-cs__title'))
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > viewport + 1)
      .map((el) => el.textContent);
  })()`);
  expect(cut).toEqual([]);
  await card(GUO.id).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.resolve(__dirname, '../../dist/console-home-375-proxy.png') });
  await page.close();
});

it('a quarter is chosen like on 代办统计, and the figures follow it', async () => {
  const page = await app().browser.newPage();
  await page.setViewportSize({ width: 375, height: 667 });
  await actAs(app(), page, '李大毛');
  const loaded = page.waitForResponse(
    (r) => r.url().endsWith('/cloud/dashboard') && r.request().postData()?.includes('proxyAgents') === true,
  );
  await page.goto(`${app().cloud.cloud.url}/packages/console/home/index`);
  expect(await (await loaded).json()).toEqual(expect.objectContaining({ ok: true }));
  await page.locator('.gt-cs-home__proxy-total').waitFor();
  const answer = page.waitForResponse(
    (r) => r.url().endsWith('/cloud/dashboard') && r.request().postData()?.includes('"quarter"') === true,
  );
  await page.locator('.gt-cs-home__proxy .gt-segments__tab', { hasText: '按季度' }).click();
  const quarter = ((await (await answer).json()) as { ok: true; data: ProxyAgentsDto }).data;
  expect(quarter.period.kind).toBe('quarter');
  expect(await page.locator('.gt-cs-home__proxy .gt-chips__chip--on').innerText()).toBe(`第${quarter.period.number}季度`);
  await page.locator('.gt-cs-home__proxy-total', { hasText: `辖区有 ${quarter.total} 名代办员` }).waitFor();
});
