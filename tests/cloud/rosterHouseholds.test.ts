import ExcelJS from 'exceljs';
import { HOUSEHOLD_COLUMNS, type HouseholdColumn } from '../../cloudfunctions/domain/roster/householdColumns';
import type { Household } from '../../cloudfunctions/domain/visits/Household';
import { uploadFolder } from '../../cloudfunctions/shared/uploadFolder';
import { envelopeCode } from '../support/codes';
import { downloadAs } from '../support/downloadAs';
import { snapshotStore } from '../support/snapshotStore';
import { uploadAs } from '../support/uploadAs';
import { dataOf, type TestCloud } from '../support/testCloud';
import { administrationCloud } from '../support/villageAdmin';

/**
 * 民情档案 imported from the roster file through the real SDK: checked with
 * the people, all or nothing; written through the staged import; the same
 * upload again writes nothing; a later file updates households by grid and
 * 户号, the old values in their log; the households then belong to the
 * grid's members and the village's staff like any other.
 */
const suite = administrationCloud();
let test: TestCloud;
beforeEach(() => {
  test = suite.current;
});

const PEOPLE_HEADER = ['姓名', '手机号', '所属网格', '角色', '职责类别', '第一责任人'];
const KEYS = Object.keys(HOUSEHOLD_COLUMNS) as HouseholdColumn[];
const HOUSEHOLD_HEADER = KEYS.map((key) => HOUSEHOLD_COLUMNS[key]);
const member = (fields: Partial<Record<HouseholdColumn, string>>) => KEYS.map((key) => fields[key] ?? '');
const HOUSEHOLDS = [
  member({
    householdNo: 'HB-101',
    grid: '第一网格（汪屋组）',
    group: '汪屋组',
    address: '31号',
    relation: '户主',
    name: '汪秀兰',
    age: '1944',
    phone: '13800000101',
    tags: '留守老人、低保户',
    needs: '独居，要送药',
  }),
  member({ householdNo: 'HB-101', relation: '子女', name: '汪小兵', age: '40', tags: '外出务工户' }),
  member({ householdNo: 'TH-7', grid: 'g-taihua-1', group: '太华街', address: '7号', relation: '户主', name: '周老四', age: '60-79岁' }),
];
const PEOPLE = [['汪大海', '13800000011', '第一网格（汪屋组）', '网格员', '治安', '否']];

let uploads = 0;
function upload(bytes: Buffer, name: string, who = 'demo-admin'): Promise<string> {
  uploads += 1;
  return uploadAs(test.cloud.url, who, `${uploadFolder('rosters', who)}households/${uploads}-${name}`, bytes);
}

/** An .xlsx with the people's sheet and the 民情档案 sheet, as a clerk fills in the template. */
async function xlsx(people: string[][], households: string[][], who = 'demo-admin'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const roster = workbook.addWorksheet('花名册');
  for (const row of [PEOPLE_HEADER, ...people]) roster.addRow(row);
  const sheet = workbook.addWorksheet('民情档案');
  for (const row of [HOUSEHOLD_HEADER, ...households]) sheet.addRow(row.map((cell) => (/^\d{4}$/.test(cell) ? Number(cell) : cell)));
  return upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'roster.xlsx', who);
}

const importFile = async (fileID: string, caller = 'demo-admin') => dataOf(await test.call(caller, 'admin', 'importRoster', { fileID }));
const imported = () => (test.cloud.store.find('households', {}) as unknown as Household[]).filter((h) => h.rosterKey);
const keyed = (key: string) => imported().filter((h) => h.rosterKey === key);

describe('民情档案 from the roster file', () => {
  it('imports people and households together; the same upload again writes nothing', async () => {
    const fileID = await xlsx(PEOPLE, HOUSEHOLDS);
    const first = await importFile(fileID);
    expect(first).toEqual({
      written: true,
      problems: [],
      created: 1,
      updated: 0,
      unchanged: 0,
      households: { created: 2, updated: 0, unchanged: 0, pending: 0 },
    });
    expect(keyed('g-hubin-1|HB-101')).toEqual([
      expect.objectContaining({
        gridId: 'g-hubin-1',
        placeIds: ['c-wangjiang', 't-liangquan', 'v-hubin', 'g-hubin-1'],
        group: '汪屋组',
        address: '31号',
        tags: ['leftBehindElderly', 'subsistence', 'migrantWorker'],
        needs: '独居，要送药',
        members: [
          { name: '汪秀兰', relation: 'head', ageBand: 'age80plus', phone: '13800000101', phoneVerified: false, userId: null },
          { name: '汪小兵', relation: 'child', ageBand: 'age18to59', phone: '', phoneVerified: false, userId: null },
        ],
        log: [
          expect.objectContaining({ kind: 'recorded', what: '从花名册导入民情档案', by: { id: 'demo-admin', name: expect.any(String) } }),
        ],
      }),
    ]);
    expect(keyed('g-taihua-1|TH-7')).toHaveLength(1);
    expect(test.cloud.store.find('users', { phone: '13800000011' })).toHaveLength(1);

    const before = await snapshotStore(test);
    expect(await importFile(fileID)).toEqual(first);
    expect(await snapshotStore(test)).toBe(before);
  });

  it('writes nothing, people included, while one household row is wrong, and names it by sheet, row and column', async () => {
    const before = await snapshotStore(test);
    const bad = [
      ...HOUSEHOLDS.slice(0, 2),
      member({ householdNo: 'HB-101', grid: 'g-hubin-2', relation: '户主', name: '汪三' }),
      HOUSEHOLDS[2],
    ];
    const answer = await importFile(await xlsx(PEOPLE, bad));
    expect(answer).toMatchObject({ written: false, created: 0, households: { created: 0, updated: 0, unchanged: 0 } });
    expect(answer.problems).toEqual([
      { sheet: '民情档案', row: 4, column: '所属网格', message: expect.stringContaining('户号HB-101的一户分在了两个网格') },
      { sheet: '民情档案', row: 4, column: '与户主关系', message: '户号HB-101已在第2行填了户主，一户只能有一位户主' },
    ]);
    expect(await snapshotStore(test)).toBe(before);
  });

  it('updates a household a later file changes, by its grid and 户号, keeping the old values in its log', async () => {
    await importFile(await xlsx([], HOUSEHOLDS));
    const [first] = keyed('g-hubin-1|HB-101');
    const later = [
      member({ ...Object.fromEntries(KEYS.map((key, i) => [key, HOUSEHOLDS[0][i]])), tags: '留守老人', needs: '独居，要送药；想装扶手' }),
      HOUSEHOLDS[1].map((cell) => (cell === '外出务工户' ? '' : cell)),
      HOUSEHOLDS[2],
    ];
    expect(await importFile(await xlsx([], later))).toMatchObject({ written: true, households: { created: 0, updated: 1, unchanged: 1 } });
    const [updated] = keyed('g-hubin-1|HB-101');
    expect(keyed('g-hubin-1|HB-101')).toHaveLength(1);
    expect(updated).toMatchObject({
      _id: first._id,
      version: first.version + 1,
      tags: ['leftBehindElderly'],
      needs: '独居，要送药；想装扶手',
    });
    expect(updated.log[1]).toMatchObject({ kind: 'edited', before: { tags: first.tags, needs: first.needs } });
    expect(updated.log[1].what).toMatch(/^花名册导入：修改了/);
  });

  it('reads a CSV file of households only; a village administrator imports only into their own grids', async () => {
    const csv = [HOUSEHOLD_HEADER, ...HOUSEHOLDS.slice(0, 2)].map((row) => row.join(',')).join('\r\n');
    const fileID = await upload(Buffer.from(`\uFEFF${csv}`, 'utf8'), 'households.csv', 'admin-hubin');
    expect(await importFile(fileID, 'admin-hubin')).toMatchObject({ written: true, created: 0, households: { created: 1 } });

    const before = await snapshotStore(test);
    const outside = await importFile(await xlsx([], HOUSEHOLDS, 'admin-hubin'), 'admin-hubin');
    expect(outside.problems).toEqual([{ sheet: '民情档案', row: 4, column: '所属网格', message: '没有这个网格，或不在您管理的范围内' }]);
    expect(await snapshotStore(test)).toBe(before);
  });

  it('goes on where a run stopped when the same upload is sent again, each household written once', async () => {
    const many = Array.from({ length: 150 }, (_, n) =>
      member({ householdNo: `M${n}`, grid: 'g-hubin-2', relation: '户主', name: `户主${n}`, tags: '低保户' }),
    );
    const fileID = await xlsx([], many);
    expect((await importFile(fileID)).households).toEqual({ created: 150, updated: 0, unchanged: 0, pending: 0 });
    // As if the run had stopped after its first step: the record says 100 written, the last 50 are not there.
    const [record] = test.cloud.store.find('rosterImports', { status: 'done' });
    const later = imported().filter((h) => Number(h.rosterKey!.split('|M')[1]) >= 100);
    expect(later).toHaveLength(50);
    const options = { multi: false, replace: false, upsert: false };
    for (const household of later) test.cloud.store.documents.remove('households', { _id: household._id }, false);
    const stopped = { 'households.applied': 100, 'households.created': 100, status: 'applying', finishedAt: null };
    test.cloud.store.documents.update('rosterImports', { _id: record._id }, { $set: stopped }, options);

    expect((await importFile(fileID)).households).toEqual({ created: 150, updated: 0, unchanged: 0, pending: 0 });
    expect(imported()).toHaveLength(150);
    expect(new Set(imported().map((h) => h._id)).size).toBe(150);
  });

  it('refuses anyone but an administrator, writing nothing', async () => {
    const fileID = await xlsx([], HOUSEHOLDS);
    const before = await snapshotStore(test);
    for (const caller of ['demo-resident-wang', 'demo-grid-wang', 'demo-staff-hubin', 'demo-staff-township']) {
      expect(envelopeCode(await test.call(caller, 'admin', 'importRoster', { fileID }))).toBe('FORBIDDEN');
    }
    expect(await snapshotStore(test)).toBe(before);
  });

  it('shows imported households to the grid’s members and the village staff, and lists them by tag and when due', async () => {
    await importFile(await xlsx([], HOUSEHOLDS));
    const [household] = keyed('g-hubin-1|HB-101');
    const ofGrid = dataOf(await test.call('demo-grid-wang', 'visits', 'households', { placeId: 'g-hubin-1', tag: 'leftBehindElderly' }));
    expect(ofGrid.items.map((item) => item.id)).toContain(household._id);
    expect(dataOf(await test.call('demo-staff-hubin', 'visits', 'household', { householdId: household._id }))).toMatchObject({
      headName: '汪秀兰',
      memberCount: 2,
    });
    // 31 days on, nobody has visited: a 留守老人 household is due (every 30 days).
    const month = new Date(Date.now() - 31 * 86_400_000);
    test.cloud.store.documents.update(
      'households',
      { _id: household._id },
      {
        $set: {
          createdAt: month,
          dueAt: month,
          due: Object.fromEntries(
            ['county', 'township', 'village', 'grid'].map((level, i) => [level, `${household.placeIds[i]}|${month.toISOString()}`]),
          ),
        },
      },
      { multi: false, replace: false, upsert: false },
    );
    const due = dataOf(await test.call('demo-staff-hubin', 'visits', 'needsVisit', { placeId: 'v-hubin' }));
    expect(due.items.map((item) => item.household.id)).toContain(household._id);
  });

  it('gives a template whose households sheet imports as it is', async () => {
    const template = dataOf(await test.call('demo-admin', 'admin', 'rosterTemplate', {}));
    const workbook = new ExcelJS.Workbook();
    const bytes = await (await downloadAs(test.cloud.url, 'demo-admin', template.fileID)).arrayBuffer();
    await workbook.xlsx.load(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['花名册', '民情档案', '填写说明']);
    expect(workbook.getWorksheet('民情档案')!.getRow(1).values).toEqual([undefined, ...HOUSEHOLD_HEADER]);
    expect(JSON.stringify(workbook.getWorksheet('填写说明')!.getColumn(1).values)).toContain('本县现有户类：家庭困难户');
    expect(await importFile(await upload(Buffer.from(bytes), 'template.xlsx'))).toMatchObject({
      written: true,
      created: 1,
      households: { created: 1 },
    });
  });
});
