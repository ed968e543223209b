import type { ProxyAgentsDto } from '../../cloudfunctions/contract';
import type { Doc } from '../../localcloud';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { refusedWithoutTrace } from './support/refusedWithoutTrace';
import { buildCase, CHEN, GUO, HUANG, insertCases, JANUARY_2025_CASES, WANG, type CaseSpec } from './support/proxyFixture';

/**
 * 代理代办 on the 工作台 (`dashboard.proxyAgents`): which agents' figures each
 * kind of caller sees, for a fixture in January 2025, where the demo data
 * has no 代办件. Worked out by hand: the figures themselves are the domain's
 * (tests/domain/proxyCases.test.ts); here, whose cases and which period.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
  insertCases(test, JANUARY_2025_CASES);
});
afterAll(() => test.close());

const JANUARY = { kind: 'month' as const, year: 2025, number: 1 };

const ROWS = {
  wang: {
    agentId: WANG.id,
    agentName: '汪德华',
    place: '湖滨村 第一网格（汪屋组）',
    received: 3,
    handled: 3,
    onTime: 2,
    ratings: 2,
    averageStars: 4.5,
  },
  guo: {
    agentId: GUO.id,
    agentName: '郭长林',
    place: '湖滨村 第二网格（郭屋组）',
    received: 1,
    handled: 0,
    onTime: 0,
    ratings: 0,
    averageStars: null,
  },
  chen: {
    agentId: CHEN.id,
    agentName: '陈国平',
    place: '太华村 第一网格（太华街）',
    received: 2,
    handled: 2,
    onTime: 2,
    ratings: 1,
    averageStars: 3,
  },
  huang: {
    agentId: HUANG.id,
    agentName: '黄文斌',
    place: '太华村 第二网格（河南组）',
    received: 1,
    handled: 1,
    onTime: 1,
    ratings: 0,
    averageStars: null,
  },
};

async function agents(caller: string, payload: object = JANUARY): Promise<ProxyAgentsDto> {
  return dataOf(await test.call(caller, 'dashboard', 'proxyAgents', payload as typeof JANUARY));
}

const shown = (dto: ProxyAgentsDto) => dto.items.map(({ gridId: _gridId, id: _id, ...row }) => row);

describe('staff see the agents of their own jurisdiction, in the order an allowance is decided in', () => {
  it.each([
    ['village staff (湖滨村)', 'demo-staff-hubin', [ROWS.wang, ROWS.guo]],
    ['village staff (太华村)', 'demo-staff-taihua', [ROWS.chen, ROWS.huang]],
    ['township staff', 'demo-staff-township', [ROWS.wang, ROWS.chen, ROWS.huang, ROWS.guo]],
    ['county staff', 'demo-staff-county', [ROWS.wang, ROWS.chen, ROWS.huang, ROWS.guo]],
    ['the administrator (staff over the county)', 'demo-admin', [ROWS.wang, ROWS.chen, ROWS.huang, ROWS.guo]],
  ])('%s', async (_label, caller, expected) => {
    const dto = await agents(caller);
    expect(shown(dto)).toEqual(expected);
    expect(dto.total).toBe(expected.length);
    expect(dto.next).toBeNull();
    expect(dto.period).toEqual({ ...JANUARY, from: '2024-12-31T16:00:00.000Z', to: '2025-01-31T16:00:00.000Z' });
  });

  it('a quarter adds up its months', async () => {
    const dto = await agents('demo-staff-hubin', { kind: 'quarter', year: 2025, number: 1 });
    expect(shown(dto)[0]).toEqual({ ...ROWS.wang, received: 4, handled: 5, onTime: 3, ratings: 3, averageStars: 3.3 });
  });
});

describe('everyone else is refused, and a refusal writes nothing', () => {
  it.each([
    ['a resident', 'demo-resident-wang', 'FORBIDDEN'],
    ['a party member', 'demo-party-gao', 'FORBIDDEN'],
    ['a grid member of the grid (an agent, not staff)', 'demo-grid-wang', 'FORBIDDEN'],
    ['a grid member elsewhere', 'demo-grid-chen', 'FORBIDDEN'],
    ['someone not registered', 'matrix-visitor', 'NOT_REGISTERED'],
  ])('%s', async (_label, caller, code) => {
    await refusedWithoutTrace(test, () => test.call(caller, 'dashboard', 'proxyAgents', JANUARY), code);
  });

  it('a period that does not exist (第5季度) is refused at its field', async () => {
    const payload = { kind: 'quarter' as const, year: 2025, number: 5 };
    await refusedWithoutTrace(test, () => test.call('demo-staff-county', 'dashboard', 'proxyAgents', payload), 'INVALID_INPUT');
  });
});

describe('a county with many agents', () => {
  const MANY = 65;
  beforeAll(() => {
    const specs: CaseSpec[] = [...Array(MANY).keys()].map((i) => ({
      id: `fm${String(i).padStart(3, '0')}`,
      agent: { id: `fixture-agent-${String(i).padStart(3, '0')}`, name: `代办员${i}` },
      grid: i % 2 === 0 ? 'hubin3' : 'taihua3',
      opened: '2025-03-03T09:00:00',
      returnedAfterHours: i % 5 === 0 ? undefined : 3,
    }));
    insertCases(test, specs);
  });

  it('pages through every agent with the total, none twice and none left out', async () => {
    const march = { kind: 'month' as const, year: 2025, number: 3 };
    const seen: string[] = [];
    let after: number | null = 0;
    let pages = 0;
    while (after !== null) {
      const dto: ProxyAgentsDto = await agents('demo-staff-county', { ...march, after });
      expect(dto.total).toBe(MANY);
      expect(dto.items.length).toBeLessThanOrEqual(30);
      seen.push(...dto.items.map((row) => row.agentId));
      after = dto.next;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(MANY);
    // Handed back first (52 of them), then the 13 with cases still open.
    const first = await agents('demo-staff-county', march);
    expect(first.items[0]).toEqual(expect.objectContaining({ handled: 1, received: 1 }));
    const last = await agents('demo-staff-county', { ...march, after: 60 });
    expect(last.items.map((row) => row.handled)).toEqual([0, 0, 0, 0, 0]);
    expect(last.next).toBeNull();
  });
});

describe('on time needs every stage done by its deadline, whatever the stored record lacks', () => {
  const MAY = { kind: 'month' as const, year: 2025, number: 5 };
  beforeAll(() => {
    const [whole, lacking] = [
      { id: 'fn1', agent: WANG, grid: 'hubin1' as const, opened: '2025-05-06T09:00:00', returnedAfterHours: 3 },
      { id: 'fn2', agent: WANG, grid: 'hubin1' as const, opened: '2025-05-07T09:00:00', returnedAfterHours: 3 },
    ].map(buildCase);
    // A stage record stored without doneAt (missing, not null). On WeChat's database an expression
    // sees a missing value as unequal to null and below every date, so "not null, and done by the
    // deadline" would call it done on time.
    const { doneAt: _doneAt, ...sendWithoutDoneAt } = lacking.stages.send;
    const stored = { ...lacking, stages: { ...lacking.stages, send: sendWithoutDoneAt } };
    test.cloud.store.insertMany('proxyCases', [whole, stored] as unknown as Doc[]);
  });

  it('a handed-back case whose stage has no doneAt is not on time', async () => {
    const dto = await agents('demo-staff-hubin', MAY);
    expect(shown(dto)).toEqual([expect.objectContaining({ agentId: WANG.id, received: 2, handled: 2, onTime: 1 })]);
  });
});
