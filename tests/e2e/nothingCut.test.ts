import type { Page } from 'playwright-core';
import { actAs, useH5App } from '../support/h5App';

/**
 * On a 375×667 phone: text pasted or dictated over a
 * limit stays in the box, the counter turns red and says how much to remove,
 * and 提交 is refused with that message — never cut. A missing or wrong field
 * is marked at the field, in 长辈模式 sizes, with the page scrolled to it.
 */
const app = useH5App();

async function phonePage(name: string): Promise<Page> {
  const page = await app().browser.newPage();
  await page.setViewportSize({ width: 375, height: 667 });
  await actAs(app(), page, name);
  return page;
}

const tap = (page: Page, label: string) =>
  page
    .locator('.gt-button', { hasText: new RegExp(`^\\s*${label}\\s*$`) })
    .first()
    .click();

/** Text as long as voice input gives: `n` characters, ending with a marker to find it by. */
function spoken(n: number, marker: string): string {
  const sentence = '村口那段路坑坑洼洼，下雨天积水很深，老人孩子走路不方便。';
  let text = '';
  while (text.length < n - marker.length) text += sentence;
  return text.slice(0, n - marker.length) + marker;
}

/** The computed font size of the first visible element the selector finds, in px. */
async function fontSize(page: Page, selector: string): Promise<number> {
  const expression = `(() => { const el = [...document.querySelectorAll(${JSON.stringify(selector)})].find((e) => e.offsetParent !== null); return el ? parseFloat(getComputedStyle(el).fontSize) : 0; })()`;
  return Number(await page.evaluate(expression));
}

async function isInView(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.y >= 0 && box.y + 20 <= 667;
}

it('keeps a 1,050-character request, counts it red, refuses 下一步 with how much to remove, and files 1,000 whole', async () => {
  const page = await phonePage('王秀英');
  await page.goto(`${app().cloud.cloud.url}/packages/requests/new/index`);
  await page.locator('[data-category="environment"]').click();
  const box = page.locator('.gt-new-request__text textarea');
  const tooLong = spoken(1050, '（超长）');
  await box.fill(tooLong);

  // Kept whole, counted in red, with the number of characters to remove.
  expect(await box.inputValue()).toBe(tooLong);
  await page.locator('.gt-text-count--over', { hasText: '1050/1000字' }).waitFor();
  const message = page.locator('.gt-field--error .gt-field__error', { hasText: '已超出50字，请删掉50个字' });
  await message.waitFor();
  await tap(page, '下一步');
  // Still on the second screen, the words still there.
  await message.waitFor();
  expect(await page.locator('.gt-new-request__step').innerText()).toContain('第2步');
  expect(await box.inputValue()).toBe(tooLong);

  const fits = spoken(1000, '（一千字）');
  await box.fill(fits);
  expect(await page.locator('.gt-text-count--over').count()).toBe(0);
  expect(await page.locator('.gt-field__error').count()).toBe(0);
  await tap(page, '下一步');
  await tap(page, '提交');
  await page.waitForURL(/requests\/detail/);
  const stored = app().cloud.cloud.store.find('requests', { text: fits }) as Array<{ text: string }>;
  expect(stored).toHaveLength(1);
  expect(stored[0].text).toHaveLength(1000);
});

it('keeps a message over 1,000 characters, refuses to send it, and sends 1,000 whole', async () => {
  const page = await phonePage('王秀英');
  await page.goto(`${app().cloud.cloud.url}/packages/console/message-new/index`);
  await page.waitForLoadState('networkidle');
  const box = page.locator('.gt-cs-new__text textarea');
  const tooLong = spoken(1200, '（留言超长）');
  await box.fill(tooLong);
  await tap(page, '发送留言');
  await page.locator('.gt-field__error', { hasText: '已超出200字，请删掉200个字' }).waitFor();
  expect(await box.inputValue()).toBe(tooLong);
  expect(app().cloud.cloud.store.find('messages', {})).not.toContainEqual(expect.objectContaining({ text: tooLong }));

  const fits = spoken(1000, '（留言一千字）');
  await box.fill(fits);
  await tap(page, '发送留言');
  await page.waitForURL(/message-detail/);
  expect(app().cloud.cloud.store.find('messages', { text: fits })).toHaveLength(1);
});

it('marks what the 代办 form lacks at each field, scrolled into view, in 长辈模式 sizes', async () => {
  const page = await phonePage('汪德华');
  await page.goto(`${app().cloud.cloud.url}/packages/requests/proxy-file/index`);
  await page.locator('.gt-proxy__name input').waitFor();
  const requestsBefore = app().cloud.cloud.store.find('requests', {}).length;
  const normalSize = await fontSize(page, '.gt-field__label');

  // The submit button is at the bottom: tapping it scrolls the first problem back into view.
  await page.locator('.gt-proxy__household input').fill('汪屋组12号 汪桂花户');
  await page.locator('.gt-proxy__phone input').fill('1390556');
  await tap(page, '提交');
  const nameError = page.locator('.gt-field--error', { has: page.locator('.gt-proxy__name') });
  await nameError.locator('.gt-field__error', { hasText: '请填写群众的姓名' }).waitFor();
  await page
    .locator('.gt-field--error', { has: page.locator('.gt-proxy__phone') })
    .getByText('请填写正确的手机号或座机号')
    .waitFor();
  await page.getByText('请选择类别').waitFor();
  await page.getByText('请先说说是什么事').waitFor();
  expect(await isInView(page, '.gt-field--error')).toBe(true);
  expect(app().cloud.cloud.store.find('requests', {})).toHaveLength(requestsBefore);

  // Fixing a field takes its mark away; the others stay.
  await page.locator('.gt-proxy__name input').fill('汪桂花');
  await nameError.waitFor({ state: 'detached' });
  expect(await page.locator('.gt-field--error').count()).toBeGreaterThan(0);

  // In 长辈模式 the message is as large as that mode's words.
  await page.evaluate("window.localStorage.setItem('gt.elderMode', JSON.stringify({ data: { on: true, pending: true } }))");
  await page.reload();
  await page.locator('.gt-elder .gt-proxy__name input').waitFor();
  await tap(page, '提交');
  const error = page.locator('.gt-field__error').first();
  await error.waitFor();
  const elderSize = await fontSize(page, '.gt-field__error');
  expect(elderSize).toBeGreaterThanOrEqual(normalSize);
  expect(await isInView(page, '.gt-field--error')).toBe(true);
});
