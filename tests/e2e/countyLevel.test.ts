import type { Page } from 'playwright-core';
import type { RequestDetailDto } from '../../cloudfunctions/contract';
import { eventually } from '../support/eventually';
import { useH5App } from '../support/h5App';
import { data, openRequest as openPage, phoneAs, stateOf, tap } from '../support/requestPage';

/**
 * The county level on a 375×667 phone (issue 17). 黄文斌 of 凉泉乡 takes a
 * request up to the county with a reason; 钱卫东 (望江县) finds it in his
 * 待办 with the county's deadline and hands it to 县民政局. Another request
 * the sweep takes to the county: 钱卫东 hands it to 县水利局, which hands it
 * back to the county (退回县里, not 退回乡镇); he gives it to 县民政局 with 5
 * working days and a note; 刘建华 accepts it, reads that the bureau cannot
 * pause the county's 限期 (no 挂起), and resolves it; 王秀英 reads who held
 * it and until when, in words, and rates it.
 */

const app = useH5App();
const DAY = 86_400_000;

/** A 帮扶解困 request of 王秀英's, escalated by 汪德华 to 湖滨村 and by 李大毛 to 凉泉乡. */
async function requestAtTownship(key: string, text: string): Promise<RequestDetailDto> {
  const cloud = app().cloud;
  const filed = await data(
    cloud.call('demo-resident-wang', 'requests', 'submit', {
      clientKey: `e2e-county-${key}`,
      gridId: 'g-hubin-1',
      categoryId: 'hardship',
      text,
      photos: [],
      publicName: false,
    }),
  );
  const up = (openid: string, r: RequestDetailDto, opId: string) =>
    data(cloud.call(openid, 'requests', 'escalate', { requestId: r.id, version: r.version, opId, reason: '需要上级协调' }));
  const inVillage = await up('demo-grid-wang', filed.request, `e2e-county-${key}-up-1`);
  return up('demo-staff-hubin', inVillage, `e2e-county-${key}-up-2`);
}

const phone = (name: string): Promise<Page> => phoneAs(app(), name);
const openRequest = (page: Page, id: string): Promise<void> => openPage(app(), page, id);

/** 交办部门 on the open request page: the department, the working days (the category's 5 unless told), a note. */
async function assignDepartment(page: Page, departmentId: string, note: string): Promise<void> {
  await page.locator('[data-step="assignDepartment"] .gt-button').click();
  await page.locator(`[data-choice="${departmentId}"]`).click();
  await page.locator('.gt-request__workdays', { hasText: '限5个工作日内解决' }).waitFor();
  await page.locator('.gt-step-panel textarea').fill(note);
  await tap(page, '确定', '.gt-step-panel');
}

const timelineOf = (page: Page): Promise<string[]> => page.locator('.gt-timeline__what').allInnerTexts();

it('the township takes it to the county, the county’s staff find it in 待办 and assign 县民政局, the resident reads who holds it', async () => {
  const request = await requestAtTownship('0001', '危房改造补助申请了半年，乡里说要县里审批。');

  const township = await phone('黄文斌');
  await openRequest(township, request.id);
  await township.locator('[data-step="escalate"] .gt-button').click();
  await township.locator('.gt-step-panel textarea').fill('危房改造补助需县住建局审批，乡里无权决定');
  await tap(township, '确定', '.gt-step-panel');
  await township.locator('.gt-request__county', { hasText: /县里办理：望江县（限(\d+年)?\d+月\d+日前办结）/ }).waitFor();

  const county = await phone('钱卫东');
  await county.goto(`${app().cloud.cloud.url}/packages/requests/inbox/index`);
  const card = county.locator(`[data-request="${request.id}"]`);
  await card.locator('.gt-request-card__county', { hasText: /望江县（限(\d+年)?\d+月\d+日前办结）/ }).waitFor();
  await card.click();
  await county.locator('.gt-request__category').waitFor();
  await assignDepartment(county, 'dep-county-minzheng', '请县民政局会同住建部门限期解决');
  await county.locator('.gt-request__department', { hasText: '县民政局' }).waitFor();

  const resident = await phone('王秀英');
  await openRequest(resident, request.id);
  expect(await timelineOf(resident)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^已上报到县里，由望江县值班工作人员负责，限(\d+年)?\d+月\d+日前办结$/),
      expect.stringMatching(/^交由县民政局办理，限5个工作日内解决（(\d+年)?\d+月\d+日前）$/),
    ]),
  );
  expect(await resident.locator('.gt-request__department').innerText()).toMatch(/承办部门：县民政局（限(\d+年)?\d+月\d+日前解决）/);
});

it('the sweep takes it to the county; a 县直部门 hands it back to the county, 县民政局 resolves it within 5 working days, the resident rates', async () => {
  const request = await requestAtTownship('0002', '低保复核以后补助停发了，乡里一直没有答复。');
  // Past the township's deadline the timer takes it to the county's duty queue.
  app().cloud.cloud.setClockOffset(20 * DAY);
  await app().cloud.cloud.fireTimer('requests', 'sweep');

  const county = await phone('钱卫东');
  await openRequest(county, request.id);
  await county.locator('.gt-request__county', { hasText: /县里办理：望江县（限(\d+年)?\d+月\d+日前办结）/ }).waitFor();
  expect(await timelineOf(county)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^超过办理时限（(\d+年)?\d+月\d+日）未办结，已上报到县里，由望江县值班工作人员负责/)]),
  );
  await assignDepartment(county, 'dep-county-shuili', '请县水利局核实');
  await county.locator('.gt-request__department', { hasText: '县水利局' }).waitFor();

  // 县水利局 hands it back where it came from: the county, as its button and the timeline say.
  const water = await phone('陈水生');
  await openRequest(water, request.id);
  expect(await water.locator('[data-step="returnToTownship"] .gt-button').innerText()).toBe('退回县里');
  await water.locator('[data-step="returnToTownship"] .gt-button').click();
  await water.locator('.gt-step-panel textarea').fill('低保归民政部门办理');
  expect(await water.locator('.gt-step-panel__title').innerText()).toBe('退回县里');
  await tap(water, '确定', '.gt-step-panel');
  // No longer the bureau's: its page is left for its 待办, where the request no longer is.
  await water.waitForURL((url) => url.pathname.includes('/packages/requests/inbox/'));
  await water.locator('.gt-inbox__subscribe').waitFor(); // its first page has loaded
  expect(await water.locator(`[data-request="${request.id}"]`).count()).toBe(0);

  await openRequest(county, request.id);
  await county.locator('.gt-request__handler-name', { hasText: '钱卫东' }).waitFor();
  expect(await timelineOf(county)).toContain('县水利局退回县里，由县里重新安排');
  await assignDepartment(county, 'dep-county-minzheng', '请县民政局核实低保停发原因，五个工作日内答复');
  await county.locator('.gt-request__department', { hasText: '县民政局' }).waitFor();

  const clerk = await phone('刘建华');
  await openRequest(clerk, request.id);
  await clerk.locator('[data-step="accept"] .gt-button').click();
  await eventually(async () => expect(await stateOf(clerk)).toBe('办理中'));
  // The 限期 is the county's: the bureau cannot stop its clock, and the page says so.
  await clerk.locator('.gt-request__clock', { hasText: '限期由县里确定，部门办理期间不暂停计时' }).waitFor();
  expect(await clerk.locator('[data-step="suspend"]').count()).toBe(0);
  await clerk.locator('[data-step="resolve"]').waitFor();
  await clerk.locator('[data-step="resolve"] .gt-button').click();
  await clerk.locator('.gt-step-panel textarea').fill('已入户核实，低保已恢复，补发三个月。');
  await tap(clerk, '确定', '.gt-step-panel');
  await eventually(async () => expect(await stateOf(clerk)).toBe('已办结待评价'));

  const resident = await phone('王秀英');
  await openRequest(resident, request.id);
  expect(await resident.locator('.gt-request__department').innerText()).toMatch(/承办部门：县民政局（限(\d+年)?\d+月\d+日前解决）/);
  expect(await timelineOf(resident)).toEqual(
    expect.arrayContaining([
      '县水利局退回县里，由县里重新安排',
      expect.stringMatching(/^交由县民政局办理，限5个工作日内解决（(\d+年)?\d+月\d+日前）$/),
      '县民政局受理了诉求，开始办理',
    ]),
  );
  await resident.locator('[data-stars="5"]').click();
  await tap(resident, '提交评价');
  await eventually(async () => expect(await stateOf(resident)).toBe('已完成'));
});
