import {
  HOUSEHOLD_COLUMNS,
  HOUSEHOLD_EXAMPLE,
  MAX_FILE_HOUSEHOLDS,
  type HouseholdColumn,
} from '../../cloudfunctions/domain/roster/householdColumns';
import { membersKeeping, type HouseholdEntry } from '../../cloudfunctions/domain/roster/householdEntry';
import { importHousehold, type ImportStep } from '../../cloudfunctions/domain/roster/importHousehold';
import { rosterSheets } from '../../cloudfunctions/domain/roster/rosterSheets';
import { validateHouseholds, type HouseholdSheetContext } from '../../cloudfunctions/domain/roster/validateHouseholds';
import { defaultVisitRules } from '../../cloudfunctions/domain/visits/VisitRules';
import type { Household } from '../../cloudfunctions/domain/visits/Household';

const NOW = new Date('2026-11-23T02:00:00Z');
const KEYS = Object.keys(HOUSEHOLD_COLUMNS) as HouseholdColumn[];
const HEADER = KEYS.map((key) => HOUSEHOLD_COLUMNS[key]);
const rules = defaultVisitRules('c1');
rules.tags = rules.tags.map((tag) => (tag.id === 'economicDevelopment' ? { ...tag, active: false } : tag));
const context: HouseholdSheetContext = {
  grids: [
    { _id: 'g1', name: '第一网格', ancestorIds: ['c1', 't1', 'v1'] },
    { _id: 'g2', name: '第二网格', ancestorIds: ['c1', 't1', 'v1'] },
    { _id: 'g3', name: '第二网格', ancestorIds: ['c1', 't1', 'v2'] },
  ],
  tags: rules.tags,
  now: NOW,
};

/** A row from the columns it fills. */
function row(fields: Partial<Record<HouseholdColumn, string>>): string[] {
  return KEYS.map((key) => fields[key] ?? '');
}
const check = (...rows: string[][]) => validateHouseholds('民情档案', [HEADER, ...rows], context);
const problemsOf = (...rows: string[][]) =>
  check(...rows).problems.map(({ sheet, row: at, column, message }) => `${sheet}|${at}|${column}|${message}`);

describe('the 民情档案 sheet', () => {
  it('reads households of several members: grid and address from the first row, tags and needs from any, phones unverified', () => {
    const { problems, households } = check(
      row({
        householdNo: '1',
        grid: '第一网格',
        group: '汪屋组',
        address: '12号',
        relation: '户主',
        name: '汪桂花',
        age: '1948',
        phone: '13800000001',
        tags: '留守老人、低保户',
        needs: '腿脚不便',
      }),
      row({ householdNo: '1', relation: '子女', name: '汪小军', age: '35', tags: '外出务工户' }),
      row({ householdNo: '2', grid: 'g1', relation: '户主', name: '李四', age: '80岁以上', needs: '独居' }),
      row({
        householdNo: '1',
        grid: '第一网格',
        relation: '孙子女',
        name: '汪乐乐',
        age: '9',
        tags: '留守儿童，低保户',
        needs: '上学要接送',
      }),
    );
    expect(problems).toEqual([]);
    expect(households).toEqual<HouseholdEntry[]>([
      {
        householdNo: '1',
        gridId: 'g1',
        placeIds: ['c1', 't1', 'v1', 'g1'],
        group: '汪屋组',
        address: '12号',
        members: [
          { name: '汪桂花', relation: 'head', ageBand: 'age60to79', phone: '13800000001', phoneVerified: false, userId: null },
          { name: '汪小军', relation: 'child', ageBand: 'age18to59', phone: '', phoneVerified: false, userId: null },
          { name: '汪乐乐', relation: 'grandchild', ageBand: 'age7to17', phone: '', phoneVerified: false, userId: null },
        ],
        tags: ['leftBehindElderly', 'subsistence', 'migrantWorker', 'leftBehindChild'],
        needs: '腿脚不便；上学要接送',
      },
      {
        householdNo: '2',
        gridId: 'g1',
        placeIds: ['c1', 't1', 'v1', 'g1'],
        group: '',
        address: '',
        members: [{ name: '李四', relation: 'head', ageBand: 'age80plus', phone: '', phoneVerified: false, userId: null }],
        tags: [],
        needs: '独居',
      },
    ]);
  });

  it('accepts the template as it is downloaded', () => {
    const { problems, households } = check(...HOUSEHOLD_EXAMPLE.map((example) => row(example)));
    // The example's grid is the demo's; here it is unknown, and nothing else is wrong.
    expect(problems.map((p) => `${p.row}|${p.column}`)).toEqual(['2|所属网格']);
    expect(households).toEqual([]);
    const named = validateHouseholds(
      '民情档案',
      [HEADER, ...HOUSEHOLD_EXAMPLE.map((example) => row({ ...example, grid: example.grid && 'g1' }))],
      context,
    );
    expect(named.problems).toEqual([]);
    expect(named.households[0].members).toHaveLength(3);
  });

  it('names every problem by sheet, row and column, and gives no household while one is wrong', () => {
    const problems = problemsOf(
      row({ householdNo: '1', grid: '第九网格', relation: '户主', name: '甲' }),
      row({ householdNo: '2', grid: 'g1', relation: '子女', name: '乙' }),
      row({ householdNo: '3', grid: 'g1', relation: '户主', name: '丙' }),
      row({ householdNo: '3', relation: '户主', name: '丁' }),
      row({ householdNo: '4', grid: 'g1', relation: '户主', name: '戊', phone: '1380000', tags: '贫困户' }),
      row({ householdNo: '5', grid: 'g1', relation: '户主', name: '己', group: '汪屋组' }),
      row({ householdNo: '5', grid: 'g2', relation: '配偶', name: '庚', group: '李家组' }),
      row({ householdNo: '6', grid: '第二网格', relation: '老板', name: '辛', age: '三十' }),
      row({ grid: 'g1', relation: '户主', name: '壬', tags: '经济发展户' }),
      row({ householdNo: '7', relation: '户主', name: '癸' }),
    );
    expect(problems).toEqual([
      '民情档案|2|所属网格|没有这个网格，或不在您管理的范围内',
      '民情档案|3|与户主关系|户号2这一户没有户主，请把一位成员填为“户主”',
      '民情档案|5|与户主关系|户号3已在第4行填了户主，一户只能有一位户主',
      '民情档案|6|手机号|号码不对，请填11位手机号或带区号的座机号，没有可以空着',
      expect.stringMatching(/^民情档案\|6\|户类\|没有“贫困户”这个户类，可填：家庭困难户、.*留守老人/),
      '民情档案|8|所属网格|户号5的一户分在了两个网格：第7行填的是“第一网格”，这一行是“第二网格”',
      '民情档案|8|屯/组|同一户（户号5）和第7行填的不一样',
      '民情档案|9|所属网格|有几个网格都叫这个名字，请改填网格编号',
      '民情档案|9|与户主关系|请填户主、配偶、子女、儿媳、女婿、父母、孙子女、兄弟姐妹或其他',
      '民情档案|9|出生年份或年龄|看不懂“三十”，请填出生年份（如1948）、年龄（如72）或“60-79岁”这样的年龄段',
      '民情档案|10|户号|不能为空',
      expect.stringMatching(/^民情档案\|10\|户类\|没有“经济发展户”这个户类/),
      '民情档案|11|所属网格|户号7这一户没有填所属网格',
    ]);
    expect(check(row({ householdNo: '1', grid: 'g1', relation: '户主', name: '甲', phone: '1380000' })).households).toEqual([]);
  });

  it('refuses a header without its required columns, an empty sheet, and more households than a file may hold', () => {
    expect(validateHouseholds('民情档案', [['户号', '姓名']], context).problems).toEqual([
      { sheet: '民情档案', row: 1, column: '与户主关系', message: '表头缺少这一列，请用模板填写' },
    ]);
    expect(check().problems).toEqual([{ sheet: '民情档案', row: 1, column: '', message: '这张表里没有要导入的户' }]);
    const many = Array.from({ length: MAX_FILE_HOUSEHOLDS + 1 }, (_, n) =>
      row({ householdNo: String(n), grid: 'g1', relation: '户主', name: '甲' }),
    );
    expect(check(...many).problems).toEqual([
      { sheet: '民情档案', row: 1, column: '', message: expect.stringContaining(`最多导入${MAX_FILE_HOUSEHOLDS}户`) },
    ]);
  });

  it('tells the sheets of a file apart: by name, or for a CSV file by its header', () => {
    const people = { name: 'Sheet1', rows: [['姓名', '手机号']] };
    const households = { name: '民情档案', rows: [['户号']] };
    const instructions = { name: '填写说明', rows: [['填写说明']] };
    expect(rosterSheets([instructions, households, people])).toEqual({ people, households });
    const csv = { name: '', rows: [HEADER] };
    expect(rosterSheets([csv])).toEqual({ people: null, households: csv });
    expect(rosterSheets([people])).toEqual({ people, households: null });
  });
});

describe('writing an imported household', () => {
  const entry = check(
    row({ householdNo: '1', grid: 'g1', group: '汪屋组', relation: '户主', name: '汪桂花', phone: '13800000001', tags: '留守老人' }),
    row({ householdNo: '1', relation: '子女', name: '汪小军' }),
  ).households[0];
  const step = (importId: string): ImportStep => ({
    importId,
    by: { _id: 'admin', name: '县管理员' },
    now: NOW,
    rules,
    newId: (key) => `id-${importId}-${key}`,
  });

  it('records a new household, due by its tags, under an id from the import; the same import again writes nothing', () => {
    const write = importHousehold(entry, null, step('i1'));
    expect(write.kind).toBe('add');
    const household = (write as { household: Household }).household;
    expect(household).toMatchObject({
      _id: 'id-i1-g1|1',
      rosterKey: 'g1|1',
      gridId: 'g1',
      group: '汪屋组',
      tags: ['leftBehindElderly'],
      lastVisitAt: null,
    });
    expect(household.due?.grid).toMatch(/^g1\|2026-12-2/);
    expect(household.log).toEqual([
      expect.objectContaining({ kind: 'recorded', what: '从花名册导入民情档案', by: { id: 'admin', name: '县管理员' } }),
    ]);
    expect(importHousehold(entry, household, step('i1'))).toEqual({ kind: 'none', outcome: 'created' });
    expect(importHousehold(entry, household, step('i2'))).toEqual({ kind: 'none', outcome: 'unchanged' });
  });

  it('updates a household a later file has differently, the old values in its log, keeping what keepers confirmed', () => {
    const first = (importHousehold(entry, null, step('i1')) as { household: Household }).household;
    const confirmed: Household = {
      ...first,
      members: [{ ...first.members[0], phoneVerified: true, userId: 'u-wang' }, first.members[1]],
    };
    const later = { ...entry, tags: ['leftBehindElderly', 'subsistence'], needs: '要代办医保' };
    const write = importHousehold(later, confirmed, step('i2'));
    if (write.kind !== 'change') throw new Error(`expected a change, got ${write.kind}`);
    expect(write.change.set).toMatchObject({ tags: ['leftBehindElderly', 'subsistence'], needs: '要代办医保' });
    expect(write.change.set.members).toBeUndefined();
    expect(write.change.log).toEqual([
      expect.objectContaining({
        kind: 'edited',
        what: '花名册导入：修改了户类、需求',
        before: { tags: ['leftBehindElderly'], needs: '' },
        opId: 'i2:g1|1',
      }),
    ]);
    const logged = { ...confirmed, log: [...confirmed.log, ...write.change.log] };
    expect(importHousehold(later, logged, step('i2'))).toEqual({ kind: 'none', outcome: 'updated' });
  });

  it('keeps a member’s account, and their verified phone only while the file has the same number', () => {
    const known = [
      { name: '甲', relation: 'head' as const, ageBand: 'unknown' as const, phone: '13800000001', phoneVerified: true, userId: 'u1' },
      { name: '乙', relation: 'child' as const, ageBand: 'unknown' as const, phone: '13800000002', phoneVerified: true, userId: null },
    ];
    const fromFile = [
      { ...known[0], phoneVerified: false, userId: null },
      { ...known[1], phone: '13800000009', phoneVerified: false },
      { name: '丙', relation: 'child' as const, ageBand: 'unknown' as const, phone: '', phoneVerified: false, userId: null },
    ];
    expect(membersKeeping(known, fromFile)).toEqual([known[0], { ...known[1], phone: '13800000009', phoneVerified: false }, fromFile[2]]);
  });
});
