import type { Page } from 'playwright-core';
import type { RequestDetailDto } from '../../cloudfunctions/contract';
import { chinaDate } from '../../cloudfunctions/domain/shared/chinaTime';
import { eventually } from '../support/eventually';
import { useH5App } from '../support/h5App';
import { data, openRequest as openPage, phoneAs, stateOf, tap } from '../support/requestPage';

/**
 * 纳入规划 on a 375×667 phone (issue 17): 汪德华 closes a request that cannot
 * be solved now with an explanation, a plan and a date (the form marks what
 * is missing at its field); 王秀英 reads 已纳入规划（计划 …完成）and the plan,
 * and rates it; when the cloud's clock passes the date the timer reopens it
 * for follow-up and 汪德华 finds it back in his 待办.
 */

const app = useH5App();
const DAY = 86_400_000;

afterEach(() => app().cloud.cloud.setClockOffset(0));

/** 王秀英's request about the village road, accepted by 汪德华. */
async function acceptedRequest(): Promise<RequestDetailDto> {
  const cloud = app().cloud;
  const filed = await data(
    cloud.call('demo-resident-wang', 'requests', 'submit', {
      clientKey: 'e2e-plan-0001',
      gridId: 'g-hubin-1',
      categoryId: 'infrastructure',
      text: '汪屋组到村部的路坑坑洼洼，下雨天老人出门容易摔跤，希望能铺成水泥路。',
      photos: [],
      publicName: false,
    }),
  );
  const r = filed.request;
  return data(cloud.call('demo-grid-wang', 'requests', 'accept', { requestId: r.id, version: r.version, opId: 'e2e-plan-accept' }));
}

const phone = (name: string): Promise<Page> => phoneAs(app(), name);
const openRequest = (page: Page, id: string): Promise<void> => openPage(app(), page, id);

/** 纳入规划 through the handler's form: each missing part is marked at its field first. */
async function planThroughTheForm(handler: Page): Promise<void> {
  await handler.locator('[data-step="plan"] .gt-button').click();
  const panel = handler.locator('.gt-step-panel');
  await panel.locator('> .gt-field textarea').fill('这条路要整体硬化，村里今年没有这笔资金。');
  await tap(handler, '确定', '.gt-step-panel');
  await panel.locator('.gt-field--error', { hasText: '请写明规划' }).waitFor();
  await panel.locator('.gt-request__plan-text textarea').fill('已报乡里，列入明年村道硬化项目。');
  await tap(handler, '确定', '.gt-step-panel');
  await panel.locator('.gt-field--error', { hasText: '请选择计划完成的日期' }).waitFor();
  // The picker opens on the earliest date it offers: tomorrow.
  await panel.locator('.gt-request__plan-date').click();
  const confirm = handler.locator('.weui-picker__action:visible', { hasText: '确定' });
  await confirm.click({ trial: true });
  await confirm.click();
  await panel.locator('.gt-field--error').waitFor({ state: 'detached' });
  await tap(handler, '确定', '.gt-step-panel');
  await eventually(async () => expect(await stateOf(handler)).toBe('已纳入规划'));
}

it('a request closed as 纳入规划 shows the plan to the resident, is rated, and reopens for follow-up on its date', async () => {
  const request = await acceptedRequest();
  const tomorrow = chinaDate(new Date(Date.now() + DAY));
  const month = `${Number(tomorrow.slice(0, 4))}年${Number(tomorrow.slice(5, 7))}月`;

  const handler = await phone('汪德华');
  await openRequest(handler, request.id);
  await planThroughTheForm(handler);

  const resident = await phone('王秀英');
  await openRequest(resident, request.id);
  const plan = resident.locator('.gt-request__plan');
  await plan.locator('.gt-request__heading', { hasText: `已纳入规划（计划 ${month} 完成）` }).waitFor();
  expect(await plan.innerText()).toContain('已报乡里，列入明年村道硬化项目。');
  expect(await resident.locator('.gt-request__card', { hasText: '解释说明' }).innerText()).toContain('村里今年没有这笔资金');
  await resident.locator('[data-stars="4"]').click();
  await tap(resident, '提交评价');
  await eventually(async () =>
    expect(await resident.locator('.gt-timeline__what').allInnerTexts()).toContain('评价：★★★★（4星），诉求完成'),
  );

  // Two days on, the timer finds the plan's date has come.
  app().cloud.cloud.setClockOffset(2 * DAY);
  await app().cloud.cloud.fireTimer('requests', 'sweep');
  await handler.goto(`${app().cloud.cloud.url}/packages/requests/inbox/index`);
  await handler.locator(`[data-request="${request.id}"]`).click();
  await handler.locator('.gt-request__category').waitFor();
  await eventually(async () => expect(await stateOf(handler)).toBe('重新办理'));
  const timeline = await handler.locator('.gt-timeline__what').allInnerTexts();
  expect(timeline.some((line) => line.startsWith('规划的完成日期') && line.includes('重新办理跟进'))).toBe(true);
  await handler.locator('[data-step="accept"] .gt-button').waitFor();
});
