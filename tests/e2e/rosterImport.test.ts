import path from 'node:path';
import ExcelJS from 'exceljs';
import { actAs } from '../support/actAs';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { eventually } from '../support/eventually';
import { startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * 花名册导入 in a real browser against the H5 build: the administrator opens
 * 系统管理 from 我的, opens 花名册, downloads the template, imports a roster with a wrong
 * phone and sees 第N行 · 列 · 问题 with nothing written, then imports the
 * fixed file and the people are there; then, under 类别, gives a category
 * one more working day.
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

const HEADER = ['姓名', '手机号', '所属网格', '角色', '职责类别', '第一责任人'];

async function rosterFile(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  for (const row of [HEADER, ...rows]) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

it('lets the administrator download the template, import a roster fixing what the report names, and set a time limit', async () => {
  const page = await browser.newPage();
  await actAs(page, cloud.cloud.url, '系统管理员');
  await page.locator('.gt-staff-tools__link--system').click();
  await page.locator('.gt-segments__tab', { hasText: '花名册' }).click();

  const [template] = await Promise.all([page.waitForEvent('download'), page.locator('.gt-system__template').click()]);
  expect(template.suggestedFilename()).toBe('花名册模板.xlsx');

  const importFile = async (name: string, rows: string[][]) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('.gt-system__import').click()]);
    await chooser.setFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await rosterFile(rows),
    });
  };

  await importFile('花名册.xlsx', [
    ['汪大海', '13800000021', '第一网格（汪屋组）', '网格员', '环境卫生', '否'],
    ['周小红', '1380000', '第二网格（郭屋组）', '居民', '', ''],
  ]);
  await page.locator('.gt-system__problem', { hasText: '第3行 · 手机号 · 号码不对' }).waitFor();
  expect(cloud.cloud.store.find('users', { phone: '13800000021' })).toHaveLength(0);

  await importFile('花名册.xlsx', [
    ['汪大海', '13800000021', '第一网格（汪屋组）', '网格员', '环境卫生', '否'],
    ['周小红', '13800000022', '第二网格（郭屋组）', '居民', '', ''],
  ]);
  await page.locator('.gt-system__outcome', { hasText: '导入成功：新增2人，更新0人' }).waitFor();
  expect(cloud.cloud.store.find('users', { phone: '13800000022' })).toEqual([
    expect.objectContaining({ name: '周小红', homeGridId: 'g-hubin-2' }),
  ]);

  // The county's administrator gives 环境卫生 one more working day (类别 › 修改).
  await page.locator('.gt-segments__tab', { hasText: '类别' }).click();
  await page.locator('.gt-system__category--environment .gt-system__category-edit').click();
  await page.locator('.gt-system__category-form .gt-system__more').click();
  await page.locator('.gt-field__label', { hasText: '办结时限：4个工作日' }).waitFor();
  await page.locator('.gt-system__category-save').click();
  await page.locator('.gt-system__category--environment', { hasText: '4个工作日办结' }).waitFor();
  await eventually(() => expect(cloud.cloud.store.find('categories', { _id: 'environment' })[0]).toMatchObject({ timeLimitDays: 4 }));
});
