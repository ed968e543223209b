import type { Page } from 'playwright-core';
import type { RequestDetailDto } from '../../cloudfunctions/contract';
import { actAs, useH5App } from '../support/h5App';

/**
 * 上报到县里 on a 375×667 phone (issue 17): 黄文斌 of 凉泉乡 takes a request
 * up to the county with a reason; 钱卫东 (望江县) finds it in his 待办 with
 * the county's deadline and hands it to 县民政局; 王秀英 reads that the
 * county took it and until when.
 */

const app = useH5App();

function tap(page: Page, label: string, within = ''): Promise<void> {
  return page.locator(`${within} .at-button`.trim(), { hasText: new RegExp(`^\\s*${label}\\s*$`) }).click();
}

async function data<T>(call: Promise<{ ok: true; data: T } | { ok: false; message: string }>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

/** 王秀英's request, escalated by 汪德华 to 湖滨村 and by 李大毛 to 凉泉乡. */
async function requestAtTownship(): Promise<RequestDetailDto> {
  const cloud = app().cloud;
  const filed = await data(
    cloud.call('demo-resident-wang', 'requests', 'submit', {
      clientKey: 'e2e-county-0001',
      gridId: 'g-hubin-1',
      categoryId: 'hardship',
      text: '危房改造补助申请了半年，乡里说要县里审批。',
      photos: [],
      publicName: false,
    }),
  );
  const up = (openid: string, r: RequestDetailDto, opId: string) =>
    data(cloud.call(openid, 'requests', 'escalate', { requestId: r.id, version: r.version, opId, reason: '需要上级协调' }));
  const inVillage = await up('demo-grid-wang', filed.request, 'e2e-county-up-1');
  return up('demo-staff-hubin', inVillage, 'e2e-county-up-2');
}

async function phone(name: string): Promise<Page> {
  const page = await app().browser.newPage();
  await page.setViewportSize({ width: 375, height: 667 });
  await actAs(app(), page, name);
  return page;
}

async function openRequest(page: Page, id: string): Promise<void> {
  await page.goto(`${app().cloud.cloud.url}/packages/requests/detail/index?id=${id}`);
  await page.locator('.gt-request__category').waitFor();
}

it('the township takes it to the county, the county’s staff find it in 待办 and assign 县民政局, the resident reads who holds it', async () => {
  const request = await requestAtTownship();

  const township = await phone('黄文斌');
  await openRequest(township, request.id);
  await township.locator('[data-step="escalate"] .at-button').click();
  await township.locator('.gt-step-panel textarea').fill('危房改造补助需县住建局审批，乡里无权决定');
  await tap(township, '确定', '.gt-step-panel');
  await township.locator('.gt-request__county', { hasText: /县里办理：望江县（限(\d+年)?\d+月\d+日前办结）/ }).waitFor();

  const county = await phone('钱卫东');
  await county.goto(`${app().cloud.cloud.url}/packages/requests/inbox/index`);
  const card = county.locator(`[data-request="${request.id}"]`);
  await card.locator('.gt-request-card__county', { hasText: /望江县（限(\d+年)?\d+月\d+日前办结）/ }).waitFor();
  await card.click();
  await county.locator('.gt-request__category').waitFor();
  await county.locator('[data-step="assignDepartment"] .at-button').click();
  await county.locator('[data-choice="dep-county-minzheng"]').click();
  await county.locator('.gt-step-panel textarea').fill('请县民政局会同住建部门限期解决');
  await tap(county, '确定', '.gt-step-panel');
  await county.locator('.gt-request__department', { hasText: '县民政局' }).waitFor();

  const resident = await phone('王秀英');
  await openRequest(resident, request.id);
  const timeline = await resident.locator('.gt-timeline__what').allInnerTexts();
  expect(timeline).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^已上报到县里，由望江县值班工作人员负责，限(\d+年)?\d+月\d+日前办结$/),
      expect.stringMatching(/^交由县民政局办理，限\d+个工作日内解决/),
    ]),
  );
  expect(await resident.locator('.gt-request__department').innerText()).toMatch(/承办部门：县民政局（限(\d+年)?\d+月\d+日前解决）/);
});
