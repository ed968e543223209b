import ExcelJS from 'exceljs';
import type { LedgerFileDto } from '../../cloudfunctions/contract';
import { addDays, localDateOf } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import { chinaDate } from '../../cloudfunctions/domain/shared/chinaTime';
import { DEMO_BOOKINGS, demoBookingDate } from '../../localcloud/seed/demoServiceDays';
import { envelopeCode } from '../support/codes';
import { downloadAs } from '../support/downloadAs';
import { snapshotStore } from '../support/snapshotStore';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { insertCases, JANUARY_2025_CASES, LONG_RETURN } from './support/proxyFixture';

/**
 * The ledger (台账) end to end: staff export a place of their jurisdiction,
 * the .xlsx lands in cloud storage, and the test downloads it and reads it
 * back with the same library. Then every role tries it, inside and outside
 * the jurisdiction: refusals carry their code and write nothing.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

const today = localDateOf(new Date());
const RANGE = { from: addDays(today, -30), to: demoBookingDate(new Date()) };

const codeOf = envelopeCode;

type Rows = string[][];

/** Downloads the file as the staff member who exported it and reads every sheet as rows of cell text. */
async function readLedger(file: LedgerFileDto, exporter: string): Promise<Record<string, Rows>> {
  const response = await downloadAs(test.cloud.url, exporter, file.fileID);
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheets: Record<string, Rows> = {};
  workbook.eachSheet((sheet) => {
    const rows: Rows = [];
    sheet.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((cell) => (cell === null || cell === undefined ? '' : String(cell))));
    });
    sheets[sheet.name] = rows;
  });
  return sheets;
}

describe('ledger export', () => {
  let loggedContent: string;
  beforeAll(async () => {
    // A service log for today, approved by the grid member, so the range holds one.
    loggedContent = `台账测试：帮助郭屋组老人检查电路 ${Date.now()}`;
    const log = dataOf(
      await test.call('demo-party-gao', 'posts', 'logService', {
        clientKey: 'ledger-log-0001',
        postId: 'p-hubin2-public',
        date: chinaDate(new Date()),
        hours: 1.5,
        content: loggedContent,
        photos: [],
        household: '郭屋组 李建国家',
      }),
    );
    dataOf(await test.call('demo-grid-guo', 'posts', 'verifyLog', { logId: log.id, decision: 'approve' }));
  });

  it('writes requests with their timelines, bookings and service logs of the township to one .xlsx', async () => {
    const file = dataOf(await test.call('demo-staff-township', 'ledger', 'exportLedger', { scopeId: 't-liangquan', ...RANGE }));
    expect(file).toMatchObject({ scopeName: '凉泉乡', from: RANGE.from, to: RANGE.to });
    expect(file.fileName).toBe(`台账_凉泉乡_${RANGE.from}至${RANGE.to}.xlsx`);
    const sheets = await readLedger(file, 'demo-staff-township');
    expect(Object.keys(sheets)).toEqual(['诉求办理', '便民服务日预约', '党员服务记录', '民情走访', '代理代办', '代办员统计']);

    // Every step of every demo request filed in the range, in the order it happened.
    const requests = test.cloud.store.find('requests', {}) as Array<{ code: string; ledger: Array<{ what: string }> }>;
    const requestRows = sheets['诉求办理'];
    expect(requestRows[0].slice(0, 3)).toEqual(['诉求编号', '提交时间', '类别']);
    expect(requestRows.length - 1).toBe(requests.reduce((sum, request) => sum + request.ledger.length, 0));
    expect(file.counts).toMatchObject({ requests: requests.length, timelineRows: requestRows.length - 1 });
    // Columns found by their headers, so a column added before them does not move what is read.
    const column = (header: string) => requestRows[0].indexOf(header);
    for (const request of requests) {
      const steps = requestRows.filter((row) => row[0] === request.code).map((row) => row[column('办理事项')]);
      expect(steps).toEqual(request.ledger.map((event) => event.what));
    }
    expect(requestRows.slice(1).every((row) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(row[column('办理时间')]))).toBe(true);

    const bookingRows = sheets['便民服务日预约'];
    expect(bookingRows[0]).toContain('预约码');
    for (const demo of DEMO_BOOKINGS) {
      const row = bookingRows.find((candidate) => candidate[6] === demo.code);
      expect(row?.[10]).toBe('已预约');
    }
    expect(file.counts.bookings).toBe(bookingRows.length - 1);

    const logRow = sheets['党员服务记录'].find((row) => row[5] === loggedContent);
    expect(logRow?.slice(0, 5)).toEqual([chinaDate(new Date()), '高秀山', '第二网格（郭屋组）', expect.any(String), '1.5']);
    expect(logRow?.[7]).toBe('已通过');
  });

  it('lists the visits of the place and range in 民情走访, a row per household, phones masked', async () => {
    const start = new Date(`${RANGE.from}T00:00:00+08:00`).getTime();
    type StoredVisit = { _id: string; at: Date; placeIds: string[]; households: Array<{ label: string }>; cadreName: string };
    const inRange = (placeId: string) =>
      (test.cloud.store.find('visits', {}) as unknown as StoredVisit[]).filter(
        (v) => v.placeIds.includes(placeId) && new Date(v.at).getTime() >= start,
      );
    const township = dataOf(await test.call('demo-staff-township', 'ledger', 'exportLedger', { scopeId: 't-liangquan', ...RANGE }));
    const rows = (await readLedger(township, 'demo-staff-township'))['民情走访'];
    expect(rows[0].slice(0, 5)).toEqual(['走访日期', '走访时间', '干部', '干部级别', '方式']);
    const expected = inRange('t-liangquan');
    expect(expected.length).toBeGreaterThan(2);
    expect(township.counts.visits).toBe(expected.length);
    expect(
      rows
        .slice(1)
        .map((row) => row[8])
        .sort(),
    ).toEqual(expected.flatMap((v) => v.households.map((h) => h.label)).sort());
    // Oldest first.
    expect(rows.slice(1).map((row) => row[1])).toEqual([...rows.slice(1).map((row) => row[1])].sort());
    // Contact numbers leave the system masked only.
    const phones = rows
      .slice(1)
      .map((row) => row[9])
      .filter(Boolean);
    expect(phones.length).toBeGreaterThan(0);
    expect(phones.every((phone) => /^1\d{2}\*{4}\d{4}$/.test(phone))).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/1\d{10}/);

    const village = dataOf(await test.call('demo-staff-hubin', 'ledger', 'exportLedger', { scopeId: 'v-hubin', ...RANGE }));
    const villageRows = (await readLedger(village, 'demo-staff-hubin'))['民情走访'].slice(1);
    expect(village.counts.visits).toBe(inRange('v-hubin').length);
    expect(village.counts.visits).toBeLessThan(township.counts.visits);
    expect(new Set(villageRows.map((row) => row[6]))).toEqual(new Set(['湖滨村']));
  });

  it('gives a village only its own requests', async () => {
    const file = dataOf(await test.call('demo-staff-hubin', 'ledger', 'exportLedger', { scopeId: 'v-hubin', ...RANGE }));
    const rows = (await readLedger(file, 'demo-staff-hubin'))['诉求办理'].slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row[4]))).toEqual(new Set(['湖滨村']));
  });

  it('is downloaded by fileID from an unguessable path, never through a temporary URL', async () => {
    const file = dataOf(await test.call('demo-staff-hubin', 'ledger', 'exportLedger', { scopeId: 'v-hubin', ...RANGE }));
    // wx.downloadFile of a URL needs a configured download domain: the answer carries none to use.
    expect(Object.keys(file)).not.toContain('url');
    expect(file.fileID).toMatch(/^cloud:\/\/[^/]+\/ledgers\/demo-staff-hubin\/[0-9a-f]{32}\/v-hubin_/);
    const again = dataOf(await test.call('demo-staff-hubin', 'ledger', 'exportLedger', { scopeId: 'v-hubin', ...RANGE }));
    expect(again.fileID).not.toBe(file.fileID);
    // The storage rule needs a signed-in mini-program user, and a file that exists.
    expect((await downloadAs(test.cloud.url, null, file.fileID)).status).toBe(401);
    expect((await downloadAs(test.cloud.url, 'demo-staff-hubin', file.fileID.replace('.xlsx', '-x.xlsx'))).status).toBe(404);
  });

  it('refuses a reversed range and more than a year, writing nothing', async () => {
    const before = await snapshotStore(test);
    const reversed = await test.call('demo-staff-hubin', 'ledger', 'exportLedger', {
      scopeId: 'v-hubin',
      from: today,
      to: addDays(today, -1),
    });
    const tooLong = await test.call('demo-staff-hubin', 'ledger', 'exportLedger', {
      scopeId: 'v-hubin',
      from: addDays(today, -400),
      to: today,
    });
    expect([codeOf(reversed), codeOf(tooLong)]).toEqual(['RANGE_REVERSED', 'RANGE_TOO_LONG']);
    expect(await snapshotStore(test)).toBe(before);
  });
});

describe('who may export which ledger', () => {
  const PEOPLE = {
    resident: 'demo-resident-wang',
    gridMember: 'demo-grid-wang',
    partyMember: 'demo-party-gao',
    staffInside: 'demo-staff-hubin',
    staffOutside: 'demo-staff-taihua',
    staffAbove: 'demo-staff-township',
    admin: 'demo-admin',
    visitor: 'ledger-visitor',
  } as const;
  type Person = keyof typeof PEOPLE;
  const EXPECT: Record<string, Record<Person, string>> = {
    'v-hubin': {
      resident: 'FORBIDDEN',
      gridMember: 'FORBIDDEN',
      partyMember: 'FORBIDDEN',
      staffInside: 'ok',
      staffOutside: 'OUT_OF_JURISDICTION',
      staffAbove: 'ok',
      admin: 'ok',
      visitor: 'NOT_REGISTERED',
    },
    't-liangquan': {
      resident: 'FORBIDDEN',
      gridMember: 'FORBIDDEN',
      partyMember: 'FORBIDDEN',
      staffInside: 'OUT_OF_JURISDICTION',
      staffOutside: 'OUT_OF_JURISDICTION',
      staffAbove: 'ok',
      admin: 'ok',
      visitor: 'NOT_REGISTERED',
    },
    'no-such-place': {
      resident: 'FORBIDDEN',
      gridMember: 'FORBIDDEN',
      partyMember: 'FORBIDDEN',
      staffInside: 'OUT_OF_JURISDICTION',
      staffOutside: 'OUT_OF_JURISDICTION',
      staffAbove: 'OUT_OF_JURISDICTION',
      admin: 'OUT_OF_JURISDICTION',
      visitor: 'NOT_REGISTERED',
    },
  };
  const cases = Object.entries(EXPECT).flatMap(([scopeId, byPerson]) =>
    (Object.keys(byPerson) as Person[]).map((person) => ({ scopeId, person, expected: byPerson[person] })),
  );

  it.each(cases)('$person exporting $scopeId: $expected', async ({ scopeId, person, expected }) => {
    const before = await snapshotStore(test);
    const result = await test.call(PEOPLE[person], 'ledger', 'exportLedger', { scopeId, from: addDays(today, -7), to: today });
    expect(codeOf(result)).toBe(expected);
    if (expected !== 'ok') expect(await snapshotStore(test)).toBe(before);
  });
});

describe('places to export', () => {
  it('lists the jurisdiction and what lies under it, grids only for a village', async () => {
    const township = dataOf(await test.call('demo-staff-township', 'ledger', 'ledgerPlaces', {}));
    expect(township.places.map((place) => [place.name, place.depth])).toEqual([
      ['凉泉乡', 0],
      ['湖滨村', 1],
      ['太华村', 1],
    ]);
    const village = dataOf(await test.call('demo-staff-hubin', 'ledger', 'ledgerPlaces', {}));
    expect(village.places.map((place) => place.id)).toEqual(['v-hubin', 'g-hubin-1', 'g-hubin-2', 'g-hubin-3']);
  });

  it.each([
    ['demo-resident-wang', 'FORBIDDEN'],
    ['demo-grid-wang', 'FORBIDDEN'],
    ['demo-party-gao', 'FORBIDDEN'],
    ['ledger-visitor', 'NOT_REGISTERED'],
  ])('refuses %s with %s', async (openid, expected) => {
    expect(codeOf(await test.call(openid, 'ledger', 'ledgerPlaces', {}))).toBe(expected);
  });
});

describe('代理代办 in the ledger', () => {
  const JANUARY = { from: '2025-01-01', to: '2025-01-31' };
  beforeAll(() => {
    insertCases(test, JANUARY_2025_CASES);
  });

  /** A sheet's rows as objects keyed by its headers, so a column added anywhere does not move what is read. */
  const byHeader = (rows: Rows) => rows.slice(1).map((row) => Object.fromEntries(rows[0].map((header, i) => [header, row[i] ?? ''])));

  it('writes a row per case opened or handed back in the range, each stage on time or late, what was returned and who signed', async () => {
    const file = dataOf(await test.call('demo-staff-township', 'ledger', 'exportLedger', { scopeId: 't-liangquan', ...JANUARY }));
    const rows = byHeader((await readLedger(file, 'demo-staff-township'))['代理代办']);
    // Opened in January, or handed back in it (fa4, opened in December); fa5 (February) is not.
    expect(rows.map((row) => row['编号']).sort()).toEqual(['DBFA1', 'DBFA2', 'DBFA3', 'DBFA4', 'DBFB1', 'DBFC1', 'DBFC2', 'DBFD1']);
    expect(file.counts.proxyCases).toBe(8);
    const row = (code: string) => rows.find((candidate) => candidate['编号'] === code)!;
    expect(row('DBFA1')).toMatchObject({
      事项: '居民身份证办理（换领、补领）',
      群众: '王秀英',
      电话: '139****0101',
      '村（社区）': '湖滨村',
      网格: '第一网格（汪屋组）',
      代办员: '汪德华',
      当前环节: '已交还',
      收件时间: '2025-01-06 09:00',
      收件时限: '按时',
      送办时限: '按时',
      办结结果: '已批准',
      办结时限: '按时',
      交还时间: '2025-01-06 12:00',
      交还时限: '按时',
      交还物品: '新身份证1张',
      签收: '本人签字',
      群众评价: '5星：办得快',
    });
    // Taken to the office a week after a 3-working-day limit.
    expect(row('DBFA4')['送办时限']).toBe('超时');
    // Opened in January, handed back in February: as it stands when exported.
    expect(row('DBFA3')).toMatchObject({ 当前环节: '已交还', 交还时间: '2025-02-12 09:00', 送办时限: '超时', 群众评价: '未评价' });
    // Long text whole; a witness signs by name.
    expect(row('DBFC2')).toMatchObject({ 交还物品: LONG_RETURN, 签收: '见证人签字：陈大伯', 群众评价: '未评价' });
    // Still at 送办, long past its limit.
    expect(row('DBFB1')).toMatchObject({ 当前环节: '送办', 交还时间: '', 交还时限: '' });
    expect(row('DBFB1')['送办时限']).toMatch(/^已超时（限2025-01-\d\d \d\d:\d\d）$/);
    expect(JSON.stringify(rows)).not.toMatch(/1\d{10}/);
  });

  it('sums each agent in 代办员统计 with the range written on every row', async () => {
    const file = dataOf(await test.call('demo-staff-township', 'ledger', 'exportLedger', { scopeId: 't-liangquan', ...JANUARY }));
    const rows = byHeader((await readLedger(file, 'demo-staff-township'))['代办员统计']);
    expect(rows.map((row) => row['代办员'])).toEqual(['汪德华', '陈国平', '黄文斌', '郭长林']);
    expect(rows.every((row) => row['统计期间'] === '2025-01-01 至 2025-01-31')).toBe(true);
    expect(rows[0]).toMatchObject({
      网格: '第一网格（汪屋组）',
      收件数: '3',
      交还办结数: '3',
      按时办结数: '2',
      按时办结率: '66.7%',
      评价人数: '2',
      平均评分: '4.5',
    });
    expect(rows[3]).toMatchObject({ 收件数: '1', 交还办结数: '0', 按时办结率: '暂无', 平均评分: '暂无' });
  });

  it("gives a village only its own agents' cases", async () => {
    const file = dataOf(await test.call('demo-staff-hubin', 'ledger', 'exportLedger', { scopeId: 'v-hubin', ...JANUARY }));
    const sheets = await readLedger(file, 'demo-staff-hubin');
    expect(new Set(byHeader(sheets['代理代办']).map((row) => row['村（社区）']))).toEqual(new Set(['湖滨村']));
    expect(byHeader(sheets['代办员统计']).map((row) => row['代办员'])).toEqual(['汪德华', '郭长林']);
  });
});
