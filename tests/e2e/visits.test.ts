import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { actAs, useH5App } from '../support/h5App';

/**
 * 民情走访 in a real browser against the H5 build and the local cloud: a grid
 * member writes a visit diary at a household with no network; it waits on
 * the phone and is sent, once, when the network returns; the problem found
 * at the door becomes a 代办 request routed like any other; the village's
 * staff see the household drop off their "needs a visit" list.
 */
const app = useH5App();

function tap(page: Page, label: string): Promise<void> {
  return page
    .locator('.gt-button', { hasText: new RegExp(`^\\s*${label}\\s*$`) })
    .first()
    .click();
}

type Stored = Record<string, unknown>;
const find = async (collection: string, query: Record<string, unknown>) =>
  (await app().cloud.cloud.store.find(collection, query)) as unknown as Stored[];

async function needsList(page: Page): Promise<string[]> {
  await page.goto(`${app().cloud.cloud.url}/pages/profile/index`);
  await page.locator('.gt-visits-entry__supervise').click();
  await page.locator('.gt-needs__item, .gt-needs__empty').first().waitFor();
  return page.locator('.gt-needs__item .gt-household-card__label').allInnerTexts();
}

/** 工作台's 谁该走访了 panel: the count line and the households it names. */
async function consolePanel(page: Page): Promise<{ total: string; named: string[] }> {
  await page.goto(`${app().cloud.cloud.url}/packages/console/home/index`);
  const panel = page.locator('.gt-cs-home__needs .gt-cs__card');
  await panel.waitFor();
  return {
    total: await panel.locator('.gt-cs__alert, .gt-cs__line').first().innerText(),
    named: await panel.locator('.gt-cs-home__needs-item').allInnerTexts(),
  };
}

it('a visit written offline at the door is sent once when the network returns; its problem becomes a routed request; staff see the household drop off', async () => {
  const seen = '汪奶奶一个人在家，药快吃完了，屋里有点冷。';
  const problemText = '汪桂花身份证过期了，腿脚不便，请帮忙上门办理换证。';
  const staff = await app().browser.newPage();
  await actAs(app(), staff, '李大毛');
  expect(await needsList(staff)).toContain('汪屋组12号 汪桂花户');
  const before = await consolePanel(staff);
  expect(before.total).toMatch(/^湖滨村有\d+户重点户超过走访周期$/);
  // The most overdue few, each with who looks after them.
  expect(before.named.length).toBeGreaterThan(0);
  expect(before.named.every((line) => /户 · (超期\d+天|今天到期) · (结对干部|包保干部|网格员)：/.test(line))).toBe(true);

  const cadre = await app().browser.newPage();
  await actAs(app(), cadre, '汪德华');
  await cadre.goto(`${app().cloud.cloud.url}/pages/index/index`);
  await cadre.locator('.gt-home__visits').click();
  await cadre.locator('.gt-visits-home__grid', { hasText: '第一网格' }).click();
  await cadre.locator('.gt-households .gt-household-card', { hasText: '汪桂花户' }).click();
  await tap(cadre, '记走访');
  // The whole form is on screen before the network goes (the page's code is loaded).
  await cadre.locator('.gt-visit-new__seen textarea').fill(seen);
  await cadre.locator('.gt-button.gt-visit-new__add-problem').click();
  await cadre.locator('.gt-problem-editor__categories [data-value="proxy"]').click();
  await cadre.locator('.gt-problem-editor__text textarea').fill(problemText);

  await cadre.context().setOffline(true);
  await tap(cadre, '保存走访记录');
  // Back on the household page, the entry waits on the phone; nothing reached the server.
  await cadre.locator('.gt-household__label').waitFor();
  expect(await find('visits', { seen })).toEqual([]);
  expect(await cadre.evaluate('JSON.stringify(window.localStorage)')).toContain(seen);

  await cadre.context().setOffline(false);
  await eventually(async () => expect(await find('visits', { seen })).toHaveLength(1), 100, 200);
  await eventually(
    async () => expect((await find('visits', { seen }))[0].problems).toEqual([expect.objectContaining({ requestId: expect.any(String) })]),
    50,
    200,
  );
  const [visit] = await find('visits', { seen });
  const [problem] = visit.problems as Array<{ requestId: string }>;
  const [request] = await find('requests', { _id: problem.requestId });
  expect(request).toEqual(
    expect.objectContaining({
      text: problemText,
      sourceVisitId: visit._id,
      proxy: true,
      gridId: 'g-hubin-1',
      // The grid member filed it for a household of their own grid: theirs, accepted at once (代办 without busywork).
      state: 'accepted',
      handler: expect.objectContaining({ name: '汪德华' }),
    }),
  );

  // The app restarting sends nothing again.
  await cadre.reload();
  await cadre.locator('.gt-household__label').waitFor();
  expect(await find('visits', { seen })).toHaveLength(1);
  expect(await find('requests', { sourceVisitId: visit._id })).toHaveLength(1);

  // The request page names the visit; the visit page names the request.
  await cadre.goto(`${app().cloud.cloud.url}/packages/requests/detail/index?id=${String(request._id)}`);
  await cadre.locator('.gt-request__source-visit').click();
  await cadre.locator('.gt-problems__request', { hasText: String(request.code) }).waitFor();

  expect(await needsList(staff)).not.toContain('汪屋组12号 汪桂花户');
  // 工作台 counts one fewer.
  const count = (line: string) => Number(/(\d+)户/.exec(line)?.[1] ?? 0);
  expect(count((await consolePanel(staff)).total)).toBe(count(before.total) - 1);
});
