import type { RequestDetailDto } from '../../cloudfunctions/contract';
import { COLLECTIONS } from '../../cloudfunctions/shared/collections';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { file, step, stepRaw } from './support/requests';

/**
 * 改派's options are exactly whom 改派 accepts (issue 17): for a request at
 * each level (the grid, the township, the county, a 县直部门 holding it) and
 * each person who may reassign it, every demo person is tried; those the
 * options list are accepted, everyone else is refused with a Chinese word.
 * The request is put back after each accepted try, so every try meets the
 * same request.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

const GRID = 'demo-grid-wang'; // 汪德华, 湖滨村一组
const VILLAGE = 'demo-staff-hubin'; // 李大毛, 湖滨村
const TOWNSHIP = 'demo-staff-township'; // 黄文斌, 凉泉乡
const COUNTY = 'demo-staff-county'; // 钱卫东, 望江县
const CLERK = 'demo-dept-minzheng'; // 刘建华, 县民政局

const everyone = (): string[] => test.cloud.store.find(COLLECTIONS.users, {}).map((user) => String(user._id));

/** Each person tried on the same request: accepted or refused, and by which code. */
async function tryEveryone(caller: string, request: RequestDetailDto): Promise<{ accepted: string[]; refused: Set<string> }> {
  const [saved] = test.cloud.store.find(COLLECTIONS.requests, { _id: request.id });
  const accepted: string[] = [];
  const refused = new Set<string>();
  for (const personId of everyone()) {
    const result = await stepRaw(test, caller, 'reassign', request, { personId });
    if (result.ok) {
      accepted.push(personId);
      test.cloud.store.documents.remove(COLLECTIONS.requests, { _id: request.id }, false);
      test.cloud.store.insertMany(COLLECTIONS.requests, [saved]);
    } else {
      expect(result.message).toMatch(/[\u4e00-\u9fa5]/);
      refused.add(result.code);
    }
  }
  return { accepted: accepted.sort(), refused };
}

async function offered(caller: string, request: RequestDetailDto): Promise<string[]> {
  return dataOf(await test.call(caller, 'requests', 'handOptions', { requestId: request.id }))
    .people.map((person) => person.id)
    .sort();
}

async function expectOffersAreAccepted(caller: string, request: RequestDetailDto): Promise<string[]> {
  const options = await offered(caller, request);
  const tried = await tryEveryone(caller, request);
  expect(options.length).toBeGreaterThan(0);
  expect(tried.accepted).toEqual(options);
  return options;
}

async function atTownship(): Promise<RequestDetailDto> {
  const filed = await file(test, 'demo-resident-wang', { categoryId: 'hardship', text: '低保补助停发了，家里没有收入' });
  const inVillage = await step(test, GRID, 'escalate', filed, { reason: '需要村里协调' });
  return step(test, VILLAGE, 'escalate', inVillage, { reason: '村里解决不了' });
}

it('at the grid: the grid member, the village, the township and the county staff are offered exactly whom they may give it to', async () => {
  const request = await file(test);
  for (const caller of [GRID, VILLAGE, TOWNSHIP, COUNTY]) await expectOffersAreAccepted(caller, request);
  // Staff of the county over the request: accepted below the county, so offered too; not the one who holds it.
  const fromTownship = await offered(TOWNSHIP, request);
  expect(fromTownship).toEqual(expect.arrayContaining([COUNTY, VILLAGE]));
  expect(request.handler?.name).toBe('汪德华');
  expect(fromTownship).not.toContain(GRID);
  expect(fromTownship).not.toContain(CLERK);
});

it('at the township and at the county: the county’s staff are offered wherever the server accepts them', async () => {
  const township = await atTownship();
  const fromTownship = await expectOffersAreAccepted(TOWNSHIP, township);
  expect(fromTownship).toEqual(expect.arrayContaining([COUNTY, VILLAGE]));
  expect(fromTownship).not.toContain(TOWNSHIP);

  const county = await step(test, TOWNSHIP, 'escalate', township, { reason: '需县里协调' });
  const fromCounty = await expectOffersAreAccepted(COUNTY, county);
  expect(fromCounty).toContain('demo-admin');
  const taken = await step(test, COUNTY, 'accept', county);
  const fromHolder = await expectOffersAreAccepted(COUNTY, taken);
  expect(fromHolder).not.toContain(COUNTY);
  expect(fromHolder).toContain('demo-admin');
});

it('held by a 县直部门: its staff are offered their colleagues only, the township everyone with a duty there', async () => {
  const township = await atTownship();
  const assigned = await step(test, TOWNSHIP, 'assignDepartment', township, { departmentId: 'dep-county-minzheng', workdays: 5 });
  const accepted = await step(test, CLERK, 'accept', assigned);
  expect(await offered(CLERK, accepted)).toEqual([]);
  const tried = await tryEveryone(CLERK, accepted);
  expect(tried.accepted).toEqual([]);
  expect(tried.refused).toEqual(new Set(['NOT_A_HANDLER_HERE', 'INVALID_INPUT']));
  await expectOffersAreAccepted(TOWNSHIP, accepted);
});
