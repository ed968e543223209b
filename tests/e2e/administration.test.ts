import { chinaDate } from '../../cloudfunctions/domain/shared/chinaTime';
import { eventually } from '../support/eventually';
import { actAs, useH5App } from '../support/h5App';
import { dataOf } from '../support/testCloud';

/**
 * 系统管理 in a real browser against the H5 build: the county's
 * administrator drills down the place tree, adds a grid to 太华村 and
 * renames it; opens the people of 湖滨村's first grid, finds 李建国 by
 * phone and gives him 治安 there, and a security request filed there goes to
 * him; makes 高秀山 staff of 湖滨村; adds a holiday with the date picker.
 */
const app = useH5App();

it('lets the administrator shape the place tree, appoint people and edit the holiday list', async () => {
  const { cloud, browser } = app();
  const store = () => cloud.cloud.store;
  const page = await browser.newPage();
  await actAs(app(), page, '系统管理员');
  // In 人员: a person of the jurisdiction by phone.
  const findByPhone = async (phone: string, name: string) => {
    await page.locator('.gt-system__find-phone input').fill(phone);
    await page.locator('.gt-system__find').click();
    return page.locator('.gt-system__found', { hasText: name });
  };
  // In 区划: a grid under the village shown.
  const addGrid = async (name: string) => {
    await page.locator('.gt-system__add .gt-system__name-input input').fill(name);
    await page.locator('.gt-system__add .gt-system__name-save').click();
  };
  await page.locator('.gt-staff-tools__link--system').click();

  // 区划: 望江县 → 凉泉乡 → 太华村, where a grid is added.
  await page.locator('.gt-system__child', { hasText: '凉泉乡' }).click();
  await page.locator('.gt-system__child', { hasText: '太华村' }).click();
  await page.locator('.gt-system__place-name', { hasText: '太华村' }).waitFor();
  await addGrid('第四网格（新屋组）');
  await page.locator('.gt-system__child', { hasText: '第四网格（新屋组）' }).waitFor();
  const [added] = store().find('nodes', { name: '第四网格（新屋组）' });
  expect(added).toMatchObject({ level: 'grid', parentId: 'v-taihua', ancestorIds: ['c-wangjiang', 't-liangquan', 'v-taihua'] });
  // A sibling's name is refused in Chinese, and nothing is added.
  await addGrid('第一网格（太华街）');
  await page.getByText('同一级下已经有这个名字了').waitFor();
  expect(store().find('nodes', { parentId: 'v-taihua' })).toHaveLength(4);

  // The new grid is renamed.
  await page.locator('.gt-system__child', { hasText: '第四网格（新屋组）' }).click();
  await page.locator('.gt-system__place-name', { hasText: '第四网格（新屋组）' }).waitFor();
  await page.locator('.gt-system__rename-open').click();
  await page.locator('.gt-system__rename .gt-system__name-input input').fill('第四网格（新屋组、老屋组）');
  await page.locator('.gt-system__rename .gt-system__name-save').click();
  await page.locator('.gt-system__place-name', { hasText: '第四网格（新屋组、老屋组）' }).waitFor();
  await eventually(() => expect(store().find('nodes', { _id: added._id })[0]).toMatchObject({ name: '第四网格（新屋组、老屋组）' }));

  // Back up by the breadcrumb to 凉泉乡, then down to 湖滨村's first grid and its people.
  await page.locator('.gt-system__crumb', { hasText: '凉泉乡' }).click();
  await page.locator('.gt-system__child', { hasText: '湖滨村' }).click();
  await page.locator('.gt-system__child', { hasText: '第一网格（汪屋组）' }).click();
  await page.locator('.gt-system__people-open').click();
  await page.locator('.gt-system__member', { hasText: '汪德华' }).waitFor();

  // 李建国 (who lives in the second grid) is found by phone and given 治安 in this grid.
  const found = await findByPhone('13905560102', '李建国');
  await found.locator('.gt-system__person-line', { hasText: '住在：第二网格（郭屋组）' }).waitFor();
  await found.locator('.gt-system__give-duty').click();
  await found.locator('.gt-system__duty-title input').fill('治安巡逻员');
  await found.locator('.gt-chips__chip', { hasText: /^治安$/ }).click();
  await found.locator('.gt-system__duty-save').click();
  await page.locator('.gt-system__member', { hasText: '李建国' }).locator('.gt-system__person-line', { hasText: '负责：治安' }).waitFor();
  expect(store().find('users', { _id: 'demo-resident-li' })[0]).toMatchObject({
    roles: ['resident', 'gridMember'],
    gridDuties: [{ gridId: 'g-hubin-1', title: '治安巡逻员', categoryIds: ['security'], firstResponsible: false }],
  });
  const filed = dataOf(
    await cloud.call('demo-resident-wang', 'requests', 'submit', {
      clientKey: `admin-e2e-${Date.now()}`,
      gridId: 'g-hubin-1',
      categoryId: 'security',
      text: '晚上汪屋组路口有陌生人撬电动车的锁。',
      photos: [],
      location: { address: '汪屋组路口' },
      publicName: false,
    }),
  );
  expect(filed.request.handler?.name).toBe('李建国');

  // 高秀山 is made staff of 湖滨村.
  await page.locator('.gt-segments__tab', { hasText: '区划' }).click();
  await page.locator('.gt-system__crumb', { hasText: '湖滨村' }).click();
  await page.locator('.gt-system__place-name', { hasText: '湖滨村' }).waitFor();
  await page.locator('.gt-system__people-open').click();
  await page.locator('.gt-system__staff', { hasText: '李大毛' }).waitFor();
  await (await findByPhone('13905563001', '高秀山')).locator('.gt-system__make-staff').click();
  await page.locator('.gt-system__staff', { hasText: '高秀山' }).waitFor();
  expect(store().find('users', { _id: 'demo-party-gao' })[0]).toMatchObject({
    staffScopeId: 'v-hubin',
    roles: expect.arrayContaining(['staff']),
  });

  // 节假日: a holiday two years on from today, picked with the date picker (the year column), then saved.
  await page.locator('.gt-segments__tab', { hasText: '节假日' }).click();
  const holidays = page.locator('.gt-system__holidays');
  await holidays.locator('.gt-system__day[data-date="2026-10-01"]').waitFor();
  const today = chinaDate(new Date());
  const year = Number(today.slice(0, 4)) + 2;
  await holidays.locator('.gt-system__add-day').click();
  // The picker opens on today, in an overlay on the page's body (the other list's picker is there too, hidden).
  // Its column's shading lies over the items and takes the click, as on a phone: the column picks the year under it.
  const confirm = page.locator('.weui-picker__action:visible', { hasText: '确定' });
  await confirm.click({ trial: true }); // waits until the picker has slid up and stands still
  await page.locator('.weui-picker__item:visible', { hasText: `${year}年` }).click({ force: true });
  await confirm.click();
  const picked = `${year}${today.slice(4)}`;
  await holidays.locator(`.gt-system__day[data-date="${picked}"]`).waitFor();
  await page.locator('.gt-system__save-calendar').click();
  await eventually(() =>
    expect((store().find('settings', { _id: 'workCalendar' })[0] as { holidays: string[] }).holidays).toContain(picked),
  );
  expect((store().find('settings', { _id: 'workCalendar' })[0] as { holidays: string[] }).holidays).toContain('2026-10-01');
});
