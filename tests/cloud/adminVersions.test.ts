import { SETTINGS_ID } from '../../cloudfunctions/functions/posts/support/settingsCache';
import { addVillageAdmin } from '../support/villageAdmin';
import { resetDemoData } from '../support/resetDemoData';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { refusedWithoutTrace } from './support/refusedWithoutTrace';

/**
 * Two administrators with the same screen open: the county's (`demo-admin`)
 * and 湖滨村's (`admin-hubin`). Each single-value save (a grid duty, a staff
 * scope, a department membership, the claim limit) names the version its
 * screen showed; the second save on the same screen is refused CONFLICT and
 * writes nothing, instead of silently overwriting the first. A save without
 * a version is refused too. The screen opened again shows the new version,
 * and a save on it goes through.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());
beforeEach(async () => {
  await resetDemoData(test);
  addVillageAdmin(test);
});

const COUNTY = 'demo-admin';
const VILLAGE = 'admin-hubin';
const ZHOU = 'demo-grid-zhou'; // 周义青, 湖滨村 第一网格
const shownIn = async (placeId: string, userId: string) => {
  const people = dataOf(await test.call(COUNTY, 'admin', 'placePeople', { placeId }));
  const person = [...people.staff, ...people.members].find((candidate) => candidate.id === userId);
  if (!person) throw new Error(`${userId} is not listed in ${placeId}`);
  return person;
};

it('setGridDuty: the second of two screens is refused and the first duty kept', async () => {
  const opened = await shownIn('g-hubin-1', ZHOU);
  const duty = (title: string, categoryIds: string[]) => ({ title, categoryIds, firstResponsible: false });
  const first = { userId: ZHOU, gridId: 'g-hubin-1', version: opened.version, duty: duty('调解员', ['mediation', 'legal']) };
  const saved = dataOf(await test.call(COUNTY, 'admin', 'setGridDuty', first));
  expect(saved.version).toBe(opened.version + 1);
  const stale = { ...first, duty: duty('网格员', ['environment']) };
  await refusedWithoutTrace(test, () => test.call(VILLAGE, 'admin', 'setGridDuty', stale), 'CONFLICT');
  const now = await shownIn('g-hubin-1', ZHOU);
  const members = dataOf(await test.call(COUNTY, 'admin', 'placePeople', { placeId: 'g-hubin-1' })).members;
  expect(members.find((member) => member.id === ZHOU)?.duties.map((held) => held.title)).toEqual(['调解员']);
  expect(now.version).toBe(saved.version);
  // Opened again, the second administrator's save goes through.
  dataOf(await test.call(VILLAGE, 'admin', 'setGridDuty', { ...stale, version: now.version }));
  const { version: _dropped, ...unversioned } = stale;
  await refusedWithoutTrace(test, () => test.call(VILLAGE, 'admin', 'setGridDuty', unversioned as never), 'INVALID_INPUT');
});

it('setStaffScope: a stale screen does not move someone another administrator just moved', async () => {
  const opened = await shownIn('g-hubin-1', ZHOU);
  dataOf(await test.call(COUNTY, 'admin', 'setStaffScope', { userId: ZHOU, scopeId: 'v-hubin', version: opened.version }));
  await refusedWithoutTrace(
    test,
    () => test.call(VILLAGE, 'admin', 'setStaffScope', { userId: ZHOU, scopeId: 'g-hubin-1', version: opened.version }),
    'CONFLICT',
  );
  const staff = await shownIn('v-hubin', ZHOU);
  expect(staff.roles).toContain('staff');
  dataOf(await test.call(VILLAGE, 'admin', 'setStaffScope', { userId: ZHOU, version: staff.version }));
  await refusedWithoutTrace(test, () => test.call(VILLAGE, 'admin', 'setStaffScope', { userId: ZHOU } as never), 'INVALID_INPUT');
});

it('setDepartmentMember: a move confirmed on a stale screen does not take someone from a department it did not show', async () => {
  const listed = dataOf(await test.call(COUNTY, 'admin', 'departments', { placeId: 'c-wangjiang' }));
  const shuili = listed.departments.find((department) => department.id === 'dep-county-shuili');
  const chen = shuili?.staff.find((person) => person.id === 'demo-dept-shuili');
  if (!chen) throw new Error('陈水生 is not listed in 县水利局');
  // One administrator moves him to 民政局; another, whose screen still shows him in 水利局, confirms moving him from there to 交通局.
  const move = { userId: chen.id, member: true, move: true, version: chen.version };
  const moved = dataOf(await test.call(COUNTY, 'admin', 'setDepartmentMember', { ...move, departmentId: 'dep-county-minzheng' }));
  expect(moved.version).toBe(chen.version + 1);
  await refusedWithoutTrace(
    test,
    () => test.call(COUNTY, 'admin', 'setDepartmentMember', { ...move, departmentId: 'dep-county-jiaotong' }),
    'CONFLICT',
  );
  const now = dataOf(await test.call(COUNTY, 'admin', 'departments', { placeId: 'c-wangjiang' }));
  const minzheng = now.departments.find((department) => department.id === 'dep-county-minzheng');
  expect(minzheng?.staff.find((person) => person.id === chen.id)?.version).toBe(moved.version);
  const { version: _dropped, ...unversioned } = move;
  await refusedWithoutTrace(
    test,
    () => test.call(COUNTY, 'admin', 'setDepartmentMember', { ...unversioned, departmentId: 'dep-county-shuili' } as never),
    'INVALID_INPUT',
  );
});

it('setClaimLimit: saved on the version 岗位管理 showed; a stale second save is refused', async () => {
  const shown = dataOf(await test.call('demo-staff-hubin', 'posts', 'staffPosts', { gridId: 'g-hubin-1' }));
  const saved = dataOf(await test.call(COUNTY, 'posts', 'setClaimLimit', { maxActivePosts: 3, version: shown.claimLimitVersion }));
  expect(saved).toEqual({ maxActivePosts: 3, version: shown.claimLimitVersion + 1 });
  await refusedWithoutTrace(
    test,
    () => test.call(VILLAGE, 'posts', 'setClaimLimit', { maxActivePosts: 5, version: shown.claimLimitVersion }),
    'CONFLICT',
  );
  const again = dataOf(await test.call('demo-staff-hubin', 'posts', 'staffPosts', { gridId: 'g-hubin-1' }));
  expect(again).toMatchObject({ maxActivePosts: 3, claimLimitVersion: saved.version });
  await refusedWithoutTrace(test, () => test.call(VILLAGE, 'posts', 'setClaimLimit', { maxActivePosts: 5 } as never), 'INVALID_INPUT');
});

it('staffPosts shows the claim limit as stored now, not as this instance kept it: a save from it holds', async () => {
  dataOf(await test.call('demo-staff-hubin', 'posts', 'staffPosts', { gridId: 'g-hubin-1' }));
  // Another instance of the function saved meanwhile (this one still keeps what it read).
  const store = test.cloud.store;
  store.documents.remove('settings', { _id: SETTINGS_ID }, true);
  store.insertMany('settings', [{ _id: SETTINGS_ID, maxActivePostsPerMember: 4, version: 7, updatedAt: new Date(), updatedBy: COUNTY }]);
  const shown = dataOf(await test.call('demo-staff-hubin', 'posts', 'staffPosts', { gridId: 'g-hubin-1' }));
  expect(shown).toMatchObject({ maxActivePosts: 4, claimLimitVersion: 7 });
  expect(dataOf(await test.call(COUNTY, 'posts', 'setClaimLimit', { maxActivePosts: 3, version: shown.claimLimitVersion }))).toEqual({
    maxActivePosts: 3,
    version: 8,
  });
});
