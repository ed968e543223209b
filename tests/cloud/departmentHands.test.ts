import type { HandOptionsDto, RequestDetailDto } from '../../cloudfunctions/contract';
import { resetDemoData } from '../support/resetDemoData';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { detail, file, step, stepRaw } from './support/requests';
import { refusedWithoutTrace } from './support/refusedWithoutTrace';

/**
 * What a department does with a request the township gave it, tried as
 * an attacker would: its staff reassign only to colleagues (what is not
 * theirs goes back with 退回乡镇, not to whoever they pick), and are
 * offered only colleagues; the township's staff may still give it to
 * anyone with a duty there. Demo: 县民政局 (刘建华), 凉泉乡 (黄文斌).
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());
beforeEach(() => resetDemoData(test));

const TOWNSHIP = 'demo-staff-township';
const CLERK = 'demo-dept-minzheng';

async function acceptedByClerk(): Promise<RequestDetailDto> {
  const filed = await file(test, 'demo-resident-wang', { categoryId: 'hardship', text: '低保补助停发了，家里没有收入' });
  const inVillage = await step(test, 'demo-grid-wang', 'escalate', filed, { reason: '需要村里协调' });
  const atTownship = await step(test, 'demo-staff-hubin', 'escalate', inVillage, { reason: '村里解决不了' });
  const assigned = await step(test, TOWNSHIP, 'assignDepartment', atTownship, { departmentId: 'dep-county-minzheng', workdays: 5 });
  return step(test, CLERK, 'accept', assigned);
}

const options = async (openid: string, request: RequestDetailDto): Promise<HandOptionsDto> =>
  dataOf(await test.call(openid, 'requests', 'handOptions', { requestId: request.id }));

it("a department's staff reassign only within the department; the township's staff to anyone with a duty there", async () => {
  const accepted = await acceptedByClerk();
  expect((await options(CLERK, accepted)).people).toEqual([]);
  await refusedWithoutTrace(test, () => stepRaw(test, CLERK, 'reassign', accepted, { personId: 'demo-grid-wang' }), 'NOT_A_HANDLER_HERE');
  await refusedWithoutTrace(test, () => stepRaw(test, CLERK, 'reassign', accepted, { personId: TOWNSHIP }), 'NOT_A_HANDLER_HERE');
  expect((await options(TOWNSHIP, accepted)).people.map((p) => p.id)).toContain('demo-grid-wang');
  const moved = await step(test, TOWNSHIP, 'reassign', accepted, { personId: 'demo-grid-wang' });
  expect(moved).toEqual(expect.objectContaining({ state: 'assigned', department: null }));
});

it('a department cannot stop its own 限期 by 挂起; the township that set it may, and the department resumes it', async () => {
  const accepted = await acceptedByClerk();
  expect(accepted.allowed).toEqual(expect.arrayContaining(['resolve', 'returnToTownship']));
  expect((await detail(test, CLERK, accepted.id)).allowed).not.toContain('suspend');
  await refusedWithoutTrace(test, () => stepRaw(test, CLERK, 'suspend', accepted, { reason: '等材料' }), 'DEADLINE_KEEPS_RUNNING');
  await refusedWithoutTrace(test, () => stepRaw(test, 'demo-staff-hubin', 'suspend', accepted, { reason: '等材料' }), 'FORBIDDEN');
  const paused = await step(test, TOWNSHIP, 'suspend', accepted, { reason: '等县里低保新政策' });
  expect(paused).toEqual(expect.objectContaining({ state: 'suspended', deadline: null }));
  const resumed = await step(test, CLERK, 'resume', paused);
  expect(resumed.state).toBe('accepted');
  expect(resumed.department?.deadline).toBe(resumed.deadline);
  expect(resumed.allowed).not.toContain('suspend');
});
