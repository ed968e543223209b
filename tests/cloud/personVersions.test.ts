import type { User } from '../../cloudfunctions/domain/people/User';
import { importRosterCsv } from '../support/importRosterCsv';
import { issuePhoneCode } from '../support/phoneCode';
import { resetDemoData } from '../support/resetDemoData';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { versionOf } from './support/personVersion';

/**
 * Every write that changes what a screen shows of a person (name, phone,
 * roles, home grid, duties) moves the person's version in the same write,
 * whoever makes it: an administrator's screen opened before 花名册导入 or
 * 绑定手机号 saves on a stale version and is told CONFLICT, instead of its
 * change landing over one it never saw.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());
beforeEach(() => resetDemoData(test));

const ZHOU = 'demo-grid-zhou'; // 周义青, 13905561002, 调解员 in 第一网格 and 第二网格 of 湖滨村
const personOf = (id: string) => test.cloud.store.find('users', { _id: id })[0] as unknown as User | undefined;

/** What the administrator's 人员 screen of 第一网格 shows of a person: their version included. */
async function shownInHubin1(userId: string) {
  const { members } = dataOf(await test.call('demo-admin', 'admin', 'placePeople', { placeId: 'g-hubin-1' }));
  const shown = members.find((member) => member.id === userId);
  if (!shown) throw new Error(`${userId} is not shown in 第一网格`);
  return shown;
}

/** The administrator saves a duty for `userId` in 第一网格 on the version their screen showed. */
const saveDuty = (userId: string, version: number) =>
  test.call('demo-admin', 'admin', 'setGridDuty', {
    userId,
    gridId: 'g-hubin-1',
    version,
    duty: { title: '网格员', categoryIds: ['security'], firstResponsible: false },
  });

describe('花名册导入', () => {
  it('moves the version of each person it changes: a save on the screen opened before it is CONFLICT', async () => {
    const opened = await shownInHubin1(ZHOU);
    await importRosterCsv(test, [['周义青', '13905561002', '第一网格（汪屋组）', '网格员', '环境卫生', '否']]);
    expect(versionOf(test, ZHOU)).toBe(opened.version + 1);
    expect(await saveDuty(ZHOU, opened.version)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(personOf(ZHOU)?.gridDuties.find((duty) => duty.gridId === 'g-hubin-1')?.categoryIds).toEqual(['environment']);
    // Reopened on the version stored now, the save goes through.
    expect(dataOf(await saveDuty(ZHOU, (await shownInHubin1(ZHOU)).version)).version).toBe(opened.version + 2);
  });

  it('leaves the version of a person the file does not change, and starts a new person at 1', async () => {
    await importRosterCsv(test, [['周义青', '13905561002', '第一网格（汪屋组）', '网格员', '环境卫生', '否']]);
    const after = versionOf(test, ZHOU);
    await importRosterCsv(test, [
      ['周义青', '13905561002', '第一网格（汪屋组）', '网格员', '环境卫生', '否'],
      ['汪新来', '13905568311', '第一网格（汪屋组）', '居民', '', '否'],
    ]);
    expect(versionOf(test, ZHOU)).toBe(after);
    expect(versionOf(test, 'roster-13905568311')).toBe(1);
  });
});

describe('绑定手机号', () => {
  /** A grid member of 第一网格 who registered in the mini-program and has no phone yet. */
  async function addAccount(id: string, version: number): Promise<void> {
    await test.cloud.store.insertMany('users', [
      {
        _id: id,
        name: '汪春来',
        phone: '',
        contactPhone: null,
        roles: ['resident', 'gridMember'],
        homeGridId: 'g-hubin-1',
        householdTags: [],
        gridDuties: [{ gridId: 'g-hubin-1', title: '网格员', categoryIds: ['other'], firstResponsible: false }],
        nodeDuties: [],
        staffScopeId: null,
        elderMode: false,
        createdAt: new Date(),
        version,
      },
    ]);
  }

  it('moves the version with the new number: a save on the screen opened before it is CONFLICT', async () => {
    await addAccount('wx-version-linker', 2);
    const opened = await shownInHubin1('wx-version-linker');
    expect(opened).toMatchObject({ phone: '', version: 2 });
    const code = await issuePhoneCode(test.cloud.url, '13905568321');
    dataOf(await test.call('wx-version-linker', 'users', 'linkPhone', { code }));
    expect(personOf('wx-version-linker')).toMatchObject({ phone: '13905568321', version: 3 });
    expect(await saveDuty('wx-version-linker', opened.version)).toMatchObject({ ok: false, code: 'CONFLICT' });
    // The same number again changes nothing a screen shows: the version stays.
    dataOf(await test.call('wx-version-linker', 'users', 'linkPhone', { code: await issuePhoneCode(test.cloud.url, '13905568321') }));
    expect(versionOf(test, 'wx-version-linker')).toBe(3);
  });

  it('taking over an imported person moves the version past both records', async () => {
    await addAccount('wx-version-taker', 1);
    await importRosterCsv(test, [['汪春来', '13905568322', '第一网格（汪屋组）', '网格员', '治安', '否']]);
    await importRosterCsv(test, [['汪春来', '13905568322', '第一网格（汪屋组）', '网格员', '环境卫生', '否']]);
    expect(versionOf(test, 'roster-13905568322')).toBe(2);
    const opened = await shownInHubin1('wx-version-taker');
    const code = await issuePhoneCode(test.cloud.url, '13905568322');
    expect(dataOf(await test.call('wx-version-taker', 'users', 'linkPhone', { code })).rosterName).toBe('汪春来');
    expect(versionOf(test, 'wx-version-taker')).toBe(3);
    expect(await saveDuty('wx-version-taker', opened.version)).toMatchObject({ ok: false, code: 'CONFLICT' });
  });
});

describe('the other writes of what screens show', () => {
  it('choosing another home grid moves the version; choosing the same one again writes nothing', async () => {
    const before = versionOf(test, 'demo-resident-wang');
    dataOf(await test.call('demo-resident-wang', 'users', 'chooseGrid', { gridId: 'g-hubin-2' }));
    expect(versionOf(test, 'demo-resident-wang')).toBe(before + 1);
    dataOf(await test.call('demo-resident-wang', 'users', 'chooseGrid', { gridId: 'g-hubin-2' }));
    expect(versionOf(test, 'demo-resident-wang')).toBe(before + 1);
  });

  it('the name a first filing adds moves the version', async () => {
    dataOf(await test.call('wx-version-filer', 'users', 'chooseGrid', { gridId: 'g-hubin-1' }));
    const before = versionOf(test, 'wx-version-filer');
    dataOf(
      await test.call('wx-version-filer', 'requests', 'submit', {
        clientKey: 'version-filer-0001',
        gridId: 'g-hubin-1',
        categoryId: 'environment',
        text: '村口的垃圾桶满了好几天没人清运',
        photos: [],
        publicName: false,
        contactName: '汪秋菊',
        noPhone: true,
      }),
    );
    expect(personOf('wx-version-filer')).toMatchObject({ name: '汪秋菊', version: before + 1 });
  });

  it('a party membership approved, and one ended, move the version with the role', async () => {
    dataOf(
      await test.call('demo-resident-li', 'posts', 'register', {
        clientKey: 'version-register-0001',
        name: '李建国',
        phone: '13905560102',
        branchId: 'b-hubin',
        employer: '湖滨村村委会',
        gridId: 'g-hubin-2',
        skillKindIds: [],
        skills: '',
      }),
    );
    const registered = versionOf(test, 'demo-resident-li');
    dataOf(await test.call('demo-staff-hubin', 'posts', 'decideRegistration', { memberId: 'demo-resident-li', decision: 'approve' }));
    expect(personOf('demo-resident-li')?.roles).toContain('partyMember');
    expect(versionOf(test, 'demo-resident-li')).toBe(registered + 1);
    dataOf(await test.call('demo-staff-hubin', 'posts', 'endMembership', { memberId: 'demo-resident-li', reason: '已迁往县城居住' }));
    expect(personOf('demo-resident-li')?.roles).not.toContain('partyMember');
    expect(versionOf(test, 'demo-resident-li')).toBe(registered + 2);
  });

  it('the migrations move the version of each person whose roles or number they change', async () => {
    const base = test.cloud.store.find('users', { _id: 'demo-admin' })[0];
    const { contactPhone: _unset, ...legacy } = base;
    await test.cloud.store.insertMany('users', [
      { ...base, _id: 'old-admin-version', roles: ['resident', 'admin'], staffScopeId: 'v-hubin', version: 4 },
      // From before verified phones, with the number its approved report typed: moved to contact information.
      { ...legacy, _id: 'old-typed-version', roles: ['resident'], staffScopeId: null, phone: '13905568331', version: 2 },
    ]);
    await test.cloud.store.insertMany('partyMembers', [{ _id: 'old-typed-version', status: 'approved', phone: '13905568331' }]);
    dataOf((await test.cloud.fireTimer('migrations', 'migrate')).result as never);
    expect(personOf('old-admin-version')).toMatchObject({ roles: ['resident', 'admin', 'staff'], version: 5 });
    expect(personOf('old-typed-version')).toMatchObject({ phone: '', contactPhone: '13905568331', version: 3 });
  });
});
