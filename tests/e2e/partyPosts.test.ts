import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { actAs, useH5App } from '../support/h5App';

/**
 * The party-member path in a real browser against the H5 build and the
 * local cloud: a member reports to the community, staff approve, the member
 * claims a post with a public commitment and logs two hours, the grid
 * member approves the log, and the grid's public board shows it.
 */

const MEMBER = { openid: 'e2e-member-zhao', name: '赵志刚' };

const app = useH5App((cloud) => {
  // Someone who already uses the app as a resident of 湖滨村 第二网格.
  cloud.cloud.store.insertMany('users', [
    {
      _id: MEMBER.openid,
      name: MEMBER.name,
      phone: '',
      roles: ['resident'],
      homeGridId: 'g-hubin-2',
      householdTags: [],
      gridDuties: [],
      nodeDuties: [],
      staffScopeId: null,
      elderMode: false,
      createdAt: new Date(),
    },
  ]);
});

const stored = (collection: string, filter: Record<string, unknown>) => app().cloud.cloud.store.find(collection, filter);

/** Picks a demo identity on 我的 and opens one of its 党员服务 entries. */
async function openEntryAs(page: Page, name: string, entry: string): Promise<void> {
  await actAs(app(), page, name);
  await page.goto(`${app().cloud.cloud.url}/pages/profile/index`);
  await page.locator(`.gt-party-entry__link--${entry}`).click();
}

it('takes a member from reporting to the community to the public board', async () => {
  const page = await app().browser.newPage();

  // 1. The member reports to the community.
  await openEntryAs(page, MEMBER.name, 'register');
  await page.locator('.gt-register__phone input').fill('13812345678');
  await page.locator('.gt-register__branches .gt-chips__chip', { hasText: '望江县供电公司党支部' }).click();
  await page.locator('.gt-register__employer input').fill('望江县供电公司');
  await page.locator('.gt-chips__chip', { hasText: '民情收集' }).click();
  await page.locator('.gt-register__submit').click();
  await page.locator('.gt-register__status', { hasText: '报到审核中' }).waitFor();
  expect(stored('partyMembers', { _id: MEMBER.openid })[0]).toMatchObject({ status: 'pending', gridId: 'g-hubin-2', branchId: 'b-power' });
  // Until approved, no party-member rights: the entries offered stay those of a resident.
  await page.goto(`${app().cloud.cloud.url}/pages/profile/index`);
  await page.locator('.gt-party-entry__link--register', { hasText: '报到审核中' }).waitFor();
  expect(await page.locator('.gt-party-entry__link--posts').count()).toBe(0);

  // 2. Staff of 湖滨村 approve.
  await openEntryAs(page, '李大毛', 'approvals');
  const registration = page.locator('.gt-approvals__item', { hasText: MEMBER.name });
  await registration.locator('.gt-approvals__approve').click();
  await eventually(() => expect(stored('partyMembers', { _id: MEMBER.openid })[0].status).toBe('approved'));
  expect(stored('users', { _id: MEMBER.openid })[0].roles).toEqual(['resident', 'partyMember']);

  // 3. The member claims a post of their grid with a public commitment.
  await openEntryAs(page, MEMBER.name, 'posts');
  const post = page.locator('.gt-posts__post', { hasText: '入户走访收集民意' });
  await post.locator('.gt-posts__claim').click();
  await post.locator('.gt-prompt__text textarea').fill('每月走访郭屋组农户两次，群众诉求当天登记上报');
  await post.locator('.gt-prompt__confirm').click();
  await post.locator('.gt-posts__claim', { hasText: '我已认领' }).waitFor();
  await expect(post.locator('.gt-posts__holder').innerText()).resolves.toContain('赵志刚 138****5678');

  // 4. …and logs two hours of service on it.
  await openEntryAs(page, MEMBER.name, 'record');
  await page.locator('.gt-record__claim', { hasText: '入户走访收集民意' }).locator('.gt-record__log').click();
  await page.locator('.gt-log__hours .gt-chips__chip', { hasText: '2小时' }).click();
  await page.locator('.gt-log__content textarea').fill('走访郭屋组5户农户，登记2条用水诉求');
  await page.locator('.gt-log__household input').fill('郭屋组 李建国家');
  await page.locator('.gt-log__submit').click();
  await page.locator('.gt-log-card', { hasText: '走访郭屋组5户农户' }).locator('.gt-log-card__status', { hasText: '待审核' }).waitFor();
  const [log] = stored('serviceLogs', { memberId: MEMBER.openid });
  expect(log).toMatchObject({ hours: 2, status: 'pending', gridId: 'g-hubin-2', household: '郭屋组 李建国家' });

  // 5. The grid member of 湖滨村 第二网格 approves it.
  await openEntryAs(page, '郭长林', 'verify');
  const item = page.locator('.gt-log-card', { hasText: '走访郭屋组5户农户' });
  await expect(item.locator('.gt-verify__member').innerText()).resolves.toContain('赵志刚（望江县供电公司党支部）');
  await item.locator('.gt-verify__approve').click();
  await eventually(() => expect(stored('serviceLogs', { _id: log._id })[0].status).toBe('approved'));
  await item.waitFor({ state: 'detached' });

  // 6. A resident of the grid opens its public board from 首页.
  await actAs(app(), page, '李建国');
  await page.goto(`${app().cloud.cloud.url}/pages/index/index`);
  await page.locator('.gt-home__board').click();
  const holder = page.locator('.gt-board__post', { hasText: '入户走访收集民意' }).locator('.gt-board__holder', { hasText: MEMBER.name });
  await expect(holder.locator('.gt-board__name').innerText()).resolves.toContain('赵志刚 138****5678');
  await expect(holder.locator('.gt-board__hours').innerText()).resolves.toContain('今年服务 2 小时');
  await expect(holder.locator('.gt-board__commitment').innerText()).resolves.toContain('每月走访郭屋组农户两次');
  expect(await page.content()).not.toContain('13812345678');
});
