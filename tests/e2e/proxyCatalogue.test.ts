import type { Page } from 'playwright-core';
import { useH5App } from '../support/h5App';
import { phoneAs } from '../support/requestPage';

/**
 * 代办事项目录 on a 375×667 phone (issue 17, item 4): the county's
 * administrator reaches it from 系统管理 › 类别 and adds 高龄津贴申领 with two
 * materials (a missing field and an over-long material marked where they
 * are, nothing cut); 汪德华 opens a case for a resident with it; the
 * administrator's later edit, saved after another administrator's, is
 * refused in words first and changes nothing of the open case.
 */
const app = useH5App();
const NAME = '高龄津贴申领';

async function phonePage(name: string): Promise<Page> {
  const page = await phoneAs(app(), name);
  // A step that never comes names itself instead of running into the test's timeout.
  page.setDefaultTimeout(20_000);
  return page;
}

type StoredItem = {
  _id: string;
  materials: string[];
  version: number;
  office: { name: string };
  stageDays: { receive: number; send: number; conclude: number; handBack: number };
};

function storedItem(): StoredItem {
  const [item] = app().cloud.cloud.store.find('proxyItems', { name: NAME }) as unknown as StoredItem[];
  return item;
}

async function addItem(admin: Page): Promise<void> {
  await admin.locator('.gt-staff-tools__link--system').click();
  await admin.locator('.gt-segments__tab', { hasText: '类别' }).click();
  await admin.locator('.gt-system__proxy-catalogue').click();
  await admin.locator('.gt-daiban-catalogue__item').first().waitFor();
  await admin.locator('.gt-button.gt-daiban-catalogue__add').click();
  // Nothing filled: each missing field is marked at its place, nothing is sent.
  await admin.locator('.gt-button.gt-daiban-catalogue__save').click();
  await admin.locator('.gt-field--error', { hasText: '请填写事项名称' }).waitFor();
  await admin.locator('.gt-daiban-catalogue__office.gt-field--error', { hasText: '请选择办理部门' }).waitFor();
  await admin.locator('.gt-daiban-catalogue__name input').fill(NAME);
  // An over-long material is kept whole and counted in red until shortened.
  const tooLong = '户口簿'.repeat(11);
  await admin.locator('.gt-daiban-catalogue__material--1 input').fill(tooLong);
  await admin.locator('.gt-daiban-catalogue__material--1.gt-field--error').waitFor();
  expect(await admin.locator('.gt-daiban-catalogue__material--1 input').inputValue()).toBe(tooLong);
  await admin.locator('.gt-daiban-catalogue__material--1 input').fill('身份证');
  await admin.locator('.gt-button.gt-daiban-catalogue__add-material').click();
  await admin.locator('.gt-daiban-catalogue__material--2 input').fill('户口簿');
  await admin.locator('.gt-daiban-catalogue__office [data-choice="dep-county-minzheng"]').click();
  await admin.locator('.gt-daiban-catalogue__stage--conclude .gt-button.gt-daiban-catalogue__more').click();
  await admin.locator('.gt-daiban-catalogue__guide textarea').fill('八十周岁以上老人，本人或家属带身份证');
  await admin.locator('.gt-button.gt-daiban-catalogue__save').click();
  await admin.locator('.gt-daiban-catalogue__item', { hasText: NAME }).filter({ hasText: '第1版' }).waitFor();
}

async function openCase(agent: Page, itemId: string): Promise<void> {
  await agent.goto(`${app().cloud.cloud.url}/packages/proxy/new/index`);
  await agent.locator(`.gt-daiban-new__items [data-choice="${itemId}"]`).click();
  await agent.locator('.gt-daiban-new__materials [data-value="户口簿"]').waitFor();
  await agent.locator('.gt-daiban-new__name input').fill('汪秀兰');
  await agent.locator('.gt-daiban-new__phone input').fill('13905560188');
  await agent.locator('.gt-daiban-new__household input').fill('汪屋组3号 汪家');
  await agent.locator('.gt-daiban-new__materials [data-value="身份证"]').click();
  await agent.locator('.gt-button.gt-daiban-new__submit').click();
  await agent.locator('.gt-daiban-facts__materials', { hasText: '还缺：户口簿' }).waitFor();
}

it('an administrator adds an item with two materials, an agent opens a case with it, a later edit leaves the case as opened', async () => {
  const admin = await phonePage('系统管理员');
  await addItem(admin);
  const added = storedItem();
  expect(added).toMatchObject({ materials: ['身份证', '户口簿'], version: 1, office: { name: '县民政局' }, stageDays: { conclude: 11 } });

  const agent = await phonePage('汪德华');
  await openCase(agent, added._id);
  const caseUrl = agent.url();

  // The administrator edits the materials; another administrator saved the item meanwhile.
  await admin.locator('.gt-daiban-catalogue__item', { hasText: NAME }).locator('.gt-button.gt-daiban-catalogue__edit').click();
  await admin.locator('.gt-daiban-catalogue__material--2 input').fill('老年人优待证');
  const other = await app().cloud.call('demo-admin', 'proxy', 'saveItem', {
    itemId: added._id,
    version: 1,
    name: NAME,
    materials: ['身份证', '户口簿'],
    departmentId: 'dep-county-minzheng',
    stageDays: added.stageDays,
    guide: '另一位管理员改的指南',
  });
  expect(other).toMatchObject({ ok: true });
  await admin.locator('.gt-button.gt-daiban-catalogue__save').click();
  await admin.locator('.gt-daiban-catalogue__conflict', { hasText: '另一位管理员已经修改了这个事项' }).waitFor();
  expect(await admin.locator('.gt-daiban-catalogue__material--2 input').inputValue()).toBe('老年人优待证');
  expect(storedItem().materials).toEqual(['身份证', '户口簿']);
  // Told, the administrator saves again on purpose.
  await admin.locator('.gt-button.gt-daiban-catalogue__save').click();
  await admin.locator('.gt-daiban-catalogue__item', { hasText: '老年人优待证' }).filter({ hasText: '第3版' }).waitFor();
  expect(storedItem()).toMatchObject({ materials: ['身份证', '老年人优待证'], version: 3 });

  // The open case keeps the materials it was opened with.
  await agent.goto(caseUrl);
  await agent.locator('.gt-daiban-facts__materials', { hasText: '还缺：户口簿' }).waitFor();
  const [opened] = app().cloud.cloud.store.find('proxyCases', { 'resident.phone': '13905560188' }) as unknown as Array<{
    item: { version: number; materials: string[] };
  }>;
  expect(opened.item).toMatchObject({ version: 1, materials: ['身份证', '户口簿'] });
});
