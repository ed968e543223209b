import type { ActionName, Envelope, RequestOf } from '../../cloudfunctions/contract';
import { requestSchemas } from '../../cloudfunctions/contract';
import { chinaYear } from '../../cloudfunctions/domain/shared/chinaTime';
import { resetDemoData } from '../support/resetDemoData';
import { snapshotStore } from '../support/snapshotStore';
import { startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * Every action of `posts` called by every kind of caller, inside and
 * outside the jurisdiction of what the call is about (湖滨村). Each row
 * says what each caller gets; a refused call must change nothing, and a
 * call that succeeds is undone by re-seeding before the next caller.
 */
const PEOPLE = {
  visitor: 'matrix-visitor', // never registered
  resident: 'demo-resident-wang', // 湖滨村 第一网格
  gridIn: 'demo-grid-guo', // 网格长 of 湖滨村 第二网格
  gridOut: 'demo-grid-chen', // 网格长 of 太华村 第一网格
  partyIn: 'demo-party-gao', // approved member living in 湖滨村 第二网格, holds p-hubin2-public
  partyOut: 'demo-party-long', // approved member of 太华村, secretary of 凉泉中心学校党支部
  pending: 'demo-party-xu', // reported to 湖滨村, not approved yet
  staffIn: 'demo-staff-hubin', // 湖滨村 staff, secretary of 湖滨村党总支
  staffOut: 'demo-staff-taihua', // 太华村 staff
  admin: 'demo-admin',
} as const;

type Person = keyof typeof PEOPLE;
type Outcome = 'ok' | 'NOT_REGISTERED' | 'FORBIDDEN' | 'OUT_OF_JURISDICTION' | 'NOT_FOUND' | 'CONFLICT';

interface Row<A extends ActionName<'posts'>> {
  label: string;
  action: A;
  payload: RequestOf<'posts', A>;
  expect: Record<Person, Outcome>;
}

/** The same outcome for everyone but the listed people. */
function all(outcome: Outcome, except: Partial<Record<Person, Outcome>> = {}): Record<Person, Outcome> {
  const table = Object.fromEntries(Object.keys(PEOPLE).map((person) => [person, outcome])) as Record<Person, Outcome>;
  return { ...table, visitor: 'NOT_REGISTERED', ...except };
}

const staffOnly = all('FORBIDDEN', { staffIn: 'ok', staffOut: 'OUT_OF_JURISDICTION', admin: 'ok' });
const membersOfHubin = all('FORBIDDEN', {
  partyIn: 'ok',
  partyOut: 'OUT_OF_JURISDICTION',
  staffIn: 'ok',
  staffOut: 'OUT_OF_JURISDICTION',
});
const YEAR = chinaYear(new Date());

function row<A extends ActionName<'posts'>>(
  label: string,
  action: A,
  payload: RequestOf<'posts', A>,
  expect: Record<Person, Outcome>,
): Row<ActionName<'posts'>> {
  return { label, action, payload, expect } as unknown as Row<ActionName<'posts'>>;
}

const ROWS: Array<Row<ActionName<'posts'>>> = [
  row('overview', 'overview', {}, all('ok')),
  row('registrationForm', 'registrationForm', { gridId: 'g-hubin-2' }, all('ok')),
  row(
    'register (approved members cannot report again)',
    'register',
    {
      name: '张三',
      phone: '13905569999',
      branchId: 'b-power',
      employer: '望江县供电公司',
      gridId: 'g-hubin-2',
      skillKindIds: [],
      skills: '',
      clientKey: 'access-register-1',
    },
    all('ok', { partyIn: 'CONFLICT', partyOut: 'CONFLICT', staffIn: 'CONFLICT', staffOut: 'CONFLICT' }),
  ),
  row('registrations', 'registrations', { status: 'pending' }, all('FORBIDDEN', { staffIn: 'ok', staffOut: 'ok', admin: 'ok' })),
  row('decideRegistration of a 湖滨村 member', 'decideRegistration', { memberId: 'demo-party-xu', decision: 'approve' }, staffOnly),
  row('endMembership of a 湖滨村 member', 'endMembership', { memberId: 'demo-party-gao', reason: '已迁出本村' }, staffOnly),
  row('staffPosts of a 湖滨村 grid', 'staffPosts', { gridId: 'g-hubin-1' }, staffOnly),
  row(
    'createPost in a 湖滨村 grid',
    'createPost',
    { gridId: 'g-hubin-3', clientKey: 'access-post-1', kindId: 'healthCare', title: '健康随访', duties: '为独居老人量血压', capacity: 2 },
    staffOnly,
  ),
  row(
    'editPost of a 湖滨村 post',
    'editPost',
    { postId: 'p-hubin1-patrol', version: 0, kindId: 'securityPatrol', title: '夜间巡逻', duties: '每周两晚巡查', capacity: 5 },
    staffOnly,
  ),
  row('closePost of a 湖滨村 post', 'closePost', { postId: 'p-hubin3-culture', reason: '合并岗位' }, staffOnly),
  row('setClaimLimit', 'setClaimLimit', { maxActivePosts: 3, version: 0 }, all('FORBIDDEN', { admin: 'ok' })),
  row('browsePosts of a 湖滨村 grid', 'browsePosts', { gridId: 'g-hubin-1' }, membersOfHubin),
  row('claimPost of a 湖滨村 post', 'claimPost', { postId: 'p-hubin1-patrol', commitment: '每周巡逻两次' }, membersOfHubin),
  row(
    'stepDown from the post 高秀山 holds',
    'stepDown',
    { postId: 'p-hubin2-public', reason: '工作调动' },
    all('FORBIDDEN', { partyIn: 'ok', partyOut: 'NOT_FOUND', staffIn: 'NOT_FOUND', staffOut: 'NOT_FOUND' }),
  ),
  row(
    'logService on the post 高秀山 holds',
    'logService',
    { clientKey: 'access-log-0001', postId: 'p-hubin2-public', date: '2026-03-10', hours: 2, content: '检查线路', photos: [] },
    all('FORBIDDEN', { partyIn: 'ok' }),
  ),
  row('myRecord', 'myRecord', { year: 2026 }, all('FORBIDDEN', { partyIn: 'ok', partyOut: 'ok', staffIn: 'ok', staffOut: 'ok' })),
  row('verificationQueue', 'verificationQueue', {}, all('ok', { resident: 'FORBIDDEN', pending: 'FORBIDDEN' })),
  row(
    'verifyLog of 高秀山 in 湖滨村 第二网格 (grid member)',
    'verifyLog',
    { logId: 'l-gao-3', decision: 'approve' },
    all('OUT_OF_JURISDICTION', { resident: 'FORBIDDEN', pending: 'FORBIDDEN', gridIn: 'ok', partyIn: 'FORBIDDEN' }),
  ),
  row(
    'verifyLog of 周义青 of 湖滨村党总支 (branch secretary)',
    'verifyLog',
    { logId: 'l-zhou-2', decision: 'approve' },
    all('OUT_OF_JURISDICTION', { resident: 'FORBIDDEN', pending: 'FORBIDDEN', staffIn: 'ok' }),
  ),
  row('board of a 湖滨村 grid', 'board', { gridId: 'g-hubin-2', year: 2026 }, all('ok')),
  row('serviceTotals of 湖滨村', 'serviceTotals', { year: 2026, nodeId: 'v-hubin' }, staffOnly),
  row('postHistory of a 湖滨村 post', 'postHistory', { postId: 'p-hubin2-public' }, staffOnly),
  row('starCandidates', 'starCandidates', { year: YEAR }, all('ok')),
  row(
    'scoreStars for 周义青 of 湖滨村',
    'scoreStars',
    { memberId: 'demo-grid-zhou', year: YEAR, scores: { study: 5, performance: 5, service: 4, discipline: 5, integrity: 5 } },
    all('ok', { gridOut: 'OUT_OF_JURISDICTION', partyOut: 'OUT_OF_JURISDICTION', staffOut: 'OUT_OF_JURISDICTION' }),
  ),
];

let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

it('has a row for every action of posts', () => {
  const covered = new Set(ROWS.map((r) => r.action));
  expect(Object.keys(requestSchemas.posts).filter((action) => !covered.has(action as ActionName<'posts'>))).toEqual([]);
});

describe.each(ROWS)('$label', (r) => {
  it.each(Object.keys(PEOPLE) as Person[])('as %s', async (person) => {
    const before = await snapshotStore(test);
    const answer = (await test.call(PEOPLE[person], 'posts', r.action, r.payload as never)) as Envelope<unknown>;
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
