import type { ActionName, Envelope, RequestOf } from '../../cloudfunctions/contract';
import { requestSchemas } from '../../cloudfunctions/contract';
import { chinaDate, chinaYear } from '../../cloudfunctions/domain/shared/chinaTime';
import { uploadFolder } from '../../cloudfunctions/shared/uploadFolder';
import { resetDemoData } from '../support/resetDemoData';
import { snapshotStore } from '../support/snapshotStore';
import { startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * Every action of `proxy` (代理代办) called by every kind of caller, inside
 * and outside the jurisdiction of what the call is about (汪德华's cases in
 * 湖滨村 第一网格, for 王秀英 and 李建国). A refused call changes nothing; a
 * call that succeeds is undone by re-seeding before the next caller.
 */
const PEOPLE = {
  visitor: 'matrix-visitor', // never registered
  resident: 'demo-resident-wang', // the resident of pc-demo-don1 (by her verified phone)
  party: 'demo-party-gao', // party member, resident of 湖滨村 第二网格
  gridIn: 'demo-grid-wang', // 网格长 of 湖滨村 第一网格, the agent of the demo cases
  gridPaired: 'demo-grid-guo', // 网格长 of 湖滨村 第二网格
  gridOut: 'demo-grid-chen', // 网格长 of 太华村 第一网格
  staffIn: 'demo-staff-hubin', // 湖滨村 staff
  staffTownship: 'demo-staff-township', // 凉泉乡 staff
  staffOut: 'demo-staff-taihua', // 太华村 staff
  admin: 'demo-admin', // the county's administrator (also staff)
} as const;

type Person = keyof typeof PEOPLE;
type Outcome = 'ok' | 'NOT_REGISTERED' | 'FORBIDDEN' | 'OUT_OF_JURISDICTION' | 'NOT_FOUND';

interface Row {
  label: string;
  action: ActionName<'proxy'>;
  payload: unknown;
  expect: Record<Person, Outcome>;
}

function all(outcome: Outcome, except: Partial<Record<Person, Outcome>> = {}): Record<Person, Outcome> {
  const table = Object.fromEntries(Object.keys(PEOPLE).map((person) => [person, outcome])) as Record<Person, Outcome>;
  return { ...table, visitor: 'NOT_REGISTERED', ...except };
}

const cadres = all('ok', { resident: 'FORBIDDEN', party: 'FORBIDDEN' });
/** A step on 汪德华's case: only he takes it; staff over it see it but may not act; others are not shown it. */
const agentStep = all('NOT_FOUND', {
  resident: 'FORBIDDEN',
  party: 'FORBIDDEN',
  gridIn: 'ok',
  staffIn: 'FORBIDDEN',
  staffTownship: 'FORBIDDEN',
  admin: 'FORBIDDEN',
});
const TODAY = chinaDate(new Date());

function row<A extends ActionName<'proxy'>>(
  label: string,
  action: A,
  payload: RequestOf<'proxy', A>,
  expect: Record<Person, Outcome>,
): Row {
  return { label, action, payload, expect };
}

const ROWS: Row[] = [
  row('catalogue', 'catalogue', {}, all('ok')),
  row(
    'saveItem: a new item',
    'saveItem',
    {
      clientKey: 'access-item-1',
      name: '独生子女奖扶申领',
      materials: ['身份证', '独生子女证'],
      officeName: '乡卫健办',
      stageDays: { receive: 1, send: 2, conclude: 20, handBack: 2 },
    },
    all('FORBIDDEN', { admin: 'ok' }),
  ),
  row(
    'openCase in 第一网格',
    'openCase',
    {
      clientKey: 'matrix-open-0001',
      itemId: 'pi-idcard',
      gridId: 'g-hubin-1',
      residentName: '王秀英',
      residentPhone: '13905560101',
      household: '汪屋组12号',
      checked: [],
    },
    all('OUT_OF_JURISDICTION', {
      resident: 'FORBIDDEN',
      party: 'FORBIDDEN',
      gridIn: 'ok',
      staffIn: 'ok',
      staffTownship: 'ok',
      admin: 'ok',
    }),
  ),
  row(
    'receive on 收件',
    'receive',
    { caseId: 'pc-demo-rcv1', version: 0, opId: 'matrix-rcv-1', checked: ['住院发票原件'], photos: [] },
    agentStep,
  ),
  row('send on 送办', 'send', { caseId: 'pc-demo-snd1', version: 0, opId: 'matrix-snd-1', sentOn: TODAY }, agentStep),
  row(
    'conclude on 办结',
    'conclude',
    { caseId: 'pc-demo-ccl1', version: 1, opId: 'matrix-ccl-1', outcome: 'rejected', reason: '机具不在补贴目录内' },
    agentStep,
  ),
  row(
    'handBack on 交还',
    'handBack',
    {
      caseId: 'pc-demo-ret1',
      version: 2,
      opId: 'matrix-ret-1',
      items: '新身份证',
      signer: 'resident',
      signature: `cloud://local/${uploadFolder('proxy', 'demo-grid-wang')}m.png`,
    },
    agentStep,
  ),
  row(
    'rate the returned case',
    'rate',
    { caseId: 'pc-demo-don1', opId: 'matrix-rate-1', stars: 5 },
    all('NOT_FOUND', { resident: 'ok', gridIn: 'FORBIDDEN', staffIn: 'FORBIDDEN', staffTownship: 'FORBIDDEN', admin: 'FORBIDDEN' }),
  ),
  row(
    'caseDetail',
    'caseDetail',
    { caseId: 'pc-demo-don1' },
    all('NOT_FOUND', { resident: 'ok', gridIn: 'ok', staffIn: 'ok', staffTownship: 'ok', admin: 'ok' }),
  ),
  row(
    "reassign 汪德华's open case to 周义青",
    'reassign',
    { caseId: 'pc-demo-rcv1', version: 0, opId: 'matrix-reassign-1', personId: 'demo-grid-zhou', reason: '原代办员已调走' },
    all('NOT_FOUND', { resident: 'FORBIDDEN', party: 'FORBIDDEN', gridIn: 'ok', staffIn: 'ok', staffTownship: 'ok', admin: 'ok' }),
  ),
  row(
    'reassignOptions',
    'reassignOptions',
    { caseId: 'pc-demo-rcv1' },
    all('NOT_FOUND', { resident: 'FORBIDDEN', party: 'FORBIDDEN', gridIn: 'ok', staffIn: 'ok', staffTownship: 'ok', admin: 'ok' }),
  ),
  row('myCases', 'myCases', {}, all('ok')),
  row('agentCases', 'agentCases', { view: 'open' }, cadres),
  // Staff only: each sees their own jurisdiction's (an empty list is still ok); grid members and residents are refused.
  row('stuckCases', 'stuckCases', {}, all('FORBIDDEN', { staffIn: 'ok', staffTownship: 'ok', staffOut: 'ok', admin: 'ok' })),
  row('figures', 'figures', { kind: 'quarter', year: chinaYear(new Date()), number: 1 }, cadres),
];

let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

it('has a row for every action of proxy', () => {
  const covered = new Set(ROWS.map((r) => r.action));
  expect(Object.keys(requestSchemas.proxy).filter((action) => !covered.has(action as ActionName<'proxy'>))).toEqual([]);
});

describe.each(ROWS)('$label', (r) => {
  it.each(Object.keys(PEOPLE) as Person[])('as %s', async (person) => {
    const before = await snapshotStore(test);
    const answer = (await test.call(PEOPLE[person], 'proxy', r.action, r.payload as never)) as Envelope<unknown>;
    const outcome = answer.ok ? 'ok' : answer.code;
    expect({ person, outcome }).toEqual({ person, outcome: r.expect[person] });
    if (answer.ok) {
      await resetDemoData(test);
    } else {
      expect(answer.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(await snapshotStore(test)).toBe(before);
    }
  });
});
