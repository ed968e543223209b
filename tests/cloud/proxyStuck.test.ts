import type { Doc } from '../../localcloud';
import { chinaDate } from '../../cloudfunctions/domain/shared/chinaTime';
import type { ProxyCase } from '../../cloudfunctions/domain/proxy/ProxyCase';
import type { StuckCasesDto } from '../../cloudfunctions/contract/proxy';
import { resetDemoData } from '../support/resetDemoData';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { buildCase, CHEN, GUO, WANG, type CaseSpec } from './support/proxyFixture';
import { versionOf } from './support/personVersion';
import { allowTaskNotice, key, lastSeq, messagesTo } from './support/requests';

/**
 * 待改派 (proxy.stuckCases): staff see the open 代办件 of their
 * jurisdiction whose agent can no longer act on them (moved away, no agent
 * role left) or whose stage is past its limit, most urgent first, a page at
 * a time; 改派 tells the new agent and takes the case off the list.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());
beforeEach(async () => {
  await resetDemoData(test);
  // Only this test's cases: the demo ones' deadlines move with the day the tests run.
  test.cloud.store.documents.remove('proxyCases', {}, true);
});

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

/** A case in hand (every material in: at 送办), its stage's deadline `days` from now (negative: past it). */
function openCase(id: string, agent: { id: string; name: string }, grid: CaseSpec['grid'], days: number): ProxyCase {
  const built = buildCase({ id, agent, grid, opened: '2026-11-02T09:00:00' });
  if (built.stage !== 'send') throw new Error(`the fixture case stands at ${built.stage}`);
  const deadline = inDays(days);
  return { ...built, deadline, stages: { ...built.stages, send: { ...built.stages.send, deadline } } };
}
const insert = (...cases: ProxyCase[]) => test.cloud.store.insertMany('proxyCases', cases as unknown as Doc[]);
const stuck = async (openid: string, after?: StuckCasesDto['next']): Promise<StuckCasesDto> =>
  dataOf(await test.call(openid, 'proxy', 'stuckCases', after ? { after } : {}));
const ids = (page: StuckCasesDto) => page.items.map((item) => [item.id, item.reasons]);

const RESIDENT_AS_AGENT = { id: 'demo-resident-sun', name: '孙小明' };
const GONE = { id: 'removed-agent', name: '已删除的人' };

it('lists, per jurisdiction, the open cases whose agent left the grid or the role, or which are past their limit', async () => {
  insert(
    openCase('s-fine', WANG, 'hubin1', 5),
    openCase('s-moved', GUO, 'hubin1', 8), // 郭长林 serves 第二网格 only
    openCase('s-resident', RESIDENT_AS_AGENT, 'hubin1', 6),
    openCase('s-gone', GONE, 'hubin2', 7),
    openCase('s-late', CHEN, 'taihua1', -2),
    { ...buildCase({ id: 's-done', agent: GONE, grid: 'hubin1', opened: '2026-11-02T09:00:00', returnedAfterHours: 3 }) },
  );
  const township = await stuck('demo-staff-township');
  expect(ids(township)).toEqual([
    ['s-late', ['overdue']],
    ['s-resident', ['notAgent']],
    ['s-gone', ['notAgent']],
    ['s-moved', ['leftGrid']],
  ]);
  expect(township).toMatchObject({ total: 4, next: null });
  expect(township.items[0]).toMatchObject({ agentName: '陈国平', itemName: expect.any(String), residentName: '王秀英', overdue: true });
  // 湖滨村's staff see 湖滨村's, 太华村's theirs: scoped like 代办统计.
  expect(ids(await stuck('demo-staff-hubin')).map(([id]) => id)).toEqual(['s-resident', 's-gone', 's-moved']);
  expect(ids(await stuck('demo-staff-taihua')).map(([id]) => id)).toEqual(['s-late']);
  expect((await stuck('demo-staff-county')).total).toBe(4);

  // 汪德华 moves to 第二网格: his case in 第一网格 is stuck now.
  const duty = { title: '网格员', categoryIds: ['environment'], firstResponsible: false };
  for (const [gridId, withDuty] of [
    ['g-hubin-2', duty],
    ['g-hubin-1', undefined],
  ] as const) {
    dataOf(
      await test.call('demo-admin', 'admin', 'setGridDuty', {
        version: versionOf(test, 'demo-grid-wang'),
        userId: 'demo-grid-wang',
        gridId,
        ...(withDuty ? { duty: withDuty } : {}),
      }),
    );
  }
  expect(ids(await stuck('demo-staff-hubin'))).toContainEqual(['s-fine', ['leftGrid']]);
});

it('pages the most urgent first after a cursor, every case once, with the total', async () => {
  // 45 cases of an agent who is gone, deadlines in pairs (ties broken by id).
  insert(...Array.from({ length: 45 }, (_, i) => openCase(`p-${String(i).padStart(2, '0')}`, GONE, 'hubin1', 1 + Math.floor(i / 2))));
  const seen: string[] = [];
  let page = await stuck('demo-staff-hubin');
  const sizes = [page.items.length];
  seen.push(...page.items.map((item) => item.id));
  while (page.next) {
    expect(page.total).toBe(45);
    page = await stuck('demo-staff-hubin', page.next);
    sizes.push(page.items.length);
    seen.push(...page.items.map((item) => item.id));
  }
  expect(sizes).toEqual([20, 20, 5]);
  expect(seen).toEqual(Array.from({ length: 45 }, (_, i) => `p-${String(i).padStart(2, '0')}`));
});

it('is for staff only: a resident or a grid member gets FORBIDDEN in Chinese; bad input is INVALID_INPUT', async () => {
  for (const openid of ['demo-resident-wang', 'demo-grid-wang']) {
    expect(await test.call(openid, 'proxy', 'stuckCases', {})).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '您没有权限进行这个操作',
    });
  }
  const bad = [{ after: { at: 'yesterday', id: 'p-01' } }, { after: { at: new Date().toISOString() } }, { page: 2 }];
  for (const payload of bad) {
    expect(await test.raw('demo-staff-hubin', 'proxy', { action: 'stuckCases', payload })).toMatchObject({
      body: { ok: false, code: 'INVALID_INPUT' },
    });
  }
});

it('改派 from the list: the new agent is told and has it, the old one does not, and it leaves the list', async () => {
  insert(openCase('s-moved', GUO, 'hubin1', 8));
  const [row] = (await stuck('demo-staff-hubin')).items;
  const before = dataOf(await test.call('demo-staff-hubin', 'proxy', 'caseDetail', { caseId: row.id }));
  await allowTaskNotice(test, 'demo-grid-zhou');
  const since = lastSeq(test);
  const moved = dataOf(
    await test.call('demo-staff-hubin', 'proxy', 'reassign', {
      caseId: row.id,
      version: before.version,
      opId: key('reassign'),
      personId: 'demo-grid-zhou',
      reason: '郭长林只管第二网格',
    }),
  );
  expect(moved).toMatchObject({ agentName: '周义青', agentUnreached: null });
  const sent = test.cloud.outbox().filter((m) => m.seq > since && m.touser === 'demo-grid-zhou');
  expect(sent.map((m) => [m.functionName, m.page, m.data])).toEqual([
    [
      'proxy',
      `packages/proxy/case/index?id=${row.id}`,
      expect.objectContaining({ phrase2: { value: '改派代办' }, thing4: { value: '改派原因：郭长林只管第二网格' } }),
    ],
  ]);
  expect((await stuck('demo-staff-hubin')).total).toBe(0);
  const open = async (openid: string) =>
    dataOf(await test.call(openid, 'proxy', 'agentCases', { view: 'open' })).items.map((item) => item.id);
  expect(await open('demo-grid-zhou')).toEqual([row.id]);
  expect(await open('demo-grid-guo')).toEqual([]);
});

it('a 改派 message WeChat refuses is logged on the case for staff, never undoing the 改派; a retry sends nothing', async () => {
  insert(openCase('s-gone', GONE, 'hubin1', 8));
  const before = dataOf(await test.call('demo-staff-hubin', 'proxy', 'caseDetail', { caseId: 's-gone' }));
  const since = lastSeq(test);
  const payload = {
    caseId: 's-gone',
    version: before.version,
    opId: key('reassign'),
    personId: 'demo-grid-zhou',
    reason: '原代办员已离职',
  };
  // 周义青 has not allowed task notices: WeChat answers 43101.
  const moved = dataOf(await test.call('demo-staff-hubin', 'proxy', 'reassign', payload));
  expect(moved).toMatchObject({ agentName: '周义青', agentUnreached: 'notAllowed' });
  expect(messagesTo(test, 'demo-grid-zhou', since)).toEqual([]);
  const [stored] = test.cloud.store.find('proxyCases', { _id: 's-gone' });
  expect(stored.agentUnreached).toMatchObject({ agentId: 'demo-grid-zhou', errCode: 43101, notAllowed: true });
  // Staff see it in 待改派 too, whoever did the 改派, until he acts on it.
  expect(ids(await stuck('demo-staff-hubin'))).toEqual([['s-gone', ['unreached']]]);
  const again = dataOf(await test.call('demo-staff-hubin', 'proxy', 'caseDetail', { caseId: 's-gone' }));
  expect(again.agentUnreached).toBe('notAllowed');
  // Only staff are told; the agent and the resident are not.
  expect(dataOf(await test.call('demo-grid-zhou', 'proxy', 'caseDetail', { caseId: 's-gone' })).agentUnreached).toBeNull();

  // The same tap again after acceptance: answered as it went, no second message.
  await allowTaskNotice(test, 'demo-grid-zhou');
  const retried = dataOf(await test.call('demo-staff-hubin', 'proxy', 'reassign', payload));
  expect(retried.version).toBe(moved.version);
  expect(messagesTo(test, 'demo-grid-zhou', since)).toEqual([]);

  // Once 周义青 acts on the case he knows of it: staff are no longer told to phone him.
  // (The fixture's case has every material in: it stands at 送办.)
  expect(moved.stage).toBe('send');
  const sent = await test.call('demo-grid-zhou', 'proxy', 'send', {
    caseId: 's-gone',
    version: moved.version,
    opId: key('snd'),
    sentOn: chinaDate(new Date()),
  });
  expect(sent).toMatchObject({ ok: true });
  expect(dataOf(await test.call('demo-staff-hubin', 'proxy', 'caseDetail', { caseId: 's-gone' })).agentUnreached).toBeNull();
  expect((await stuck('demo-staff-hubin')).total).toBe(0);
});

it('says how many days a case is past its limit, and to whom it was already 改派 after it, so it is not handed on again blindly', async () => {
  insert(openCase('s-late', GUO, 'hubin1', -1.5));
  const [first] = (await stuck('demo-staff-hubin')).items;
  expect(first).toMatchObject({ id: 's-late', overdueDays: 2, reassignedLate: false });
  const before = dataOf(await test.call('demo-staff-hubin', 'proxy', 'caseDetail', { caseId: 's-late' }));
  await allowTaskNotice(test, 'demo-grid-zhou');
  dataOf(
    await test.call('demo-staff-hubin', 'proxy', 'reassign', {
      caseId: 's-late',
      version: before.version,
      opId: key('reassign'),
      personId: 'demo-grid-zhou',
      reason: '郭长林只管第二网格',
    }),
  );
  const [after] = (await stuck('demo-staff-hubin')).items;
  expect(after).toMatchObject({ id: 's-late', reasons: ['overdue'], overdueDays: 2, reassignedLate: true, agentName: '周义青' });
});

it('reads a county of 3,000 grids and 20,000 cases through its indexes, in a few database actions', async () => {
  const grids = Array.from({ length: 3000 }, (_, i) => ({
    gridId: `g-scale-${i}`,
    placeIds: ['c-wangjiang', `t-scale-${i % 10}`, `v-scale-${i % 100}`, `g-scale-${i}`],
  }));
  const template = openCase('template', GONE, 'hubin1', 3);
  const cases = Array.from({ length: 20_000 }, (_, i): ProxyCase => {
    const grid = grids[i % grids.length];
    // One in ten is still in hand; a third of those with an agent who no longer serves the grid.
    const inHand = i % 10 === 0;
    return {
      ...template,
      _id: `scale-${String(i).padStart(5, '0')}`,
      agentId: i % 30 === 0 ? GONE.id : 'demo-grid-wang',
      ...grid,
      open: inHand,
      stage: inHand ? 'receive' : 'done',
      deadline: inHand ? inDays(1 + (i % 20)) : null,
      timeline: [],
    };
  });
  insert(...cases);
  const result = await test.raw('demo-staff-county', 'proxy', { action: 'stuckCases', payload: {} });
  const body = result.body as { ok: boolean; data: StuckCasesDto };
  expect(body.ok).toBe(true);
  // 汪德华 serves none of these grids: every open case is stuck (2,000), a third for a person who is gone.
  expect(body.data.total).toBe(2000);
  expect(body.data.items).toHaveLength(20);
  // The caller, the 2,000 open cases in pages of 1,000 (a full page asks once more), their 2 agents in 1 read:
  // no handed-back case examined.
  expect(result.dbActions).toBeLessThanOrEqual(5);
  expect(result.dbExamined).toBeLessThanOrEqual(2 * result.dbReturned + 20);
  expect(result.dbExamined).toBeLessThan(2100);
  console.info(`stuckCases at county scale: ${result.dbActions} actions, ${result.dbExamined} examined, ${result.dbReturned} returned`);
});
