import type { HandOptionsDto, RequestDetailDto } from '../../cloudfunctions/contract';
import { resetDemoData } from '../support/resetDemoData';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { file, step, stepRaw } from './support/requests';
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
