import type { Page } from 'playwright-core';
import { actAs, useH5App } from '../support/h5App';

/**
 * The cheapest phones are 320 px wide, and their owners read in 长辈模式:
 * there every button shows its whole label (wrapping onto more lines, the
 * button growing), nothing sticks out sideways, and every button is a big
 * enough target for a finger.
 */
const app = useH5App();
const WIDTH = 320;

/** A 320-wide phone as `name`, 长辈模式 switched on with a tap on its row in 我的. */
async function narrowPhoneInElderMode(name: string): Promise<Page> {
  const page = await app().browser.newPage();
  await page.setViewportSize({ width: WIDTH, height: 568 });
  await actAs(app(), page, name);
  await page.locator('.gt-profile__elder').click();
  await page.locator('.gt-profile.gt-elder').waitFor();
  return page;
}

/** What on the page is cut or out of reach: buttons whose label does not fit, anything past the right edge, small buttons. */
async function problemsOn(page: Page): Promise<string[]> {
  // Runs in the page (this file compiles without the DOM typings).
  return (await page.evaluate(`(() => {
    const problems = [];
    const shown = [...document.querySelectorAll('.gt-button')].filter((b) => b.offsetParent !== null);
    for (const button of shown) {
      const label = button.querySelector('.gt-button__text');
      const words = (label ? label.textContent : '').trim();
      if (label && label.scrollWidth > label.clientWidth + 1) problems.push('label cut: ' + words);
      if (button.getBoundingClientRect().right > ${WIDTH} + 1) problems.push('past the edge: ' + words);
      if (button.getBoundingClientRect().height < 44) problems.push('too small: ' + words);
    }
    if (document.documentElement.scrollWidth > ${WIDTH} + 1) problems.push('the page scrolls sideways');
    return problems;
  })()`)) as string[];
}

it.each([
  ['王秀英', 'packages/console/messages/index', '网谈回音'],
  ['汪德华', 'packages/requests/inbox/index', '代群众反映'],
])('%s: %s shows every button whole in 长辈模式 at 320 px', async (name, route, marker) => {
  const page = await narrowPhoneInElderMode(name);
  await page.goto(`${app().cloud.cloud.url}/${route}`);
  await page.locator('.gt-button', { hasText: marker }).first().waitFor();
  expect(await page.locator('.gt-elder').count()).toBeGreaterThan(0);
  expect(await problemsOn(page)).toEqual([]);
});
