import type { Page } from 'playwright-core';
import { actAs, useH5App } from '../support/h5App';
import { dataOf } from '../support/testCloud';

/**
 * Who is filing, in a real browser (issue 12): a first-time resident is asked
 * once for a name and a way to be reached — 绑定手机号 (verified), a typed
 * number (未验证) or no number — and reads their own steps as 我; the grid
 * member sees a call button marked 已验证 / 未验证, or plainly 未留电话; a
 * party report offers 绑定手机号 first and staff see whether the number is
 * verified.
 */
const app = useH5App();

/** A fresh WeChat user (the switcher's 新微信用户) who has chosen 湖滨村 第一网格. */
async function newResident(page: Page): Promise<string> {
  await page.goto(`${app().cloud.cloud.url}/pages/profile/index`);
  await page.locator('.gt-dev-identity__person--new').click();
  await page.locator('.gt-profile__hint', { hasText: '还没有登记' }).waitFor();
  // The switcher keeps the chosen OPENID in the page's storage (Taro wraps it as {data}).
  const stored = String(await page.evaluate("window.localStorage.getItem('gt.devOpenid') || ''"));
  const openid = stored.startsWith('{') ? String((JSON.parse(stored) as { data: unknown }).data) : stored;
  dataOf(await app().cloud.call(openid, 'users', 'chooseGrid', { gridId: 'g-hubin-1' }));
  return openid;
}

/** Files an environment request up to screen 3, where the contact step is. */
async function fillRequest(page: Page, text: string): Promise<void> {
  await page.goto(`${app().cloud.cloud.url}/packages/requests/new/index`);
  await page.locator('[data-category="environment"]').click();
  await page.locator('.gt-new-request__text textarea').fill(text);
  await page.locator('.gt-button', { hasText: /^\s*下一步\s*$/ }).click();
  await page.locator('.gt-new-request__grid-name', { hasText: '第一网格' }).waitFor();
}

const submit = (page: Page) => page.locator('.gt-button', { hasText: /^\s*提交\s*$/ }).click();

async function handlerView(text: string): Promise<Page> {
  const [stored] = app().cloud.cloud.store.find('requests', { text }) as Array<{ _id: string }>;
  const member = await app().browser.newPage();
  await actAs(app(), member, '汪德华');
  await member.goto(`${app().cloud.cloud.url}/packages/requests/detail/index?id=${stored._id}`);
  await member.locator('.gt-resident-contact').waitFor();
  return member;
}

it('asks a first filer once for a name and a number, marks a typed number 未验证, and calls them 我', async () => {
  const page = await app().browser.newPage();
  await newResident(page);
  const text = '汪屋组池塘边的垃圾好几天没人清了。';
  await fillRequest(page, text);
  await page.locator('.gt-new-request__contact-title', { hasText: '只问这一次' }).waitFor();
  await submit(page);
  await page.getByText('请填写您的姓名').waitFor();
  await page.locator('.gt-new-request__contact-name input').fill('何大姐');
  await submit(page);
  await page.getByText('请留下联系电话，或选择“不留电话”').waitFor();
  await page.locator('.gt-new-request__contact-phone input').fill('13905568888');
  await submit(page);

  await page.waitForURL(/requests\/detail\/index/);
  await page.locator('.gt-resident-contact__own', { hasText: '139 0556 8888' }).waitFor();
  await page.locator('.gt-resident-contact__badge', { hasText: '未验证' }).waitFor();
  expect((await page.locator('.gt-timeline__actor').allInnerTexts())[0]).toContain('我');
  expect(await page.locator('body').innerText()).not.toContain('未填写姓名');

  const member = await handlerView(text);
  await member.locator('.gt-resident-contact__name', { hasText: '何大姐' }).waitFor();
  await member.locator('.gt-resident-contact__call', { hasText: '139 0556 8888' }).waitFor();
  await member.locator('.gt-resident-contact__badge--unverified', { hasText: '未验证' }).waitFor();

  // The second filing asks nothing: the profile keeps the answer.
  await fillRequest(page, '第二次反映：路灯不亮。');
  await page.locator('.gt-new-request__contact-summary', { hasText: '139 0556 8888（未验证）' }).waitFor();
  expect(await page.locator('.gt-new-request__contact-name').count()).toBe(0);
});

it('lets a resident leave no number, and tells the grid member plainly', async () => {
  const page = await app().browser.newPage();
  await newResident(page);
  const text = '村部门口的下水道堵了，污水漫到路上。';
  await fillRequest(page, text);
  await page.locator('.gt-new-request__contact-name input').fill('汪老伯');
  await page.locator('.gt-new-request__no-phone .gt-switch').click();
  await submit(page);
  await page.waitForURL(/requests\/detail\/index/);
  const member = await handlerView(text);
  await member.locator('.gt-resident-contact__none', { hasText: '未留电话' }).waitFor();
  expect(await member.locator('.gt-resident-contact__call').count()).toBe(0);
});

it('binds the phone with WeChat right in the filing, and the grid member sees it verified', async () => {
  const page = await app().browser.newPage();
  await newResident(page);
  const text = '汪屋组的路被车压坏了一个大坑。';
  await fillRequest(page, text);
  await page.locator('.gt-new-request__contact-name input').fill('汪小妹');
  await page.locator('.gt-new-request__contact .gt-phone-binding__button').click();
  await page.locator('.gt-phone-binding__input input').fill('13905568999');
  await page.locator('.gt-phone-binding__confirm').click();
  await page.getByText('手机号已绑定').waitFor();
  // The form now knows the verified number and only still asks for the name.
  await page.locator('.gt-new-request__contact-phone').waitFor({ state: 'detached' });
  await submit(page);
  await page.waitForURL(/requests\/detail\/index/);
  await page.locator('.gt-resident-contact__badge--verified', { hasText: '已验证' }).waitFor();
  const member = await handlerView(text);
  await member.locator('.gt-resident-contact__call', { hasText: '139 0556 8999' }).waitFor();
  await member.locator('.gt-resident-contact__badge--verified').waitFor();
});

it('offers 绑定手机号 first on the party report, and staff see a typed number as unverified', async () => {
  const page = await app().browser.newPage();
  const openid = await newResident(page);
  await page.goto(`${app().cloud.cloud.url}/packages/party/register/index`);
  await page.locator('.gt-register .gt-phone-binding__button').waitFor();
  await page.locator('.gt-register__name input').fill('陈志远');
  await page.locator('.gt-register__phone input').fill('13912345678');
  await page.locator('.gt-register__branches .gt-chips__chip', { hasText: '湖滨村党总支' }).click();
  await page.locator('.gt-register__employer input').fill('望江县供电公司');
  await page.locator('.gt-register__submit').click();
  await page.getByText('已提交，请等待村（社区）审核').waitFor();

  const staff = await app().browser.newPage();
  await actAs(app(), staff, '李大毛');
  await staff.goto(`${app().cloud.cloud.url}/packages/party/approvals/index`);
  const card = staff.locator(`.gt-approvals__item[data-member-id="${openid}"]`);
  await card.locator('.gt-approvals__phone-unverified', { hasText: '未验证' }).waitFor();
  await card.getByText('花名册里没有这个号码').waitFor();
  // 徐志远 reported with the number he had bound: verified, and the roster knows him.
  const xu = staff.locator('.gt-approvals__item[data-member-id="demo-party-xu"]');
  await xu.locator('.gt-approvals__phone-verified', { hasText: '微信已验证' }).waitFor();
  await xu.getByText('花名册：徐志远（姓名一致）').waitFor();
});
