import { MAX_LEDGER_REQUESTS, requireLedgerSize } from '../../cloudfunctions/domain/ledger/requireLedgerSize';
import type { JurisdictionNode } from '../../cloudfunctions/domain/jurisdiction/JurisdictionNode';
import { ledgerPlaces } from '../../cloudfunctions/domain/ledger/ledgerPlaces';
import { bookingSheet } from '../../cloudfunctions/domain/ledger/bookingSheet';
import { ledgerRange } from '../../cloudfunctions/domain/ledger/ledgerRange';
import { requestSheet } from '../../cloudfunctions/domain/ledger/requestSheet';
import { requireLedgerScope } from '../../cloudfunctions/domain/ledger/requireLedgerScope';
import { serviceLogSheet } from '../../cloudfunctions/domain/ledger/serviceLogSheet';
import { visitSheet } from '../../cloudfunctions/domain/ledger/visitSheet';
import type { Visit } from '../../cloudfunctions/domain/visits/Visit';
import type { ServiceLog } from '../../cloudfunctions/domain/posts/ServiceLog';
import type { BookingRecord, ServiceSession } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { chinaDateTime } from '../../cloudfunctions/domain/shared/chinaTime';
import { filed, MONDAY, user } from './support/requests';
import { thrownCode } from '../support/codes';

const codeOf = thrownCode;

describe('ledger range', () => {
  it('covers both days, from China midnight to the next midnight', () => {
    const range = ledgerRange('2026-03-01', '2026-03-31');
    expect(range.start.toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(range.end.toISOString()).toBe('2026-03-31T16:00:00.000Z');
  });
  it('takes one day, refuses a reversed range and more than a year', () => {
    expect(ledgerRange('2026-03-01', '2026-03-01').end.getTime() - ledgerRange('2026-03-01', '2026-03-01').start.getTime()).toBe(
      86_400_000,
    );
    expect(codeOf(() => ledgerRange('2026-03-02', '2026-03-01'))).toBe('RANGE_REVERSED');
    expect(codeOf(() => ledgerRange('2026-01-01', '2027-01-02'))).toBe('RANGE_TOO_LONG');
    expect(codeOf(() => ledgerRange('2026-01-01', '2026-12-31'))).toBe('no error');
  });
});

describe('ledger scope', () => {
  const village = { _id: 'v1', ancestorIds: ['c1', 't1'] };
  const grid = { _id: 'g1', ancestorIds: ['c1', 't1', 'v1'] };
  it('lets staff export their own place and any place under it', () => {
    const staff = user('s', { roles: ['staff'], staffScopeId: 'v1' });
    expect(codeOf(() => requireLedgerScope(staff, village))).toBe('no error');
    expect(codeOf(() => requireLedgerScope(staff, grid))).toBe('no error');
  });
  it('refuses a place above or beside the jurisdiction, a missing place, and non-staff', () => {
    const staff = user('s', { roles: ['staff'], staffScopeId: 'g1' });
    expect(codeOf(() => requireLedgerScope(staff, village))).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => requireLedgerScope(staff, { _id: 'g2', ancestorIds: ['c1', 't1', 'v1'] }))).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => requireLedgerScope(staff, null))).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => requireLedgerScope(user('r', { staffScopeId: 'v1' }), village))).toBe('FORBIDDEN');
  });
});

describe('request sheet', () => {
  it('prints one row per step of the timeline, in China time, with the request on each row', () => {
    const request = filed();
    const sheet = requestSheet([request]);
    expect(sheet.rows).toHaveLength(request.ledger.length);
    expect(sheet.columns.map((column) => column.header)).toContain('办理事项');
    const first = sheet.rows[0];
    expect(first[0]).toBe('QS0001');
    expect(first[1]).toBe('2026-11-23 10:00');
    expect(first[8]).toBe('邻居占了排水沟');
    expect(first[9]).toBe('');
    expect(sheet.rows.map((row) => row[13])).toEqual(request.ledger.map((event) => event.what));
    expect(sheet.rows.every((row) => row.length === sheet.columns.length)).toBe(true);
  });

  it('adds the answers to the category’s extra questions as one 补充信息 cell', () => {
    const answers = [
      { questionId: 'q1', label: '耕地面积', kind: 'number' as const, value: 12, text: '12 亩' },
      { questionId: 'q2', label: '是否急需', kind: 'yesNo' as const, value: true, text: '是' },
    ];
    const sheet = requestSheet([{ ...filed(), answers }]);
    expect(sheet.columns[9].header).toBe('补充信息');
    expect(sheet.rows[0][9]).toBe('耕地面积：12 亩；是否急需：是');
  });
});

const booking = (fields: Partial<BookingRecord>): BookingRecord => ({
  code: '100001',
  requestKey: 'k',
  openid: 'o',
  name: '王秀英',
  phone: '13905560101',
  windowId: 'w1',
  slotKey: 'w1_0900',
  start: '09:00',
  end: '09:30',
  source: 'online',
  status: 'booked',
  createdAt: MONDAY,
  createdBy: 'o',
  cancelledAt: null,
  cancelledBy: null,
  cancelledByRole: null,
  cancelReason: null,
  dayCancelled: false,
  checkedInAt: null,
  checkedInBy: null,
  noShowAt: null,
  noShowBy: null,
  remindedAt: null,
  notifiedAt: null,
  ...fields,
});

describe('booking sheet', () => {
  it('names the window and the outcome of every booking', () => {
    const session = {
      date: '2026-11-25',
      placeName: '凉泉乡',
      title: '为民服务日',
      venue: '服务大厅',
      windows: [{ id: 'w1', name: '社保' }],
      bookings: [
        booking({}),
        booking({ code: '100002', status: 'cancelled', cancelledAt: MONDAY, cancelReason: '家里有事' }),
        booking({ code: '100003', status: 'checkedIn', checkedInAt: new Date('2026-11-25T01:05:00Z') }),
        booking({ code: '100004', status: 'noShow', source: 'walkIn', slotKey: null, start: null, end: null }),
      ],
    } as unknown as ServiceSession;
    const rows = bookingSheet([session]).rows;
    expect(rows.map((row) => row[10])).toEqual(['已预约', '已取消', '已签到', '未到']);
    expect(rows[0].slice(4, 8)).toEqual(['社保', '09:00-09:30', '100001', '王秀英']);
    expect(rows[1][15]).toBe('家里有事');
    expect(rows[2][12]).toBe('2026-11-25 09:05');
    expect(rows[3][5]).toBe('');
    expect(rows[3][9]).toBe('现场登记');
  });
});

describe('service log sheet', () => {
  it('names member, grid and post, keeps hours a number and says how it was verified', () => {
    const log = {
      _id: 'l1',
      memberId: 'm1',
      gridId: 'g1',
      postId: 'p1',
      date: '2026-11-20',
      hours: 2.5,
      content: '检查线路',
      household: null,
      status: 'rejected',
      verifiedByName: '郭网格',
      verifiedAt: MONDAY,
      rejectReason: '照片看不清',
      createdAt: MONDAY,
    } as unknown as ServiceLog;
    const names = { member: () => '高党员', place: () => '第二网格', post: () => '电路检查岗' };
    const [row] = serviceLogSheet([log], names).rows;
    expect(row).toEqual([
      '2026-11-20',
      '高党员',
      '第二网格',
      '电路检查岗',
      2.5,
      '检查线路',
      '',
      '未通过',
      '郭网格',
      chinaDateTime(MONDAY),
      '照片看不清',
      '2026-11-23 10:00',
    ]);
  });
});

describe('places to export', () => {
  const node = (_id: string, level: JurisdictionNode['level'], parentId: string | null, order: number): JurisdictionNode => ({
    _id,
    level,
    name: _id,
    parentId,
    ancestorIds: [],
    order,
  });
  const tree = [
    node('g2', 'grid', 'v1', 2),
    node('t1', 'township', 'c1', 1),
    node('v2', 'village', 't1', 2),
    node('g1', 'grid', 'v1', 1),
    node('v1', 'village', 't1', 1),
    node('g3', 'grid', 'v2', 1),
  ];
  it('puts each place before what lies under it, siblings in order, and leaves grids out above a village', () => {
    const out = ledgerPlaces(tree[1], tree).map(({ node: n, depth }) => `${n._id}:${depth}`);
    expect(out).toEqual(['t1:0', 'v1:1', 'v2:1']);
  });
  it('offers the grids of a village', () => {
    const out = ledgerPlaces(tree[4], tree).map(({ node: n, depth }) => `${n._id}:${depth}`);
    expect(out).toEqual(['v1:0', 'g1:1', 'g2:1']);
  });
});

describe('ledger size', () => {
  it('takes up to the limit and refuses more', () => {
    expect(codeOf(() => requireLedgerSize(MAX_LEDGER_REQUESTS))).toBe('no error');
    expect(codeOf(() => requireLedgerSize(MAX_LEDGER_REQUESTS + 1))).toBe('LEDGER_TOO_LARGE');
  });
});

describe('民情走访 sheet', () => {
  const at = new Date('2026-11-20T02:30:00Z');
  const visit = {
    _id: 'v1',
    cadreName: '汪德华',
    cadreLevel: 'village',
    kind: 'aidDelivery',
    day: '2026-11-20',
    at,
    createdAt: MONDAY,
    householdIds: ['h1', 'h2'],
    households: [
      { id: 'h1', label: '汪屋组12号 王秀英户' },
      { id: 'h2', label: '汪屋组3号 汪志强户' },
    ],
    gridId: 'g1',
    placeIds: ['c1', 't1', 'v1', 'g1'],
    seen: '屋里冷',
    said: '药快吃完了',
    help: '送去棉被一床',
    photos: ['cloud://a', 'cloud://b'],
    location: { address: '汪屋组12号' },
    problems: [
      {
        key: 'k1',
        householdId: 'h1',
        categoryId: 'c',
        categoryName: '医疗卫生',
        text: '腿疼没药',
        requestId: 'r1',
        requestCode: 'QS0007',
        error: null,
        at,
      },
      {
        key: 'k2',
        householdId: 'h2',
        categoryId: 'c',
        categoryName: '住房',
        text: '屋顶漏雨',
        requestId: null,
        requestCode: null,
        error: 'x',
        at,
      },
    ],
    callback: {
      markedBy: { id: 's', name: '黄文斌' },
      markedAt: at,
      reason: '抽查',
      outcome: { verdict: 'partly', text: '棉被已收到', by: { id: 's', name: '黄文斌' }, at },
    },
  } as unknown as Visit;
  const names = {
    place: (id: string) => ({ t1: '凉泉乡', v1: '湖滨村', g1: '第一网格' })[id] ?? '',
    headPhone: (id: string) => ({ h1: '13905560101', h2: '' })[id] ?? '',
  };

  it('has a row per visit and household, in China time, with the places, the problems of that household and the 回访', () => {
    const sheet = visitSheet([visit], names);
    expect(sheet.name).toBe('民情走访');
    expect(sheet.rows).toHaveLength(2);
    expect(sheet.rows.every((row) => row.length === sheet.columns.length)).toBe(true);
    const [first, second] = sheet.rows;
    expect(first.slice(0, 9)).toEqual([
      '2026-11-20',
      '2026-11-20 10:30',
      '汪德华',
      '村组干部',
      '帮扶送达',
      '凉泉乡',
      '湖滨村',
      '第一网格',
      '汪屋组12号 王秀英户',
    ]);
    expect(first[13]).toBe('医疗卫生：腿疼没药→诉求QS0007');
    expect(second[13]).toBe('住房：屋顶漏雨（未转成诉求）');
    expect(first[14]).toBe('部分属实（黄文斌：棉被已收到）');
    expect(first[15]).toBe(2);
  });

  it('masks the phone of the head of household and leaves it empty when there is none', () => {
    const [first, second] = visitSheet([visit], names).rows;
    expect(first[9]).toBe('139****0101');
    expect(second[9]).toBe('');
    expect(JSON.stringify(visitSheet([visit], names).rows)).not.toContain('13905560101');
  });

  it('says a callback is waiting, and nothing when none was asked for', () => {
    const waiting = { ...visit, callback: { ...visit.callback!, outcome: null } } as Visit;
    expect(visitSheet([waiting], names).rows[0][14]).toBe('待回访（黄文斌：抽查）');
    expect(visitSheet([{ ...visit, callback: null }], names).rows[0][14]).toBe('');
  });
});
