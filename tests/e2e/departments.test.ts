import type { Page } from 'playwright-core';
import type { RequestDetailDto } from '../../cloudfunctions/contract';
import { eventually } from '../support/eventually';
import { actAs, useH5App } from '../support/h5App';
import { data, stateOf, tap } from '../support/requestPage';

/**
 * 限期解决 on a 375×667 phone (issue 17): 黄文斌 of 凉泉乡 hands a request
 * that reached the township to 县民政局 within 5 working days, with a note;
 * 刘建华 of 县民政局 finds it in his 待办, accepts and resolves it; 王秀英
 * reads who held it and until when, and rates it.
 */

const app = useH5App();

/** 王秀英's request, escalated by 汪德华 to 湖滨村 and by 李大毛 to 凉泉乡 (as the cloud tests do step by step). */
async function requestAtTownship(): Promise<RequestDetailDto> {
  const cloud = app().cloud;
  const filed = await data(
    cloud.call('demo-resident-wang', 'requests', 'submit', {
      clientKey: 'e2e-dept-0001',
      gridId: 'g-hubin-1',
      categoryId: 'hardship',
      text: '低保复核以后补助停发了，家里老人看病没钱。',
      photos: [],
      publicName: false,
    }),
  );
  const up = (openid: string, r: RequestDetailDto, opId: string) =>
    data(cloud.call(openid, 'requests', 'escalate', { requestId: r.id, version: r.version, opId, reason: '需要上级协调' }));
  const inVillage = await up('demo-grid-wang', filed.request, 'e2e-dept-up-1');
  return up('demo-staff-hubin', inVillage, 'e2e-dept-up-2');
}

async function openRequest(page: Page, id: string): Promise<void> {
  await page.goto(`${app().cloud.cloud.url}/packages/requests/detail/index?id=${id}`);
  await page.locator('.gt-request__category').waitFor();
}

it('the township assigns 县民政局 with 5 working days, the department resolves, the resident sees it and rates', async () => {
  const request = await requestAtTownship();

  const township = await app().browser.newPage();
  await township.setViewportSize({ width: 375, height: 667 });
  await actAs(app(), township, '黄文斌');
  await openRequest(township, request.id);
  await township.locator('[data-step="assignDepartment"] .gt-button').click();
  await township.locator('[data-choice="dep-county-minzheng"]').click();
  // 帮扶解困 has 5 working days; one more, one fewer: back to 5.
  await tap(township, '多一天', '.gt-step-panel');
  await township.locator('.gt-request__workdays', { hasText: '限6个工作日内解决' }).waitFor();
  await tap(township, '少一天', '.gt-step-panel');
  await township.locator('.gt-request__workdays', { hasText: '限5个工作日内解决' }).waitFor();
  await township.locator('.gt-step-panel textarea').fill('请核实低保停发原因，符合条件的尽快恢复');
  await tap(township, '确定', '.gt-step-panel');
  await township.locator('.gt-request__department', { hasText: '县民政局' }).waitFor();

  const clerk = await app().browser.newPage();
  await clerk.setViewportSize({ width: 375, height: 667 });
  await actAs(app(), clerk, '刘建华');
  await clerk.goto(`${app().cloud.cloud.url}/packages/requests/inbox/index`);
  await clerk.locator(`[data-request="${request.id}"]`).click();
  await clerk.locator('.gt-request__category').waitFor();
  await clerk.locator('[data-step="accept"] .gt-button').click();
  await eventually(async () => expect(await stateOf(clerk)).toBe('办理中'));
  await clerk.locator('[data-step="resolve"] .gt-button').click();
  await clerk.locator('.gt-step-panel textarea').fill('已入户核实，低保已恢复，补发三个月。');
  await tap(clerk, '确定', '.gt-step-panel');
  await eventually(async () => expect(await stateOf(clerk)).toBe('已办结待评价'));

  const resident = await app().browser.newPage();
  await resident.setViewportSize({ width: 375, height: 667 });
  await actAs(app(), resident, '王秀英');
  await openRequest(resident, request.id);
  const department = await resident.locator('.gt-request__department').innerText();
  expect(department).toMatch(/承办部门：县民政局（限\d+月\d+日前解决）/);
  const timeline = await resident.locator('.gt-timeline__what').allInnerTexts();
  expect(timeline).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^交由县民政局办理，限5个工作日内解决（\d+月\d+日前）$/),
      '县民政局受理了诉求，开始办理',
    ]),
  );
  await resident.locator('[data-stars="5"]').click();
  await tap(resident, '提交评价');
  await eventually(async () => expect(await stateOf(resident)).toBe('已完成'));
});
