import type { Page } from 'playwright-core';
import { actAs, useH5App } from '../support/h5App';

/**
 * On a 375×667 phone: the resident's request page has a
 * call button for whoever holds it now (the contact card's number), and the
 * handler's page always says how to reach the resident.
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

/** 138 1234 5678 for a mobile, as the app shows it. */
const spaced = (phone: string) => (/^1\d{10}$/.test(phone) ? `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}` : phone);

it('shows the resident a call button for the grid member who holds the request, and the member how to reach her', async () => {
  const resident = await phonePage('王秀英');
  await resident.goto(`${app().cloud.cloud.url}/packages/requests/new/index`);
  await resident.locator('[data-category="environment"]').click();
  const text = '汪屋组路边的垃圾桶满了，三天没人收。';
  await resident.locator('.gt-new-request__text textarea').fill(text);
  await tap(resident, '下一步');
  await tap(resident, '提交');
  await resident.waitForURL(/requests\/detail/);

  const [request] = app().cloud.cloud.store.find('requests', { text }) as Array<{ _id: string; handler: { id: string; name: string } }>;
  const [holder] = app().cloud.cloud.store.find('users', { _id: request.handler.id }) as Array<{ phone: string }>;
  expect(holder.phone).toBeTruthy();
  const call = resident.locator('.gt-request__now .gt-request__call');
  await call.locator('.gt-request__call-number', { hasText: spaced(holder.phone) }).waitFor();
  expect(await call.innerText()).toContain(request.handler.name);

  // The handler sees how to reach the resident, and no button to call themself.
  const member = await phonePage(request.handler.name);
  await member.goto(`${app().cloud.cloud.url}/packages/requests/detail/index?id=${request._id}`);
  await member.locator('.gt-resident-contact').waitFor();
  const reach = member.locator('.gt-resident-contact__call, .gt-resident-contact__none');
  expect(await reach.count()).toBe(1);
  expect(await member.locator('.gt-request__call').count()).toBe(0);
});

it('shows a landline the way people read it: 0556-5202001', async () => {
  const member = await phonePage('汪德华');
  await member.goto(`${app().cloud.cloud.url}/packages/requests/proxy-file/index`);
  await member.locator('.gt-proxy__name input').fill('吴老汉');
  await member.locator('.gt-proxy__household input').fill('汪屋组3号 吴老汉户');
  await member.locator('.gt-proxy__phone input').fill('05565202001');
  await member.locator('[data-category="environment"]').click();
  await member.locator('.gt-proxy__text textarea').fill('吴老汉家门前的水沟堵了，请安排人清理。');
  await tap(member, '提交');
  await member.waitForURL(/requests\/detail/);
  await member.locator('.gt-resident-contact__call .gt-resident-contact__number', { hasText: '0556-5202001' }).waitFor();
});
