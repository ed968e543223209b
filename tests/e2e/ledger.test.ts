import path from 'node:path';
import ExcelJS from 'exceljs';
import { addDays, localDateOf } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import { chinaDate } from '../../cloudfunctions/domain/shared/chinaTime';
import { demoBookingDate } from '../../localcloud/seed/demoServiceDays';
import { actAs } from '../support/actAs';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * 台账 in a real browser against the H5 build: the township's staff open
 * 台账导出 from 我的, generate the ledger for their township and a range of
 * days, download it, and the test opens the .xlsx and checks its rows: a
 * request's timeline, a service-day booking and a party member's service log.
 */
let cloud: TestCloud;
let browser: TestBrowser;
const from = addDays(localDateOf(new Date()), -30);
const to = demoBookingDate(new Date());
const content = `台账浏览器测试：帮郭屋组五保户修灯 ${Date.now()}`;

beforeAll(async () => {
  cloud = await startTestCloud({ staticDir: path.resolve(__dirname, '../../dist/h5') });
  browser = await launchBrowser();
  // A party member's service today, approved by the grid member: a row of the third sheet.
  const log = dataOf(
    await cloud.call('demo-party-gao', 'posts', 'logService', {
      clientKey: `e2e-ledger-${Date.now()}`,
      postId: 'p-hubin2-public',
      date: chinaDate(new Date()),
      hours: 2,
      content,
      photos: [],
      household: '郭屋组 五保户',
    }),
  );
  dataOf(await cloud.call('demo-grid-guo', 'posts', 'verifyLog', { logId: log.id, decision: 'approve' }));
});
afterAll(async () => {
  await browser?.close();
  await cloud?.close();
});

async function sheetRows(file: string): Promise<Record<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const out: Record<string, string[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((cell) => String(cell ?? ''))));
    out[sheet.name] = rows;
  });
  return out;
}

it('lets staff download the ledger of their township and a range, with timelines, bookings and service logs', async () => {
  const page = await browser.newPage();
  await actAs(page, cloud.cloud.url, '黄文斌');
  await page.locator('.gt-staff-tools__link--ledger').click();
  await page.locator('.gt-ledger__place', { hasText: '凉泉乡' }).waitFor();

  // The range as a dashboard's link presets it.
  await page.goto(`${cloud.cloud.url}/packages/admin/ledger/index?from=${from}&to=${to}`);
  await page.locator('.gt-ledger__from', { hasText: from }).waitFor();
  await page.locator('.gt-ledger__to', { hasText: to }).waitFor();
  await page.locator('.gt-ledger__generate').click();
  await page.locator('.gt-ledger__ready').waitFor();
  await expect(page.locator('.gt-ledger__counts').innerText()).resolves.toMatch(/诉求\d+件/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.gt-ledger__open').click()]);
  expect(download.suggestedFilename()).toBe(`台账_凉泉乡_${from}至${to}.xlsx`);
  const sheets = await sheetRows((await download.path())!);

  // demo-rq-1 (QS000001): every step of its timeline, in order, as the store has it.
  const [stored] = cloud.cloud.store.find('requests', { code: 'QS000001' }) as Array<{ ledger: Array<{ what: string }> }>;
  const steps = sheets['诉求办理'].filter((row) => row[0] === 'QS000001');
  // By header: columns added before 办理事项 (补充信息) must not move what is read.
  const what = sheets['诉求办理'][0].indexOf('办理事项');
  expect(steps.map((row) => row[what])).toEqual(stored.ledger.map((event) => event.what));
  expect(steps[0].slice(2, 7)).toEqual(['环境卫生', '凉泉乡', '湖滨村', '第一网格（汪屋组）', '王秀英']);

  const booking = sheets['便民服务日预约'].find((row) => row[6] === '100001');
  expect(booking?.slice(0, 1)).toEqual([to]);
  expect(booking?.slice(7, 11)).toEqual(['王秀英', '13905560101', '网上预约', '已预约']);

  const service = sheets['党员服务记录'].find((row) => row[5] === content);
  expect(service?.slice(0, 2)).toEqual([chinaDate(new Date()), '高秀山']);
  expect(service?.slice(4, 8)).toEqual(['2', content, '郭屋组 五保户', '已通过']);
});
