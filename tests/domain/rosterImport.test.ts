import { parseCsv } from '../../cloudfunctions/domain/roster/parseCsv';
import { rosterPersonId } from '../../cloudfunctions/domain/people/rosterPersonId';
import { validateRoster, type RosterContext } from '../../cloudfunctions/domain/roster/validateRoster';
import { withGridDuty } from '../../cloudfunctions/domain/roster/withGridDuty';
import { duty, user } from './support/requests';

const NOW = new Date('2026-11-23T02:00:00Z');
const HEADER = ['姓名', '手机号', '所属网格', '角色', '职责类别', '第一责任人'];
const context: RosterContext = {
  grids: [
    { _id: 'g1', name: '第一网格' },
    { _id: 'g2', name: '第二网格' },
    { _id: 'g3', name: '第二网格' },
  ],
  categories: [
    { _id: 'environment', name: '环境卫生' },
    { _id: 'mediation', name: '矛盾调解' },
  ],
  known: [user('wx-wang', { name: '王秀英', phone: '13905560101', roles: ['resident'], rosterName: '王秀英' })],
  now: NOW,
};

const check = (...rows: string[][]) => validateRoster([HEADER, ...rows], context);
const problemsOf = (...rows: string[][]) => check(...rows).problems.map(({ row, column, message }) => `${row}|${column}|${message}`);

describe('roster rows', () => {
  it('adds a grid member with duties and a resident, keyed by phone', () => {
    const { problems, changes } = check(
      ['张三', '13800000001', '第一网格', '网格员', '环境卫生、矛盾调解', '是'],
      ['李四', '0556-5100001', 'g2', '居民', '', ''],
    );
    expect(problems).toEqual([]);
    expect(changes.map((change) => change.before)).toEqual([null, null]);
    expect(changes[0].after).toMatchObject({
      _id: rosterPersonId('13800000001'),
      name: '张三',
      roles: ['gridMember'],
      homeGridId: 'g1',
      gridDuties: [{ gridId: 'g1', title: '网格员', categoryIds: ['environment', 'mediation'], firstResponsible: true }],
    });
    expect(changes[1].after).toMatchObject({ _id: rosterPersonId('0556-5100001'), roles: ['resident'], homeGridId: 'g2', gridDuties: [] });
  });

  it('updates the person already known by the phone instead of adding one', () => {
    const { changes } = check(['王秀英', '139 0556 0101', '第一网格', '网格员', '环境卫生', '否']);
    expect(changes).toHaveLength(1);
    expect(changes[0].before?._id).toBe('wx-wang');
    expect(changes[0].after).toMatchObject({ _id: 'wx-wang', roles: ['resident', 'gridMember'], gridDuties: [duty(['environment'])] });
    // What the roster calls them, for staff checking a party-member report against it.
    expect(changes[0].after.rosterName).toBe('王秀英');
  });

  it('leaves out people the file has exactly as they are known', () => {
    const known = user('wx-wang', { name: '王秀英', phone: '13905560101', roles: ['resident'] });
    const outcome = validateRoster([HEADER, ['王秀英', '13905560101', known.homeGridId!, '居民', '', '']], {
      ...context,
      grids: [{ _id: known.homeGridId!, name: '某网格' }],
    });
    expect(outcome).toEqual({ problems: [], changes: [], unchanged: 1 });
  });

  it('names the row and column of every problem, and then gives nothing to write', () => {
    const outcome = check(
      ['张三', '13800000001', '第一网格', '网格员', '环境卫生', '是'],
      ['', '12345', '第九网格', '村长', '修路', '也许'],
      ['李四', '13800000001', '第二网格', '居民', '环境卫生', '是'],
      ['赵六', '13800000002', '第一网格', '网格员', '', '是'],
      ['王秀兰', '13905560101', '第一网格', '居民', '', ''],
    );
    expect(outcome.changes).toEqual([]);
    expect(outcome.problems.map(({ row, column, message }) => `${row}|${column}|${message}`)).toEqual([
      '3|姓名|不能为空',
      '3|手机号|号码不对，请填11位手机号或带区号的座机号',
      '3|所属网格|没有这个网格，或不在您管理的范围内',
      '3|角色|只能填“网格员”或“居民”',
      '3|职责类别|没有“修路”这个职责类别',
      '3|第一责任人|只能填“是”或“否”',
      '4|手机号|和第2行的手机号重复',
      '4|所属网格|有几个网格都叫这个名字，请改填网格编号',
      '4|职责类别|居民不用填职责类别',
      '4|第一责任人|只有网格员能当第一责任人',
      '5|第一责任人|第2行已是这个网格的第一责任人，一个网格只填一位',
      '6|手机号|这个号码已经登记为“王秀英”，与姓名不符',
    ]);
  });

  it('does not move a resident whose home is outside the jurisdiction', () => {
    const elsewhere = { ...user('wx-li', { name: '李建国', phone: '13905560102' }), homeGridId: 'g-far' };
    const outcome = validateRoster([HEADER, ['李建国', '13905560102', '第一网格', '居民', '', '']], { ...context, known: [elsewhere] });
    expect(outcome.problems).toEqual([{ row: 2, column: '所属网格', message: '这个人登记在您管理范围以外的网格，请联系上级管理员修改' }]);
    // As a grid member here he keeps his home: allowed.
    expect(
      validateRoster([HEADER, ['李建国', '13905560102', '第一网格', '网格员', '', '']], { ...context, known: [elsewhere] }).problems,
    ).toEqual([]);
  });

  it('skips empty rows but keeps the spreadsheet row numbers', () => {
    expect(problemsOf(['', '', '', '', '', ''], ['张三', '1380000000', '第一网格', '居民', '', ''])).toEqual([
      '3|手机号|号码不对，请填11位手机号或带区号的座机号',
    ]);
  });

  it('refuses a file without the required columns, without rows, or with too many', () => {
    expect(
      validateRoster(
        [
          ['姓名', '电话'],
          ['张三', '13800000001'],
        ],
        context,
      ).problems.map((p) => p.column),
    ).toEqual(['手机号', '所属网格', '角色']);
    expect(validateRoster([HEADER], context).problems).toEqual([{ row: 1, column: '', message: '文件里没有要导入的人' }]);
    const many = Array.from({ length: 201 }, (_, i) => ['张三', `138${String(i).padStart(8, '0')}`, '第一网格', '居民', '', '']);
    expect(problemsOf(...many)).toEqual(['1||一次最多导入200人，请分成几个文件']);
  });
});

describe('a duty in a grid', () => {
  it('replaces the duty held in the same grid and keeps the others', () => {
    const person = user('p', { roles: ['resident'], gridDuties: [duty(['a']), duty(['b'], '网格员', false, 'g2')] });
    const after = withGridDuty(person, duty(['c'], '网格长', true));
    expect(after.roles).toEqual(['resident', 'gridMember']);
    expect(after.gridDuties).toEqual([duty(['b'], '网格员', false, 'g2'), duty(['c'], '网格长', true)]);
    expect(withGridDuty(after, duty(['c'], '网格长', true))).toEqual(after);
  });
});

describe('CSV as Excel saves it', () => {
  it('reads quotes, commas and line breaks inside quotes, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFF姓名,职责类别\r\n张三,"环境卫生,治安"\r\n"王""二""","一\n二"\r\n')).toEqual([
      ['姓名', '职责类别'],
      ['张三', '环境卫生,治安'],
      ['王"二"', '一\n二'],
    ]);
    expect(parseCsv('a,b\nc,')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });
});
