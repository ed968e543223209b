import type { JurisdictionNode } from '../../cloudfunctions/domain/jurisdiction/JurisdictionNode';
import type { User } from '../../cloudfunctions/domain/people/User';
import { user } from '../domain/support/requests';
import { resetDemoData } from '../support/resetDemoData';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { refusedWithoutTrace } from './support/refusedWithoutTrace';
import { versionOf } from './support/personVersion';

/**
 * 系统管理 → 部门 → 添加工作人员 (admin.setDepartmentMember) as an attacker
 * would try it: only a registered person within the administrator's
 * jurisdiction joins a department there; someone in another department is
 * moved only when asked, and only by an administrator over both; every
 * change is in the admin log with the roles before and after; a refusal
 * writes nothing. Demo: 望江县's administrator; 刘建华 of 县民政局,
 * 陈水生 of 县水利局, 吴小芳 of 凉泉乡民政所.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

const ADMIN = 'demo-admin';
const MINZHENG = 'dep-county-minzheng';
const STATION = 'dep-liangquan-minzheng';

/** A person of 湖滨村's first grid unless said otherwise. */
const person = (id: string, fields: Partial<User>) => user(id, { homeGridId: 'g-hubin-1', ...fields });

const otherCounty: JurisdictionNode = { _id: 'c-other', level: 'county', name: '外县', parentId: null, ancestorIds: [], order: 2 };
const otherGrid: JurisdictionNode = {
  _id: 'g-other',
  level: 'grid',
  name: '外县网格',
  parentId: 'c-other',
  ancestorIds: ['c-other'],
  order: 1,
};

beforeEach(async () => {
  await resetDemoData(test);
  test.cloud.store.insertMany('nodes', [otherCounty, otherGrid]);
  test.cloud.store.insertMany('users', [
    person('outsider', { name: '外县村民', homeGridId: 'g-other' }),
    person('not-registered', { name: '', roles: [] }),
    person('township-admin', { name: '乡管理员', roles: ['staff', 'admin'], staffScopeId: 't-liangquan' }),
  ]);
});

const join = (caller: string, userId: string, departmentId = MINZHENG, move?: boolean) =>
  test.call(caller, 'admin', 'setDepartmentMember', {
    departmentId,
    userId,
    member: true,
    version: versionOf(test, userId),
    ...(move === undefined ? {} : { move }),
  });

it('refuses a person outside the jurisdiction, someone not registered, and an unknown id, writing nothing', async () => {
  await refusedWithoutTrace(test, () => join(ADMIN, 'outsider'), 'OUT_OF_JURISDICTION');
  await refusedWithoutTrace(test, () => join(ADMIN, 'not-registered'), 'NOT_REGISTERED');
  await refusedWithoutTrace(test, () => join(ADMIN, 'forged-openid-123'), 'NOT_FOUND');
  // Leaving: only someone who is in the department.
  await refusedWithoutTrace(
    test,
    () =>
      test.call(ADMIN, 'admin', 'setDepartmentMember', { departmentId: MINZHENG, userId: 'demo-dept-shuili', member: false, version: 0 }),
    'INVALID_INPUT',
  );
});

it('moves someone from another department only when asked, and logs the roles before and after', async () => {
  await refusedWithoutTrace(test, () => join(ADMIN, 'demo-dept-shuili'), 'IN_ANOTHER_DEPARTMENT');
  const moved = dataOf(await join(ADMIN, 'demo-dept-shuili', MINZHENG, true));
  expect(moved.roles).toEqual(['departmentStaff']);
  const [stored] = test.cloud.store.find('users', { _id: 'demo-dept-shuili' }) as unknown as User[];
  expect(stored.departmentId).toBe(MINZHENG);
  const [entry] = test.cloud.store.find('adminLog', { _id: moved.logId });
  expect(entry).toEqual(
    expect.objectContaining({
      action: 'setDepartmentMember',
      by: ADMIN,
      before: expect.objectContaining({ departmentId: 'dep-county-shuili', roles: ['departmentStaff'] }),
      after: expect.objectContaining({ departmentId: MINZHENG, roles: ['departmentStaff'] }),
    }),
  );
});

it("a township's administrator takes nobody from a county department, and nobody from outside the township", async () => {
  await refusedWithoutTrace(test, () => join('township-admin', 'demo-dept-shuili', STATION, true), 'OUT_OF_JURISDICTION');
  await refusedWithoutTrace(test, () => join('township-admin', 'outsider', STATION), 'OUT_OF_JURISDICTION');
  await refusedWithoutTrace(test, () => join('township-admin', 'demo-resident-li', MINZHENG), 'OUT_OF_JURISDICTION');
  expect(dataOf(await join('township-admin', 'demo-resident-li', STATION)).roles).toEqual(['resident', 'departmentStaff']);
});
