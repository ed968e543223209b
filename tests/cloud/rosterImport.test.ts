import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { User } from '../../cloudfunctions/domain/people/User';
import { uploadFolder } from '../../cloudfunctions/shared/uploadFolder';
import { envelopeCode } from '../support/codes';
import { downloadAs } from '../support/downloadAs';
import { administrationCloud } from '../support/villageAdmin';
import { snapshotStore } from '../support/snapshotStore';
import { dataOf, type TestCloud } from '../support/testCloud';

/**
 * 花名册导入 through the real SDK: the client uploads a file to cloud
 * storage and the admin function reads it. A wrong row writes nothing and
 * is named by row and column; the fixed file writes everyone once, with an
 * admin log entry each; importing it again adds nobody.
 */
const suite = administrationCloud();
let test: TestCloud;
beforeEach(() => {
  test = suite.current;
});

const NO_HOUSEHOLDS = { created: 0, updated: 0, unchanged: 0, pending: 0 };
const HEADER = ['姓名', '手机号', '所属网格', '角色', '职责类别', '第一责任人'];
const GOOD = [
  ['汪大海', '13800000011', '第一网格（汪屋组）', '网格员', '环境卫生、治安', '否'],
  ['王秀英', '13905560101', 'g-hubin-2', '网格员', '矛盾调解', '否'],
  ['周小红', '13800000012', '第一网格（太华街）', '居民', '', ''],
];

let uploads = 0;
/** Uploads bytes as the H5 client of `who` does, into their own folder, and gives the fileID. */
async function upload(bytes: Buffer, name: string, who = 'demo-admin'): Promise<string> {
  uploads += 1;
  const cloudPath = `${uploadFolder('rosters', who)}test/${uploads}-${name}`;
  const response = await fetch(`${test.cloud.url}/dev/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'x-wx-openid': who },
    body: bytes,
  });
  return ((await response.json()) as { fileID: string }).fileID;
}

async function xlsx(rows: string[][], who = 'demo-admin'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  // Excel keeps a typed-in phone as a number.
  for (const row of rows) sheet.addRow(row.map((cell) => (/^1\d{10}$/.test(cell) ? Number(cell) : cell)));
  return upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'roster.xlsx', who);
}

const csv = (rows: string[][]) => rows.map((row) => row.join(',')).join('\r\n');
const byPhone = (phone: string) => test.cloud.store.find('users', { phone }) as unknown as User[];
const importLogs = () => test.cloud.store.find('adminLog', { action: 'importRoster' });

describe('roster import', () => {
  it('writes nothing while a row is wrong and names it; the fixed file writes everyone once; again adds nobody', async () => {
    const before = await snapshotStore(test);
    const bad = dataOf(
      await test.call('demo-admin', 'admin', 'importRoster', {
        fileID: await xlsx([HEADER, GOOD[0], ['陈二', '1390556', '第一网格（汪屋组）', '居民', '', ''], ...GOOD.slice(1)]),
      }),
    );
    expect(bad).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 0 });
    expect(bad.problems).toEqual([{ sheet: '花名册', row: 3, column: '手机号', message: expect.stringContaining('号码不对') }]);
    expect(await snapshotStore(test)).toBe(before);

    const fixed = await xlsx([HEADER, ...GOOD]);
    expect(dataOf(await test.call('demo-admin', 'admin', 'importRoster', { fileID: fixed }))).toEqual({
      written: true,
      problems: [],
      created: 2,
      updated: 1,
      unchanged: 0,
      households: NO_HOUSEHOLDS,
    });
    expect(byPhone('13800000011')).toEqual([
      expect.objectContaining({
        name: '汪大海',
        roles: ['gridMember'],
        homeGridId: 'g-hubin-1',
        gridDuties: [{ gridId: 'g-hubin-1', title: '网格员', categoryIds: ['environment', 'security'], firstResponsible: false }],
      }),
    ]);
    expect(byPhone('13905560101')).toEqual([
      expect.objectContaining({ _id: 'demo-resident-wang', roles: ['resident', 'gridMember'], homeGridId: 'g-hubin-1' }),
    ]);
    expect(byPhone('13800000012')).toEqual([expect.objectContaining({ roles: ['resident'], homeGridId: 'g-taihua-1' })]);
    expect(importLogs()).toHaveLength(3);
    expect(importLogs().find((entry) => entry.targetId === 'demo-resident-wang')).toMatchObject({
      by: 'demo-admin',
      before: { roles: ['resident'] },
      after: { roles: ['resident', 'gridMember'] },
    });

    // The same upload sent again (a retry) is answered as the first time, writing nothing.
    expect(dataOf(await test.call('demo-admin', 'admin', 'importRoster', { fileID: fixed }))).toEqual({
      written: true,
      problems: [],
      created: 2,
      updated: 1,
      unchanged: 0,
      households: NO_HOUSEHOLDS,
    });
    const again = await xlsx([HEADER, ...GOOD]);
    expect(dataOf(await test.call('demo-admin', 'admin', 'importRoster', { fileID: again }))).toEqual({
      written: true,
      problems: [],
      created: 0,
      updated: 0,
      unchanged: 3,
      households: NO_HOUSEHOLDS,
    });
    expect(importLogs()).toHaveLength(3);
    for (const [, phone] of GOOD) expect(byPhone(phone)).toHaveLength(1);
  });

  it('reads CSV saved in GBK and in UTF-8 with a BOM', async () => {
    const gbk = await upload(iconv.encode(csv([HEADER, GOOD[0]]), 'gbk'), 'roster-gbk.csv');
    expect(dataOf(await test.call('demo-admin', 'admin', 'importRoster', { fileID: gbk }))).toMatchObject({ written: true, created: 1 });
    expect(byPhone('13800000011')[0]).toMatchObject({ name: '汪大海' });
    const utf8 = await upload(Buffer.from(`\uFEFF${csv([HEADER, GOOD[2]])}`, 'utf8'), 'roster-utf8.csv');
    expect(dataOf(await test.call('demo-admin', 'admin', 'importRoster', { fileID: utf8 }))).toMatchObject({ written: true, created: 1 });
    expect(byPhone('13800000012')[0]).toMatchObject({ name: '周小红' });
  });

  it('refuses non-admins, and grids outside the admin’s jurisdiction, writing nothing', async () => {
    const fileID = await xlsx([HEADER, ...GOOD]);
    const before = await snapshotStore(test);
    for (const caller of ['demo-resident-wang', 'demo-grid-wang', 'demo-staff-hubin']) {
      expect(envelopeCode(await test.call(caller, 'admin', 'importRoster', { fileID }))).toBe('FORBIDDEN');
    }
    const outside = dataOf(
      await test.call('admin-hubin', 'admin', 'importRoster', { fileID: await xlsx([HEADER, ...GOOD], 'admin-hubin') }),
    );
    expect(outside).toMatchObject({
      written: false,
      problems: [{ row: 4, column: '所属网格', message: '没有这个网格，或不在您管理的范围内' }],
    });
    const missing = await test.call('demo-admin', 'admin', 'importRoster', { fileID: fileID.replace('roster.xlsx', 'nothing.xlsx') });
    expect(envelopeCode(missing)).toBe('ROSTER_FILE_MISSING');
    const junk = await upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), 'junk.xlsx');
    expect(envelopeCode(await test.call('demo-admin', 'admin', 'importRoster', { fileID: junk }))).toBe('ROSTER_UNREADABLE');
    // Uploads are storage, not the database: the snapshot holds only collections.
    expect(await snapshotStore(test)).toBe(before);
  });

  it('gives a template whose example rows import', async () => {
    const template = dataOf(await test.call('demo-admin', 'admin', 'rosterTemplate', {}));
    expect(template.fileName).toBe('花名册模板.xlsx');
    const workbook = new ExcelJS.Workbook();
    const bytes = await (await downloadAs(test.cloud.url, 'demo-admin', template.fileID)).arrayBuffer();
    await workbook.xlsx.load(bytes);
    expect(workbook.worksheets[0].getRow(1).values).toEqual([undefined, ...HEADER]);
    // The template itself is the server's file, not the administrator's upload: it is opened, saved and uploaded.
    expect(envelopeCode(await test.call('demo-admin', 'admin', 'importRoster', { fileID: template.fileID }))).toBe('NOT_YOUR_UPLOAD');
    const filled = await upload(Buffer.from(bytes), '花名册模板.xlsx');
    expect(dataOf(await test.call('demo-admin', 'admin', 'importRoster', { fileID: filled }))).toMatchObject({
      written: true,
      created: 1,
      households: { created: 1 },
    });
    expect(envelopeCode(await test.call('demo-resident-wang', 'admin', 'rosterTemplate', {}))).toBe('FORBIDDEN');
  });
});
