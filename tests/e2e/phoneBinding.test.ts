import { eventually } from '../support/eventually';
import { useH5App } from '../support/h5App';
import { importRosterCsv } from '../support/importRosterCsv';
import { dataOf } from '../support/testCloud';

/**
 * 绑定手机号 in a real browser against the H5 build: 汪大海 is on the
 * township's roster as a grid member and a theft report was routed to him
 * before he ever opened the mini-program. On his first visit he binds his
 * phone (in the browser the number is typed where WeChat would show its
 * phone dialog), is recognised, and finds the request in his 待办.
 */
const PHONE = '13800000021';
let requestId = '';

const app = useH5App(async (cloud) => {
  await importRosterCsv(cloud, [['汪大海', PHONE, '第一网格（汪屋组）', '网格员', '治安', '否']]);
  const filed = dataOf(
    await cloud.call('demo-resident-wang', 'requests', 'submit', {
      clientKey: 'phone-binding-e2e-1',
      gridId: 'g-hubin-1',
      categoryId: 'security',
      text: '晚上有人在汪屋组偷电动车。',
      photos: [],
      location: { address: '汪屋组' },
      publicName: false,
    }),
  );
  requestId = filed.request.id;
});

it('recognises an imported grid member by the phone he binds and gives him the request waiting for him', async () => {
  const { cloud, browser } = app();
  const page = await browser.newPage();
  await page.goto(`${cloud.cloud.url}/pages/profile/index`);
  await page.locator('.gt-dev-identity__person--new').click();
  await page.locator('.gt-profile__hint', { hasText: '还没有登记' }).waitFor();

  await page.locator('.gt-phone-binding__button').click();
  await page.locator('.gt-phone-binding__input input').fill('1380000');
  await page.locator('.gt-phone-binding__confirm').click();
  await page.locator('.gt-phone-binding .gt-field__error', { hasText: '请填写11位手机号' }).waitFor();
  await page.locator('.gt-phone-binding__input input').fill(PHONE);
  await page.locator('.gt-phone-binding__confirm').click();

  await page.getByText('已找到名单里的您：汪大海，交给您的1件诉求已转到这个微信上').waitFor();
  await page.locator('.gt-profile__value', { hasText: '138 0000 0021' }).waitFor();
  await page.locator('.gt-profile__value', { hasText: '汪大海' }).waitFor();
  await expect(page.locator('.gt-phone-binding').count()).resolves.toBe(0);
  await eventually(() => expect(cloud.cloud.store.find('users', { _id: 'roster-13800000021' })).toHaveLength(0));

  await page.goto(`${cloud.cloud.url}/pages/index/index`);
  await page.locator('.gt-home__handler-counts', { hasText: '1件在办' }).click();
  await page.locator('.gt-request-card', { hasText: '偷电动车' }).first().waitFor();
  const [dahai] = cloud.cloud.store.find('users', { phone: PHONE });
  expect(String(dahai._id)).toMatch(/^dev-new-/);
  expect(cloud.cloud.store.find('requests', { _id: requestId })[0]).toMatchObject({
    openHandlerId: dahai._id,
    handler: { name: '汪大海' },
  });
});
