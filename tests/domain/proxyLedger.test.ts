import { proxyAgentSheet } from '../../cloudfunctions/domain/ledger/proxyAgentSheet';
import { proxyCaseSheet, stageTiming } from '../../cloudfunctions/domain/ledger/proxyCaseSheet';
import { periodRange, type FigureCase } from '../../cloudfunctions/domain/proxy/figures';
import type { ProxyCase } from '../../cloudfunctions/domain/proxy/ProxyCase';

const at = (wall: string) => new Date(`${wall}+08:00`);
const DEADLINE = at('2026-11-25T18:00:00');

describe("the ledger's 代理代办 sheet", () => {
  it('says of each stage whether it kept its limit, or, under way, whether the limit has passed', () => {
    expect(stageTiming({ deadline: null, doneAt: null }, at('2026-11-30T09:00:00'))).toBe('');
    expect(stageTiming({ deadline: DEADLINE, doneAt: DEADLINE }, at('2026-11-30T09:00:00'))).toBe('按时');
    expect(stageTiming({ deadline: DEADLINE, doneAt: at('2026-11-25T18:01:00') }, at('2026-11-30T09:00:00'))).toBe('超时');
    expect(stageTiming({ deadline: DEADLINE, doneAt: null }, at('2026-11-24T09:00:00'))).toBe('办理中（限2026-11-25 18:00）');
    expect(stageTiming({ deadline: DEADLINE, doneAt: null }, at('2026-11-26T09:00:00'))).toBe('已超时（限2026-11-25 18:00）');
  });

  it('writes a refused result with its reason, a witness by name, and a rating with its comment, nothing cut', () => {
    const stage = { deadline: DEADLINE, doneAt: at('2026-11-24T09:00:00') };
    const comment = '代办员跑了三趟，'.repeat(40);
    const c = {
      code: 'DB1',
      item: { name: '低保申请' },
      resident: { name: '王秀英', phone: '13905560101', household: '汪屋组12号' },
      placeIds: ['c', 't', 'v', 'g'],
      gridId: 'g',
      agentName: '汪德华',
      stage: 'done',
      stages: { receive: stage, send: stage, conclude: stage, handBack: stage },
      createdAt: at('2026-11-23T09:00:00'),
      office: { departmentId: null, name: '县民政局' },
      result: { outcome: 'rejected', reason: '收入超过标准' },
      returned: { items: '材料原件', signer: 'witness', witnessName: '汪大伯', signature: 'cloud://s.png' },
      rating: { stars: 4, comment, at: at('2026-11-24T10:00:00') },
    } as unknown as Omit<ProxyCase, 'timeline'>;
    const sheet = proxyCaseSheet([c], { place: (id) => ({ v: '湖滨村', g: '第一网格' })[id] ?? '' }, at('2026-11-30T09:00:00'));
    const row = Object.fromEntries(sheet.columns.map((column, i) => [column.header, sheet.rows[0][i]]));
    expect(sheet.name).toBe('代理代办');
    expect(row).toMatchObject({
      电话: '139****0101',
      '村（社区）': '湖滨村',
      网格: '第一网格',
      送办单位: '县民政局',
      办结结果: '未批准：收入超过标准',
      签收: '见证人签字：汪大伯',
      群众评价: `4星：${comment}`,
    });
  });
});

describe("the ledger's 代办员统计 sheet", () => {
  it("is the agents' figures with the range on every row", () => {
    const done = (id: string, stars: number | null): FigureCase => ({
      agentId: id,
      agentName: id === 'a' ? '汪德华' : '郭长林',
      gridId: `g-${id}`,
      stage: 'done',
      stages: {
        receive: { deadline: DEADLINE, doneAt: DEADLINE },
        send: { deadline: DEADLINE, doneAt: DEADLINE },
        conclude: { deadline: DEADLINE, doneAt: DEADLINE },
        handBack: { deadline: DEADLINE, doneAt: DEADLINE },
      },
      rating: stars === null ? null : { stars, comment: '', at: DEADLINE },
      createdAt: at('2026-11-23T09:00:00'),
      returnedAt: DEADLINE,
    });
    const span = { ...periodRange({ kind: 'month', year: 2026, number: 11 }), label: '2026-11-01 至 2026-11-30' };
    const sheet = proxyAgentSheet([done('a', 5), done('a', 4), done('b', null)], span, { place: (id) => `网格${id}` });
    expect(sheet.columns.map((column) => column.header)).toEqual([
      '统计期间',
      '代办员',
      '网格',
      '收件数',
      '交还办结数',
      '按时办结数',
      '按时办结率',
      '评价人数',
      '平均评分',
    ]);
    expect(sheet.rows).toEqual([
      ['2026-11-01 至 2026-11-30', '汪德华', '网格g-a', 2, 2, 2, '100%', 2, 4.5],
      ['2026-11-01 至 2026-11-30', '郭长林', '网格g-b', 1, 1, 1, '100%', 0, '暂无'],
    ]);
  });
});
