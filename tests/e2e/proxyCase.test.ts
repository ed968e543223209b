import type { Page } from 'playwright-core';
import { watchSubscribeOutsideTap } from '../support/subscribeViolations';
import { useH5App, actAs } from '../support/h5App';

/**
 * 代理代办 in a real browser on a small phone (375×667, touch): 汪德华 opens a
 * case for 王秀英 from the catalogue, checks off her materials, sends it,
 * records the result and hands it back with a signature drawn on the
 * canvas; 王秀英 follows it under 我的代办 and rates it; 汪德华's figures
 * count it.
 */
const app = useH5App();
const ITEM = '居民身份证办理（换领、补领）';

async function phone(): Promise<Page> {
  const context = await app().browser.browser.newContext({
    viewport: { width: 375, height: 667 },
    hasTouch: true,
    isMobile: true,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  watchSubscribeOutsideTap(page);
  return page;
}

const url = (path: string) => `${app().cloud.cloud.url}${path}`;

function submit(page: Page, panel: string): Promise<void> {
  return page.locator(`.gt-daiban-step--${panel} .gt-button.gt-daiban-step__submit`).click();
}

async function stageIs(page: Page, standing: string): Promise<void> {
  await page.locator('.gt-daiban-stages .gt-daiban__title', { hasText: standing }).waitFor();
}

/** A finger stroke across the signature pad, as touch events (what a phone sends). */
async function sign(page: Page): Promise<void> {
  const pad = page.locator('.gt-signature__pad canvas');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('signature pad not on screen');
  const cdp = await page.context().newCDPSession(page);
  const at = (dx: number, dy: number) => [{ x: box.x + dx, y: box.y + dy }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(20, 40) });
  for (let i = 1; i <= 10; i += 1)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(20 + i * 20, 40 + (i % 2) * 30) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function handledBy(page: Page, agent: string): Promise<number> {
  await page.goto(url('/packages/proxy/figures/index'));
  await page.locator('.gt-daiban__table-row').first().waitFor();
  const row = page.locator(`.gt-daiban-figures__row[data-agent="${agent}"] .gt-daiban-figures__handled`);
  return (await row.count()) === 0 ? 0 : Number(await row.innerText());
}

it('a 代办 case goes through its four stages with a signature; the resident sees and rates it; the figures count it', async () => {
  const agent = await phone();
  await actAs(app(), agent, '汪德华');
  const before = await handledBy(agent, 'demo-grid-wang');

  await agent.goto(url('/pages/profile/index'));
  await agent.locator('.gt-daiban-entry__cases').click();
  await agent.locator('.gt-button.gt-daiban-cases__new').click();
  await agent.locator('.gt-daiban-new__items [data-choice="pi-idcard"]').click();
  // Nothing typed yet: the form marks the fields at once, nothing is sent.
  await agent.locator('.gt-button.gt-daiban-new__submit').click();
  await agent.locator('.gt-field--error', { hasText: '请填写群众姓名' }).waitFor();
  await agent.locator('.gt-daiban-new__name input').fill('王秀英');
  await agent.locator('.gt-daiban-new__phone input').fill('13905560101');
  await agent.locator('.gt-daiban-new__household input').fill('汪屋组12号 王家');
  await agent.locator('.gt-daiban-new__materials [data-value="户口簿"]').click();
  await agent.locator('.gt-button.gt-daiban-new__submit').click();

  // 收件: the rest of the materials.
  await stageIs(agent, '代办员正在收齐材料');
  await agent.locator('.gt-daiban-facts__materials', { hasText: '还缺' }).waitFor();
  for (const chip of await agent.locator('.gt-daiban-step--receive .gt-chips__chip').all()) await chip.click();
  await submit(agent, 'receive');
  await stageIs(agent, '材料已收齐');
  // 送办 today to the item's office; 办结 approved.
  await submit(agent, 'send');
  await stageIs(agent, '已送到办理部门');
  await submit(agent, 'conclude');
  await stageIs(agent, '已办结，等待交还');
  // 交还: unsigned, the pad is marked; signed, it is done.
  await agent.locator('.gt-daiban-step__items input').fill('新身份证1张');
  await submit(agent, 'hand-back');
  await agent.locator('.gt-daiban-step__signature.gt-field--error').waitFor();
  await sign(agent);
  await submit(agent, 'hand-back');
  await stageIs(agent, '已交还');
  await agent.locator('.gt-daiban-timeline', { hasText: '交还：新身份证1张（王秀英本人签收）' }).waitFor();
  const [stored] = (await app().cloud.cloud.store.find('proxyCases', {
    'resident.phone': '13905560101',
    stage: 'done',
    'item.id': 'pi-idcard',
  })) as unknown as Array<{
    returned: { signature: string };
  }>;
  expect(stored.returned.signature).toMatch(/^cloud:\/\/\S+\/proxy\/\S+\.png$/);

  const resident = await phone();
  await actAs(app(), resident, '王秀英');
  await resident.goto(url('/packages/proxy/my/index'));
  await resident.locator('.gt-daiban-case-card', { hasText: ITEM }).filter({ hasText: '待评价' }).first().click();
  await stageIs(resident, '已交还');
  await resident.locator('.gt-daiban-step--rate [data-score="5"]').click();
  await submit(resident, 'rate');
  await resident.locator('.gt-daiban__ok', { hasText: '★★★★★' }).waitFor();

  expect(await handledBy(agent, 'demo-grid-wang')).toBe(before + 1);
});
