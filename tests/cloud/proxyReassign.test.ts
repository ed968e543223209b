import type { ProxyCaseDto } from '../../cloudfunctions/contract/proxy';
import { resetDemoData } from '../support/resetDemoData';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { refusedWithoutTrace } from './support/refusedWithoutTrace';
import { key } from './support/requests';
import { versionOf } from './support/personVersion';

/**
 * 改派 of a 代办件 (proxy.reassign): a case whose agent no longer serves its
 * grid is handed by staff over it to someone who does, with the reason; the
 * timeline says so, the new agent finds it in their list and goes on, the
 * resident sees who has it now. A stale or repeated hand-over is refused or
 * answered as it went, and nothing refused leaves a trace.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());
beforeEach(() => resetDemoData(test));

const CASE = 'pc-demo-rcv1'; // 汪德华's case in 湖滨村 第一网格, for 李建国, at 收件
const detail = async (openid: string, caseId = CASE): Promise<ProxyCaseDto> =>
  dataOf(await test.call(openid, 'proxy', 'caseDetail', { caseId }));
const reassign = (openid: string, fields: { version: number; opId?: string; personId?: string; reason?: string; caseId?: string }) =>
  test.call(openid, 'proxy', 'reassign', {
    caseId: CASE,
    opId: key('reassign'),
    personId: 'demo-grid-zhou',
    reason: '原代办员已调到第二网格',
    ...fields,
  });
const moveWangAway = async () => {
  const duty = { title: '网格员', categoryIds: ['environment'], firstResponsible: false };
  dataOf(
    await test.call('demo-admin', 'admin', 'setGridDuty', {
      version: versionOf(test, 'demo-grid-wang'),
      userId: 'demo-grid-wang',
      gridId: 'g-hubin-2',
      duty,
    }),
  );
  dataOf(
    await test.call('demo-admin', 'admin', 'setGridDuty', {
      version: versionOf(test, 'demo-grid-wang'),
      userId: 'demo-grid-wang',
      gridId: 'g-hubin-1',
    }),
  );
};
const openIds = async (openid: string) =>
  dataOf(await test.call(openid, 'proxy', 'agentCases', { view: 'open' })).items.map((item) => item.id);

it('hands a stuck case to whoever serves the grid now: logged, in the new agent’s list, shown to the resident', async () => {
  await moveWangAway();
  const before = await detail('demo-staff-township');
  expect(before.canReassign).toBe(true);
  const options = dataOf(await test.call('demo-staff-township', 'proxy', 'reassignOptions', { caseId: CASE })).people;
  expect(options.map((person) => person.name)).toContain('周义青');
  // Offered is what is accepted: not the agent moved away, not a grid member of another village.
  expect(options.map((person) => person.id)).not.toContain('demo-grid-wang');
  expect(options.map((person) => person.id)).not.toContain('demo-grid-chen');

  const moved = dataOf(await reassign('demo-staff-township', { version: before.version }));
  expect(moved).toMatchObject({ agentName: '周义青', stage: 'receive', version: before.version + 1, deadline: before.deadline });
  expect(moved.timeline.at(-1)).toMatchObject({ step: 'reassign', what: expect.stringContaining('由汪德华改为周义青经办') });
  expect(moved.timeline.at(-1)?.what).toContain('原代办员已调到第二网格');

  expect(await openIds('demo-grid-zhou')).toContain(CASE);
  expect(await openIds('demo-grid-wang')).not.toContain(CASE);
  const resident = dataOf(await test.call('demo-resident-li', 'proxy', 'myCases', {})).items.find((item) => item.id === CASE);
  expect(resident?.agentName).toBe('周义青');
  expect((await detail('demo-resident-li')).timeline.at(-1)?.step).toBe('reassign');

  // The new agent takes the next step.
  const zhou = await detail('demo-grid-zhou');
  expect(zhou.canAct).toBe(true);
  const received = await test.call('demo-grid-zhou', 'proxy', 'receive', {
    caseId: CASE,
    version: zhou.version,
    opId: key('rcv'),
    checked: ['住院发票原件'],
    photos: [],
  });
  expect(dataOf(received).materialsChecked).toContain('住院发票原件');
});

it('answers a repeated tap as it went (one entry) and refuses the key under other content', async () => {
  const { version } = await detail('demo-staff-hubin');
  const opId = key('reassign');
  const first = dataOf(await reassign('demo-staff-hubin', { version, opId }));
  const again = dataOf(await reassign('demo-staff-hubin', { version, opId }));
  expect(again.version).toBe(first.version);
  expect(again.timeline.filter((entry) => entry.step === 'reassign')).toHaveLength(1);
  await refusedWithoutTrace(test, () => reassign('demo-staff-hubin', { version, opId, reason: '另一个原因' }), 'KEY_REUSED');
});

it('refuses a hand-over made on a case that moved on meanwhile (another 改派, a step), writing nothing', async () => {
  const { version } = await detail('demo-staff-township');
  dataOf(await reassign('demo-staff-hubin', { version }));
  await refusedWithoutTrace(test, () => reassign('demo-staff-township', { version, personId: 'demo-grid-wang' }), 'CONFLICT');
});

it('refuses, writing nothing: a stranger, another village’s staff, the agent moved away, a target outside the grid, a returned case', async () => {
  const { version } = await detail('demo-staff-township');
  await refusedWithoutTrace(test, () => reassign('demo-resident-li', { version }), 'FORBIDDEN');
  await refusedWithoutTrace(test, () => reassign('demo-grid-guo', { version }), 'NOT_FOUND');
  await refusedWithoutTrace(test, () => reassign('demo-staff-taihua', { version }), 'NOT_FOUND');
  await refusedWithoutTrace(test, () => reassign('demo-staff-township', { version, personId: 'demo-grid-chen' }), 'NOT_A_HANDLER_HERE');
  await refusedWithoutTrace(test, () => reassign('demo-staff-township', { version, personId: 'demo-grid-wang' }), 'INVALID_INPUT');
  await refusedWithoutTrace(test, () => reassign('demo-staff-township', { version, personId: 'nobody-here' }), 'NOT_FOUND');
  await refusedWithoutTrace(test, () => reassign('demo-staff-township', { version, reason: ' ' }), 'INVALID_INPUT');
  const done = await detail('demo-staff-township', 'pc-demo-don1');
  expect(done.canReassign).toBe(false);
  await refusedWithoutTrace(
    test,
    () => reassign('demo-staff-township', { caseId: 'pc-demo-don1', version: done.version }),
    'CASE_STEP_OUT_OF_ORDER',
  );
  await moveWangAway();
  expect((await detail('demo-grid-wang')).canReassign).toBe(false);
  expect(dataOf(await test.call('demo-grid-wang', 'proxy', 'reassignOptions', { caseId: CASE })).people).toEqual([]);
  await refusedWithoutTrace(test, () => reassign('demo-grid-wang', { version }), 'NO_LONGER_IN_CHARGE');
});

it('tells a caller without the right nothing about the person: the same refusal whether the id exists or not', async () => {
  const { version } = await detail('demo-staff-township');
  for (const openid of ['demo-grid-guo', 'demo-staff-taihua']) {
    const real = await reassign(openid, { version });
    expect(real).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await reassign(openid, { version, personId: 'nobody-here' })).toEqual(real);
  }
  const done = await detail('demo-staff-township', 'pc-demo-don1');
  const returned = { caseId: 'pc-demo-don1', version: done.version, personId: 'nobody-here' };
  expect(await reassign('demo-staff-township', returned)).toMatchObject({ ok: false, code: 'CASE_STEP_OUT_OF_ORDER' });
  await moveWangAway();
  await refusedWithoutTrace(test, () => reassign('demo-grid-wang', { version, personId: 'nobody-here' }), 'NO_LONGER_IN_CHARGE');
});
