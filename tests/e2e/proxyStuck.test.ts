import { chinaWallClock } from '../../cloudfunctions/domain/shared/chinaTime';
import type { Doc } from '../../localcloud';
import { buildCase } from '../cloud/support/proxyFixture';
import { actAs, useH5App } from '../support/h5App';

/**
 * 待改派的代办件 on a 375-px phone: 湖滨村's staff (李大毛) open the list from
 * the 工作台's 代理代办 panel, find a case of 第一网格 held by 郭长林 (who serves
 * 第二网格 only), open it, 改派 it to 周义青 (who is not reached by WeChat: the
 * page says to phone him), and back on the list it waits no longer for 改派
 * but only for that call: the message missed him and he has not acted on it.
 */
const opened = chinaWallClock(new Date(Date.now() - 10 * 60_000))
  .toISOString()
  .slice(0, 19);
const CASE = 'es-guo-1';

const app = useH5App((cloud) => {
  const stuck = buildCase({ id: CASE, agent: { id: 'demo-grid-guo', name: '郭长林' }, grid: 'hubin1', opened });
  cloud.cloud.store.insertMany('proxyCases', [stuck] as unknown as Doc[]);
});

it('staff open the stuck list from the 工作台, 改派 a case from its page, and it stays listed only for the missed message', async () => {
  const page = await app().browser.newPage();
  await page.setViewportSize({ width: 375, height: 667 });
  await actAs(app(), page, '李大毛');
  await page.goto(`${app().cloud.cloud.url}/packages/console/home/index`);
  await page.locator('.gt-button.gt-cs-home__proxy-stuck').click();

  const row = page.locator(`.gt-daiban-stuck__row[data-case="${CASE}"]`);
  await row.waitFor();
  expect(await row.locator('.gt-daiban-stuck__reason').allInnerTexts()).toEqual(['代办员已不负责这个网格']);
  expect(await row.innerText()).toContain('代办员：郭长林');
  await row.click();

  await page.locator('.gt-button.gt-daiban-reassign__open').click();
  await page.locator('.gt-daiban-step--reassign [data-choice="demo-grid-zhou"]').click();
  await page.locator('.gt-daiban-reassign__reason textarea').fill('郭长林只负责第二网格');
  await page.locator('.gt-daiban-step--reassign .gt-button.gt-daiban-step__submit').click();
  await page.locator('.gt-daiban__line', { hasText: '代办员：周义青' }).first().waitFor();
  // 周义青 never allowed task notices: staff are told to phone him.
  await page.locator('.gt-daiban-facts__unreached', { hasText: '请打电话告诉他' }).waitFor();

  await page.goBack();
  await page.locator('.gt-daiban-stuck__total').waitFor();
  await row.locator('.gt-daiban-stuck__reason[data-reason="unreached"]').waitFor();
  expect(await row.locator('.gt-daiban-stuck__reason').allInnerTexts()).toEqual([expect.stringContaining('请打电话告诉他')]);
  expect(await row.innerText()).toContain('代办员：周义青');
});
