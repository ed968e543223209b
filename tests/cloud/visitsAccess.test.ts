import type { ActionName, Envelope, RequestOf } from '../../cloudfunctions/contract';
import { requestSchemas } from '../../cloudfunctions/contract';
import { chinaDate, chinaYear } from '../../cloudfunctions/domain/shared/chinaTime';
import { DEFAULT_QUOTA, DEFAULT_TAGS } from '../../cloudfunctions/domain/visits/VisitRules';
import { resetDemoData } from '../support/resetDemoData';
import { snapshotStore } from '../support/snapshotStore';
import { startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * Every action of `visits` called by every kind of caller, inside and
 * outside the jurisdiction of what the call is about (湖滨村 第一网格 and its
 * households). A refused call changes nothing; a call that succeeds is
 * undone by re-seeding before the next caller.
 */
const PEOPLE = {
  visitor: 'matrix-visitor', // never registered
  resident: 'demo-resident-wang', // lives in 湖滨村 第一网格, linked to her household
  party: 'demo-party-gao', // party member, resident of 湖滨村 第二网格
  gridIn: 'demo-grid-wang', // 网格长 of 湖滨村 第一网格
  gridPaired: 'demo-grid-guo', // 网格长 of 湖滨村 第二网格, paired (结对) with 汪志强户 of 第一网格
  gridOut: 'demo-grid-chen', // 网格长 of 太华村 第一网格
  staffIn: 'demo-staff-hubin', // 湖滨村 staff
  staffTownship: 'demo-staff-township', // 凉泉乡 staff
  staffOut: 'demo-staff-taihua', // 太华村 staff
  admin: 'demo-admin', // the county's administrator (also staff)
} as const;

type Person = keyof typeof PEOPLE;
type Outcome = 'ok' | 'NOT_REGISTERED' | 'FORBIDDEN' | 'OUT_OF_JURISDICTION';

interface Row {
  label: string;
  action: ActionName<'visits'>;
  payload: unknown;
  expect: Record<Person, Outcome>;
}

/** The same outcome for everyone but the listed people. */
function all(outcome: Outcome, except: Partial<Record<Person, Outcome>> = {}): Record<Person, Outcome> {
  const table = Object.fromEntries(Object.keys(PEOPLE).map((person) => [person, outcome])) as Record<Person, Outcome>;
  return { ...table, visitor: 'NOT_REGISTERED', ...except };
}

/** Cadres only; the grid's own member and staff over it inside, the rest outside. */
const gridKeepers = all('OUT_OF_JURISDICTION', {
  resident: 'FORBIDDEN',
  party: 'FORBIDDEN',
  gridIn: 'ok',
  staffIn: 'ok',
  staffTownship: 'ok',
  admin: 'ok',
});
/** …and the cadre paired with the household too. */
const householdCadres = { ...gridKeepers, gridPaired: 'ok' as const };
/** Staff over 湖滨村 only. */
const staffOver = all('FORBIDDEN', { staffIn: 'ok', staffTownship: 'ok', admin: 'ok', staffOut: 'OUT_OF_JURISDICTION' });
/** Village-wide lists: staff over it (grid members see their grids). */
const villageReaders = { ...gridKeepers, gridIn: 'OUT_OF_JURISDICTION' as const };
const cadres = all('ok', { resident: 'FORBIDDEN', party: 'FORBIDDEN' });

const TODAY = chinaDate(new Date());
const YEAR = chinaYear(new Date());

function row<A extends ActionName<'visits'>>(
  label: string,
  action: A,
  payload: RequestOf<'visits', A>,
  expect: Record<Person, Outcome>,
): Row {
  return { label, action, payload, expect };
}

const member = {
  name: '汪大山',
  relation: 'head' as const,
  ageBand: 'age60to79' as const,
  phone: '13905569010',
  phoneVerified: false,
  userId: null,
};

const ROWS: Row[] = [
  row('visitOptions', 'visitOptions', {}, all('ok')),
  row('households of 湖滨村 第一网格', 'households', { placeId: 'g-hubin-1' }, gridKeepers),
  row('households of 湖滨村', 'households', { placeId: 'v-hubin' }, villageReaders),
  row('myHouseholds', 'myHouseholds', {}, cadres),
  row('household 汪志强户', 'household', { householdId: 'hh-hubin1-3' }, householdCadres),
  row('myHousehold', 'myHousehold', {}, all('ok')),
  row(
    'saveHousehold: a new household in 第一网格',
    'saveHousehold',
    {
      opId: 'matrix-household-1',
      gridId: 'g-hubin-1',
      group: '汪屋组',
      address: '20号',
      members: [member],
      tags: ['leftBehindElderly'],
      needs: '',
    },
    gridKeepers,
  ),
  row(
    'saveHousehold: editing 汪志强户',
    'saveHousehold',
    {
      opId: 'matrix-household-2',
      householdId: 'hh-hubin1-3',
      version: 1,
      gridId: 'g-hubin-1',
      group: '汪屋组',
      address: '7号',
      members: [{ ...member, name: '汪志强', phone: '13905569003', ageBand: 'age18to59' }],
      tags: ['economicDevelopment'],
      needs: '鸭棚扩建',
    },
    { ...gridKeepers, gridPaired: 'FORBIDDEN' },
  ),
  row('gridResidents of 第一网格', 'gridResidents', { gridId: 'g-hubin-1' }, gridKeepers),
  row('cadreCandidates of 第一网格', 'cadreCandidates', { placeId: 'g-hubin-1' }, staffOver),
  row('gridAssignments of 第二网格', 'gridAssignments', { gridId: 'g-hubin-2' }, staffOver),
  row(
    'assignCadre 郭长林 to 郭秀兰户',
    'assignCadre',
    { opId: 'matrix-assign-1', kind: 'household', targetId: 'hh-hubin2-2', cadreId: 'demo-grid-guo', since: TODAY },
    staffOver,
  ),
  row(
    'assignCadre 汪德华 to 第二网格 (包保)',
    'assignCadre',
    { opId: 'matrix-assign-2', kind: 'grid', targetId: 'g-hubin-2', cadreId: 'demo-grid-wang', since: TODAY },
    staffOver,
  ),
  row(
    'endAssignment of 钱卫东 at 汪桂花户',
    'endAssignment',
    { opId: 'matrix-end-1', kind: 'household', targetId: 'hh-hubin1-2', cadreId: 'demo-staff-county', until: TODAY, reason: '工作调动' },
    staffOver,
  ),
  row(
    'recordVisit at 汪志强户',
    'recordVisit',
    {
      clientKey: 'matrix-visit-0001',
      householdIds: ['hh-hubin1-3'],
      at: new Date().toISOString(),
      kind: 'visit',
      seen: '鸭棚在扩建',
      said: '',
      help: '',
      photos: [],
      problems: [],
    },
    householdCadres,
  ),
  row("visitDetail of 汪德华's visit", 'visitDetail', { visitId: 'demo-vs-4' }, gridKeepers),
  row('diary of 湖滨村', 'diary', { view: 'place', placeId: 'v-hubin' }, villageReaders),
  row('diary of 第一网格', 'diary', { view: 'place', placeId: 'g-hubin-1' }, gridKeepers),
  row('diary of 汪志强户', 'diary', { view: 'household', householdId: 'hh-hubin1-3' }, householdCadres),
  row('diary: my own', 'diary', { view: 'mine' }, cadres),
  row(
    "diary: 汪德华's",
    'diary',
    { view: 'cadre', cadreId: 'demo-grid-wang' },
    all('ok', { resident: 'FORBIDDEN', party: 'FORBIDDEN', gridPaired: 'FORBIDDEN', gridOut: 'FORBIDDEN' }),
  ),
  row(
    'diary: my open callbacks',
    'diary',
    { view: 'callbacks' },
    all('ok', { resident: 'FORBIDDEN', party: 'FORBIDDEN', gridIn: 'FORBIDDEN', gridPaired: 'FORBIDDEN', gridOut: 'FORBIDDEN' }),
  ),
  row(
    "reportProblem on 汪德华's visit",
    'reportProblem',
    {
      visitId: 'demo-vs-4',
      problem: { key: 'matrix-problem-1', householdId: 'hh-hubin1-1', categoryId: 'infrastructure', text: '门口的路灯坏了' },
    },
    { ...gridKeepers, staffIn: 'FORBIDDEN', staffTownship: 'FORBIDDEN', admin: 'FORBIDDEN' },
  ),
  row("markCallback on 汪德华's visit", 'markCallback', { opId: 'matrix-callback-1', visitId: 'demo-vs-4', reason: '抽查' }, staffOver),
  row(
    "recordCallback on 李春燕's visit",
    'recordCallback',
    { opId: 'matrix-outcome-1', visitId: 'demo-vs-7', verdict: 'confirmed', text: '属实' },
    staffOver,
  ),
  row('myProgress', 'myProgress', { year: YEAR }, cadres),
  row('progress of 湖滨村', 'progress', { placeId: 'v-hubin', year: YEAR }, staffOver),
  row('needsVisit of 第一网格', 'needsVisit', { placeId: 'g-hubin-1' }, gridKeepers),
  row('needsVisit of 湖滨村', 'needsVisit', { placeId: 'v-hubin' }, villageReaders),
  // 工作台's panel: staff, each for their own place.
  row('needsVisitPanel', 'needsVisitPanel', {}, all('FORBIDDEN', { staffIn: 'ok', staffTownship: 'ok', staffOut: 'ok', admin: 'ok' })),
  row('remind about 郭秀兰户', 'remind', { opId: 'matrix-remind-1', householdId: 'hh-hubin2-2' }, staffOver),
  row('visitRules', 'visitRules', {}, all('FORBIDDEN', { staffIn: 'ok', staffTownship: 'ok', staffOut: 'ok', admin: 'ok' })),
  row(
    'saveVisitRules',
    'saveVisitRules',
    { tags: DEFAULT_TAGS.map((t) => ({ ...t })), quota: { ...DEFAULT_QUOTA, county: 12 }, version: 0 },
    all('FORBIDDEN', { admin: 'ok' }),
  ),
];

let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

it('has a row for every action of visits', () => {
  const covered = new Set(ROWS.map((r) => r.action));
  expect(Object.keys(requestSchemas.visits).filter((action) => !covered.has(action as ActionName<'visits'>))).toEqual([]);
});

describe.each(ROWS)('$label', (r) => {
  it.each(Object.keys(PEOPLE) as Person[])('as %s', async (person) => {
    const before = await snapshotStore(test);
    const answer = (await test.call(PEOPLE[person], 'visits', r.action, r.payload as never)) as Envelope<unknown>;
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
