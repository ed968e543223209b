import type { Page } from 'playwright-core';
import { actAs, useH5App } from '../support/h5App';
import { controlledByServiceWorker } from '../support/serviceWorker';

/**
 * Filing without a network, on a 375×667 phone, as an elderly resident
 * would: after 首页 loaded once the phone goes offline; 我要反映 opens and
 * 提交 leaves a card 已保存在手机上 on the page (the form starts afresh, so
 * nothing tempts a second filing); a second saved filing is deleted; when
 * the network returns the first is sent by the outbox, its card says
 * 已发送 and links to the request, and the cloud holds exactly one.
 */
const app = useH5App();

const tap = (page: Page, label: string, within = '') =>
  page
    .locator(`${within} .gt-button`.trim(), { hasText: new RegExp(`^\\s*${label}\\s*$`) })
    .first()
    .click();

/** 我要反映 from 首页's button: 环境卫生, the words, 下一步, 提交 (王秀英's name and number are on her profile). */
async function fileFromHome(page: Page, text: string): Promise<void> {
  await page.locator('[data-category="environment"]').click();
  await page.locator('.gt-new-request__text textarea').fill(text);
  await tap(page, '下一步');
  await tap(page, '提交');
}

it('keeps a filing made offline as a card on the page, deletes another, and sends the first once when the network returns', async () => {
  const page = await app().browser.newPage();
  await page.setViewportSize({ width: 375, height: 667 });
  await actAs(app(), page, '王秀英');
  const base = app().cloud.cloud.url;
  await page.goto(`${base}/pages/index/index`);
  await page.locator('.gt-contact-card').first().waitFor();
  await controlledByServiceWorker(page);
  // 首页 keeps the form's categories on the phone.
  await page.waitForFunction(
    () =>
      (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem('gt.formOptions') !== null,
  );

  await page.context().setOffline(true);
  await page.locator('.gt-home__file .gt-button').click();
  const first = '村口垃圾桶满了三天没人清（离线一）';
  await fileFromHome(page, first);

  // The card, on this page; the form is a fresh one at its first step.
  const saved = page.locator('.gt-saved', { hasText: '村口垃圾桶满了' });
  await saved.locator('.gt-saved__title', { hasText: '已保存在手机上，有网络时自动发送' }).waitFor();
  await saved.locator('.gt-saved__line', { hasText: '没有照片' }).waitFor();
  expect(await page.locator('.gt-new-request__step').innerText()).toContain('第1步');
  // In view without scrolling: the page went back to its top.
  const box = await saved.boundingBox();
  expect(box !== null && box.y >= 0 && box.y < 667).toBe(true);
  await tap(page, '查看', '.gt-saved');
  await saved.locator('.gt-saved__whole .gt-saved__text', { hasText: first }).waitFor();

  // A second one, deleted after the question: it is never sent.
  const second = '这一条写错了要删掉（离线二）';
  await fileFromHome(page, second);
  const secondCard = page.locator('.gt-saved', { hasText: '这一条写错了' });
  await secondCard.locator('.gt-saved__title', { hasText: '已保存在手机上' }).waitFor();
  await secondCard.locator('.gt-saved__delete').click();
  await page.locator('.taro-modal__text', { hasText: '删除后不会再发送' }).waitFor();
  await page.locator('.taro-model__confirm').click();
  await secondCard.waitFor({ state: 'detached' });
  expect(await app().cloud.cloud.store.find('requests', { text: first })).toHaveLength(0);

  // The network returns: the outbox sends the first, and its card says so.
  await page.context().setOffline(false);
  await saved.locator('.gt-saved__title', { hasText: '已发送，可在“我的诉求”查看' }).waitFor({ timeout: 30_000 });
  const filed = (await app().cloud.cloud.store.find('requests', { text: first })) as Array<{ _id: string }>;
  expect(filed).toHaveLength(1);
  expect(await app().cloud.cloud.store.find('requests', { text: second })).toHaveLength(0);
  await tap(page, '查看诉求', '.gt-saved');
  await page.waitForURL(new RegExp(`requests/detail/index\\?id=${filed[0]._id}`));
});
