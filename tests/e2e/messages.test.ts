import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { eventually } from '../support/eventually';
import { startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * 留言 in a real browser against the H5 build and the local cloud: a resident
 * leaves a message, staff open and reply (the resident gets a subscribe
 * message), the resident sees the reply; staff turn the message into a 诉求,
 * which is routed to the grid member like any other.
 */
let cloud: TestCloud;
let browser: TestBrowser;

beforeAll(async () => {
  cloud = await startTestCloud({ staticDir: path.resolve(__dirname, '../../dist/h5') });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await cloud?.close();
});

async function actAs(page: Page, name: string): Promise<void> {
  await page.goto(`${cloud.cloud.url}/pages/profile/index`);
  await page.locator('.gt-dev-identity__person', { hasText: name }).first().click();
  await page.locator('.gt-dev-identity__current', { hasText: name }).waitFor();
}

function tap(page: Page, label: string): Promise<void> {
  return page.locator('.at-button', { hasText: new RegExp(`^\\s*${label}\\s*$`) }).first().click();
}

type StoredMessage = { _id: string; status: string; ownerId: string | null; requestId: string | null; posts: Array<{ text: string }> };

it('a resident leaves a message, staff reply, the resident sees it; staff turn it into a routed request', async () => {
  const question = '村里的路灯晚上几点关？我家门口那盏一直不亮。';
  const answer = '路灯晚上十一点关，您门口那盏明天安排电工来修。';

  const resident = await browser.newPage();
  await actAs(resident, '王秀英');
  await resident.goto(`${cloud.cloud.url}/packages/console/messages/index`);
  await tap(resident, '写留言');
  await resident.locator('.gt-cs-new__text textarea').fill(question);
  await tap(resident, '发送留言');
  await resident.locator('.gt-cs-detail .gt-cs__text', { hasText: question }).waitFor();
  const [stored] = (await cloud.cloud.store.find('messages', { text: question })) as unknown as StoredMessage[];
  expect(stored).toEqual(expect.objectContaining({ status: 'waiting', ownerId: null }));

  const staff = await browser.newPage();
  await actAs(staff, '李大毛');
  await staff.goto(`${cloud.cloud.url}/packages/console/staff-messages/index`);
  await staff.locator('.gt-cs__card', { hasText: question }).click();
  // Opening it made 李大毛 its owner (首问负责).
  await staff.locator('.gt-cs-detail .gt-cs__line', { hasText: '首问负责人：李大毛' }).waitFor();
  await staff.locator('.gt-cs-detail__text textarea').fill(answer);
  await tap(staff, '发送答复');
  await staff.locator('.gt-cs-detail .gt-cs__text', { hasText: answer }).waitFor();
  await eventually(() => {
    expect(cloud.cloud.outbox().some((m) => m.touser === 'demo-resident-wang' && m.page?.includes(stored._id))).toBe(true);
  });

  await resident.goto(`${cloud.cloud.url}/packages/console/messages/index`);
  await resident.locator('.gt-cs__card', { hasText: question }).click();
  await resident.locator('.gt-cs-detail .gt-cs__text', { hasText: answer }).waitFor();
  expect(await resident.locator('.gt-cs-detail .gt-cs__post').count()).toBe(2);

  await tap(staff, '转为诉求');
  await staff.locator('.gt-cs-detail .gt-choices__item', { hasText: '基础设施' }).click();
  await staff.locator('.at-button', { hasText: '查看诉求办理情况' }).waitFor();
  const [linked] = (await cloud.cloud.store.find('messages', { _id: stored._id })) as unknown as StoredMessage[];
  expect(linked.requestId).toBeTruthy();
  const [request] = (await cloud.cloud.store.find('requests', { _id: linked.requestId })) as unknown as Array<{
    state: string;
    handler: { name: string } | null;
    sourceMessageId: string;
  }>;
  expect(request).toEqual(expect.objectContaining({ state: 'assigned', sourceMessageId: stored._id, handler: expect.objectContaining({ name: '汪德华' }) }));
  await tap(staff, '查看诉求办理情况');
  await staff.locator('.gt-request__state').waitFor();
  expect(await staff.locator('.gt-request__state').innerText()).toContain('已分派');
});

it('staff see the 工作台: the message waiting over 24 hours, the figures and the rankings', async () => {
  await cloud.cloud.fireTimer('dashboard', 'refreshStats');
  const staff = await browser.newPage();
  await actAs(staff, '李大毛');
  await staff.goto(`${cloud.cloud.url}/packages/console/home/index`);
  const home = staff.locator('.gt-cs-home');
  await home.locator('.gt-cs__alert', { hasText: '超过24小时未答复' }).waitFor();
  await home.locator('.gt-cs__line', { hasText: '村里什么时候统一办理新农合缴费' }).waitFor();
  await home.locator('.gt-cs__heading', { hasText: '网格考核排名' }).waitFor();
  expect(await home.locator('.gt-bars__row').count()).toBeGreaterThan(0);
  await staff.screenshot({ path: path.resolve(__dirname, '../../dist/console-home.png'), fullPage: true });
});
