import { eventually } from '../support/eventually';
import { actAs, useH5App } from '../support/h5App';

/**
 * The H5 build's View (src/h5/components/View.tsx over Taro's plain-HTML one):
 * what `ariaRole`/`ariaLabel` say reaches the element as `role` and
 * `aria-label` (a screen reader says 拨打 and whom: a View that set them
 * itself from props Taro's compile had already renamed wiped them), and
 * `hoverClass` marks a touched target while the finger is on it and a moment
 * after (Taro's HTML view never added it).
 */
const app = useH5App();

const attributes = (selector: string) =>
  `(() => { const e = document.querySelector(${JSON.stringify(selector)}); return { role: e.getAttribute('role'), label: e.getAttribute('aria-label'), className: e.className }; })()`;

it('names the contact card’s call button for a screen reader and marks it while touched', async () => {
  const page = await app().browser.newPage();
  await actAs(app(), page, '王秀英');
  await page.goto(`${app().cloud.cloud.url}/`);
  const call = page.locator('.gt-contact-card__phone').first();
  await call.waitFor();
  const before = (await page.evaluate(attributes('.gt-contact-card__phone'))) as { role: string; label: string; className: string };
  expect(before.role).toBe('button');
  expect(before.label).toMatch(/^拨打.+\d/);
  expect(before.className).not.toContain('gt-contact-card__phone--active');

  await call.dispatchEvent('touchstart');
  await eventually(async () => expect(await call.getAttribute('class')).toContain('gt-contact-card__phone--active'));
  await call.dispatchEvent('touchend');
  await eventually(async () => expect(await call.getAttribute('class')).not.toContain('gt-contact-card__phone--active'));
});
