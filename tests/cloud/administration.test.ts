import type { ActionName, RequestOf } from '../../cloudfunctions/contract';
import { administrationCloud } from '../support/villageAdmin';
import { envelopeCode } from '../support/codes';
import { snapshotStore } from '../support/snapshotStore';
import { dataOf, type TestCloud } from '../support/testCloud';
import { versionOf } from './support/personVersion';
import { key } from './support/requests';

/**
 * Administration through the real SDK: what each change writes, its admin
 * log entry, and every action driven by every role. Refusals carry their
 * code and write nothing.
 */
const suite = administrationCloud();
let test: TestCloud;
beforeEach(() => {
  test = suite.current;
});

const codeOf = envelopeCode;
const node = (id: string) => test.cloud.store.find('nodes', { _id: id })[0];
const logOf = (id: string) => test.cloud.store.find('adminLog', { _id: id })[0];

describe('changes and their log', () => {
  it('adds a grid under a village, and logs who added what', async () => {
    const added = dataOf(
      await test.call('demo-admin', 'admin', 'addPlace', { clientKey: key('place'), parentId: 'v-taihua', name: '第四网格（新屋组）' }),
    );
    expect(added.place).toMatchObject({ name: '第四网格（新屋组）', level: 'grid' });
    expect(node(added.place.id)).toMatchObject({ parentId: 'v-taihua', ancestorIds: ['c-wangjiang', 't-liangquan', 'v-taihua'], order: 4 });
    expect(logOf(added.logId)).toMatchObject({
      by: 'demo-admin',
      byName: '系统管理员',
      action: 'addPlace',
      targetId: added.place.id,
      before: null,
    });
    // The new grid is offered when residents choose their grid.
    const grids = dataOf(await test.call('demo-resident-wang', 'grids', 'listGrids', { townshipId: 't-liangquan' }));
    expect(JSON.stringify(grids)).toContain('第四网格（新屋组）');
  });

  it('renames a place, keeping the old name in the log, and refuses a name a sibling has', async () => {
    const renamed = dataOf(
      await test.call('demo-admin', 'admin', 'renamePlace', { placeId: 'g-hubin-3', name: '第三网格（李屋组、新村）' }),
    );
    expect(node('g-hubin-3')).toMatchObject({ name: '第三网格（李屋组、新村）', parentId: 'v-hubin' });
    expect(logOf(renamed.logId)).toMatchObject({
      action: 'renamePlace',
      before: { name: '第三网格（李屋组）' },
      after: { name: '第三网格（李屋组、新村）' },
    });
    const before = await snapshotStore(test);
    const taken = await test.call('demo-admin', 'admin', 'renamePlace', { placeId: 'g-hubin-3', name: '第一网格（汪屋组）' });
    const deep = await test.call('demo-admin', 'admin', 'addPlace', { clientKey: key('place'), parentId: 'g-hubin-1', name: '一组' });
    expect([codeOf(taken), codeOf(deep)]).toEqual(['PLACE_NAME_TAKEN', 'PLACE_TOO_DEEP']);
    expect(await snapshotStore(test)).toBe(before);
  });

  it('edits a category on the version it read: new requests are routed with its limit; a stale version is refused and writes nothing', async () => {
    const listed = dataOf(await test.call('demo-admin', 'admin', 'categories', {}));
    const environment = listed.categories.find((category) => category.id === 'environment')!;
    const edit = { categoryId: 'environment', name: '环境卫生', icon: environment.icon, timeLimitDays: 2, questions: [] };
    const set = dataOf(await test.call('demo-admin', 'admin', 'saveCategory', { ...edit, version: environment.version }));
    expect(logOf(set.logId)).toMatchObject({
      action: 'saveCategory',
      before: { timeLimitDays: 3 },
      after: { timeLimitDays: 2, version: 1 },
    });
    expect(set.category).toMatchObject({ timeLimitDays: 2, version: 1 });
    const options = dataOf(await test.call('demo-resident-wang', 'requests', 'formOptions', {}));
    expect(options.categories.find((category) => category.id === 'environment')).toMatchObject({ timeLimitDays: 2 });
    // A second administrator's edit made on the version both read.
    const before = await snapshotStore(test);
    const stale = await test.call('demo-admin', 'admin', 'saveCategory', { ...edit, timeLimitDays: 7, version: environment.version });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(await snapshotStore(test)).toBe(before);
  });

  it('replaces the holiday list, sorted, with the old list in the log', async () => {
    const { version } = dataOf(await test.call('demo-admin', 'admin', 'workCalendar', {}));
    const set = dataOf(
      await test.call('demo-admin', 'admin', 'setHolidays', { holidays: ['2027-01-02', '2027-01-01'], workdays: ['2027-02-07'], version }),
    );
    expect(set.version).toBe(version + 1);
    expect(test.cloud.store.find('settings', { _id: 'workCalendar' })[0]).toMatchObject({
      holidays: ['2027-01-01', '2027-01-02'],
      workdays: ['2027-02-07'],
      version: version + 1,
    });
    expect((logOf(set.logId).before as { holidays: string[] }).holidays).toContain('2026-10-01');
  });

  it('saves the holiday list only on the version the editor was opened at: a long-open editor does not overwrite another administrator', async () => {
    const opened = dataOf(await test.call('demo-admin', 'admin', 'workCalendar', {}));
    const lists = { holidays: opened.holidays, workdays: opened.workdays };
    dataOf(
      await test.call('demo-admin', 'admin', 'setHolidays', {
        ...lists,
        holidays: [...opened.holidays, '2027-01-01'],
        version: opened.version,
      }),
    );
    // The long-open editor's save, then one that names no version: refused, nothing written.
    for (const [payload, code] of [
      [{ ...lists, holidays: [...opened.holidays, '2027-01-04'], version: opened.version }, 'CONFLICT'],
      [{ ...lists, holidays: [...opened.holidays, '2027-01-04'] }, 'INVALID_INPUT'],
    ] as const) {
      const before = await snapshotStore(test);
      const { body } = await test.raw('demo-admin', 'admin', { action: 'setHolidays', payload });
      expect(body).toMatchObject({ ok: false, code });
      expect(await snapshotStore(test)).toBe(before);
    }
    const now = dataOf(await test.call('demo-admin', 'admin', 'workCalendar', {}));
    expect(now).toMatchObject({ version: opened.version + 1 });
    expect(now.holidays).toContain('2027-01-01');
    expect(now.holidays).not.toContain('2027-01-04');
  });
});

describe('staff and their scopes', () => {
  it('makes a grid member staff of his village, who may then export its ledger, and takes it away again', async () => {
    const ledger = { scopeId: 'v-hubin', from: '2026-11-01', to: '2026-11-02' };
    expect(codeOf(await test.call('demo-grid-wang', 'ledger', 'exportLedger', ledger))).toBe('FORBIDDEN');
    const made = dataOf(
      await test.call('demo-admin', 'admin', 'setStaffScope', {
        version: versionOf(test, 'demo-grid-wang'),
        userId: 'demo-grid-wang',
        scopeId: 'v-hubin',
      }),
    );
    expect(made).toMatchObject({ roles: expect.arrayContaining(['gridMember', 'staff']), scope: { id: 'v-hubin' } });
    expect(logOf(made.logId)).toMatchObject({
      action: 'setStaffScope',
      before: { staffScopeId: null },
      after: { staffScopeId: 'v-hubin' },
    });
    expect(codeOf(await test.call('demo-grid-wang', 'ledger', 'exportLedger', ledger))).toBe('ok');
    dataOf(
      await test.call('demo-admin', 'admin', 'setStaffScope', { version: versionOf(test, 'demo-grid-wang'), userId: 'demo-grid-wang' }),
    );
    expect(codeOf(await test.call('demo-grid-wang', 'ledger', 'exportLedger', ledger))).toBe('FORBIDDEN');
  });

  it('keeps every administrator staff: moving one keeps both roles, ending their staff role ends administering too', async () => {
    const moved = dataOf(
      await test.call('demo-admin', 'admin', 'setStaffScope', {
        version: versionOf(test, 'admin-hubin'),
        userId: 'admin-hubin',
        scopeId: 'v-taihua',
      }),
    );
    expect(moved.roles).toEqual(expect.arrayContaining(['staff', 'admin']));
    expect(codeOf(await test.call('admin-hubin', 'admin', 'placeChildren', { placeId: 'v-taihua' }))).toBe('ok');
    const ended = dataOf(
      await test.call('demo-admin', 'admin', 'setStaffScope', { version: versionOf(test, 'admin-hubin'), userId: 'admin-hubin' }),
    );
    expect(ended).toMatchObject({ roles: [], scope: null });
    expect(codeOf(await test.call('admin-hubin', 'admin', 'placeChildren', {}))).toBe('FORBIDDEN');
  });

  it('repairs administrators from before the rule: one with a scope becomes staff of it, one without is no administrator', async () => {
    const base = test.cloud.store.find('users', { _id: 'demo-admin' })[0];
    await test.cloud.store.insertMany('users', [
      { ...base, _id: 'old-admin-scoped', roles: ['resident', 'admin'], staffScopeId: 'v-hubin' },
      { ...base, _id: 'old-admin-unscoped', roles: ['resident', 'admin'], staffScopeId: null },
    ]);
    const { result } = await test.cloud.fireTimer('migrations', 'migrate');
    expect(result).toEqual({ ok: true, data: expect.objectContaining({ administratorsRepaired: 2, done: true }) });
    const rolesOf = (id: string) => (test.cloud.store.find('users', { _id: id })[0] as { roles: string[] }).roles;
    expect(rolesOf('old-admin-scoped')).toEqual(['resident', 'admin', 'staff']);
    expect(rolesOf('old-admin-unscoped')).toEqual(['resident']);
    expect(rolesOf('demo-admin')).toEqual(['staff', 'admin']);
    const again = await test.cloud.fireTimer('migrations', 'migrate');
    expect(again.result).toEqual({ ok: true, data: expect.objectContaining({ administratorsRepaired: 0, done: true }) });
  });
});

describe('what administrators read', () => {
  const place = (id: string, name: string, level: string) => ({ id, name, level });

  it("browses the tree from the administrator's own scope down, with breadcrumbs and child counts", async () => {
    const county = dataOf(await test.call('demo-admin', 'admin', 'placeChildren', {}));
    expect(county).toEqual({
      place: place('c-wangjiang', '望江县', 'county'),
      trail: [],
      children: [{ ...place('t-liangquan', '凉泉乡', 'township'), childCount: 2 }],
      childLevel: 'township',
    });
    const township = dataOf(await test.call('demo-admin', 'admin', 'placeChildren', { placeId: 't-liangquan' }));
    expect(township.children).toEqual([
      { ...place('v-hubin', '湖滨村', 'village'), childCount: 3 },
      { ...place('v-taihua', '太华村', 'village'), childCount: 3 },
    ]);
    const grid = dataOf(await test.call('demo-admin', 'admin', 'placeChildren', { placeId: 'g-taihua-2' }));
    expect(grid).toEqual({
      place: place('g-taihua-2', '第二网格（河南组）', 'grid'),
      trail: [place('c-wangjiang', '望江县', 'county'), place('t-liangquan', '凉泉乡', 'township'), place('v-taihua', '太华村', 'village')],
      children: [],
      childLevel: null,
    });
    // The village's administrator starts at the village and sees nothing above it.
    const village = dataOf(await test.call('admin-hubin', 'admin', 'placeChildren', {}));
    expect(village.place).toEqual(place('v-hubin', '湖滨村', 'village'));
    expect(village.children.map((child) => [child.name, child.childCount])).toEqual([
      ['第一网格（汪屋组）', 0],
      ['第二网格（郭屋组）', 0],
      ['第三网格（李屋组）', 0],
    ]);
    expect(dataOf(await test.call('admin-hubin', 'admin', 'placeChildren', { placeId: 'g-hubin-3' })).trail).toEqual([
      place('v-hubin', '湖滨村', 'village'),
    ]);
  });

  it('counts a place added under a child, and lists it after its siblings', async () => {
    dataOf(
      await test.call('demo-admin', 'admin', 'addPlace', { clientKey: key('place'), parentId: 'v-taihua', name: '第四网格（新屋组）' }),
    );
    const township = dataOf(await test.call('demo-admin', 'admin', 'placeChildren', { placeId: 't-liangquan' }));
    expect(township.children.map((child) => child.childCount)).toEqual([3, 4]);
    const taihua = dataOf(await test.call('demo-admin', 'admin', 'placeChildren', { placeId: 'v-taihua' }));
    expect(taihua.children.map((child) => child.name).at(-1)).toBe('第四网格（新屋组）');
  });

  it("lists a grid's members with their duties there, first responsible first, and a village's staff", async () => {
    const hubin3 = dataOf(await test.call('demo-admin', 'admin', 'placePeople', { placeId: 'g-hubin-3' }));
    expect(hubin3.staff).toEqual([]);
    expect(hubin3.members).toEqual([
      {
        id: 'demo-grid-lichun',
        name: '李春燕',
        phone: '13905561004',
        roles: ['resident', 'gridMember'],
        version: 0,
        duties: [
          {
            gridId: 'g-hubin-3',
            title: '网格长',
            categoryIds: ['policy', 'hardship', 'proxy', 'environment', 'infrastructure', 'jobs', 'other', 'mediation'],
            firstResponsible: true,
          },
          { gridId: 'g-hubin-3', title: '治安巡逻员', categoryIds: ['security'], firstResponsible: false },
        ],
      },
    ]);
    expect(hubin3.categories.map((category) => category.name)).toContain('环境卫生');
    // 周义青 serves two grids: only his duty in this one is listed.
    const hubin2 = dataOf(await test.call('demo-admin', 'admin', 'placePeople', { placeId: 'g-hubin-2' }));
    expect(hubin2.members.map((member) => [member.name, member.duties.map((duty) => duty.title)])).toEqual([
      ['郭长林', ['网格长']],
      ['周义青', ['调解员']],
    ]);
    const village = dataOf(await test.call('demo-admin', 'admin', 'placePeople', { placeId: 'v-hubin' }));
    expect(village).toEqual({
      place: place('v-hubin', '湖滨村', 'village'),
      // The suite's 湖滨村 administrator is staff of the village too.
      staff: [
        { id: 'admin-hubin', name: '湖滨村管理员', phone: '05565100000', roles: ['staff', 'admin'], version: 0 },
        { id: 'demo-staff-hubin', name: '李大毛', phone: '05565201001', roles: ['resident', 'staff', 'partyMember'], version: 0 },
      ],
      members: [],
      categories: [],
    });
  });

  it('finds a person of the jurisdiction by phone, with where they live and work, and says when nobody has the number', async () => {
    const found = dataOf(await test.call('demo-admin', 'admin', 'findPerson', { phone: '05565201001' }));
    expect(found.people).toEqual([
      {
        id: 'demo-staff-hubin',
        name: '李大毛',
        phone: '05565201001',
        roles: ['resident', 'staff', 'partyMember'],
        version: 0,
        homeGrid: place('g-hubin-2', '第二网格（郭屋组）', 'grid'),
        staffScope: place('v-hubin', '湖滨村', 'village'),
      },
    ]);
    // 赵桂兰 lives in 太华村: to 湖滨村's administrator she is as unknown as a number nobody has.
    const outside = await test.call('admin-hubin', 'admin', 'findPerson', { phone: '13905560103' });
    const nobody = await test.call('demo-admin', 'admin', 'findPerson', { phone: '13800000000' });
    for (const refused of [outside, nobody]) {
      expect(refused).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
        message: expect.stringContaining('您管理的范围内没有用这个号码登记的人'),
      });
    }
    expect(codeOf(await test.call('demo-admin', 'admin', 'findPerson', { phone: '1390556' }))).toBe('INVALID_INPUT');
  });

  it("shows the work calendar, editable for the county's administrator only", async () => {
    const calendar = dataOf(await test.call('demo-admin', 'admin', 'workCalendar', {}));
    expect(calendar.editable).toBe(true);
    expect(calendar.holidays).toHaveLength(20);
    expect(calendar.holidays.slice(0, 3)).toEqual(['2026-01-01', '2026-01-02', '2026-02-16']);
    expect(calendar.workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(dataOf(await test.call('admin-hubin', 'admin', 'workCalendar', {}))).toMatchObject({
      editable: false,
      workdays: calendar.workdays,
    });
    dataOf(await test.call('demo-admin', 'admin', 'setHolidays', { holidays: ['2027-02-08'], workdays: [], version: calendar.version }));
    expect(dataOf(await test.call('demo-admin', 'admin', 'workCalendar', {}))).toEqual({
      holidays: ['2027-02-08'],
      workdays: [],
      editable: true,
      version: calendar.version + 1,
    });
  });
});

describe('who may administer', () => {
  const PEOPLE = {
    resident: 'demo-resident-wang',
    gridMember: 'demo-grid-wang',
    partyMember: 'demo-party-gao',
    staffInside: 'demo-staff-hubin',
    staffCounty: 'demo-staff-county',
    adminOutside: 'admin-hubin',
    admin: 'demo-admin',
    visitor: 'admin-visitor',
  } as const;
  type Person = keyof typeof PEOPLE;
  const NOT_ADMIN = {
    resident: 'FORBIDDEN',
    gridMember: 'FORBIDDEN',
    partyMember: 'FORBIDDEN',
    staffInside: 'FORBIDDEN',
    staffCounty: 'FORBIDDEN',
    visitor: 'NOT_REGISTERED',
  };
  const CASES: Array<{ action: ActionName<'admin'>; payload: RequestOf<'admin', ActionName<'admin'>>; expect: Record<Person, string> }> = [
    {
      action: 'addPlace',
      payload: { parentId: 'v-taihua', name: '第四网格', clientKey: 'access-place-1' },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'ok' },
    },
    {
      action: 'addPlace',
      payload: { parentId: 'v-hubin', name: '第四网格', clientKey: 'access-place-2' },
      expect: { ...NOT_ADMIN, adminOutside: 'ok', admin: 'ok' },
    },
    {
      action: 'renamePlace',
      payload: { placeId: 'g-taihua-1', name: '太华街网格' },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'ok' },
    },
    {
      action: 'renamePlace',
      payload: { placeId: 'no-such-place', name: '某网格' },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'OUT_OF_JURISDICTION' },
    },
    { action: 'categories', payload: {}, expect: { ...NOT_ADMIN, adminOutside: 'ok', admin: 'ok' } },
    {
      action: 'saveCategory',
      payload: {
        clientKey: 'access-category-1',
        name: '农机补贴',
        icon: 'money',
        timeLimitDays: 5,
        questions: [{ kind: 'yesNo', label: '是否已购机', required: true }],
      },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'ok' },
    },
    {
      action: 'saveCategory',
      payload: { categoryId: 'environment', version: 4, name: '环境卫生', icon: 'trash', timeLimitDays: 5, questions: [] },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'CONFLICT' },
    },
    {
      action: 'saveCategory',
      payload: { categoryId: 'environment', version: 0, name: '治安', icon: 'trash', timeLimitDays: 5, questions: [] },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'CATEGORY_NAME_TAKEN' },
    },
    {
      action: 'saveCategory',
      payload: { clientKey: 'access-category-2', name: '农机补贴', icon: 'no-such-icon', timeLimitDays: 5, questions: [] },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'INVALID_INPUT' },
    },
    {
      action: 'saveCategory',
      payload: { categoryId: 'no-such-category', version: 0, name: '某类', icon: 'trash', timeLimitDays: 5, questions: [] },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'NOT_FOUND' },
    },
    {
      action: 'setCategoryOrder',
      payload: {
        categoryIds: [
          'other',
          'jobs',
          'health',
          'infrastructure',
          'security',
          'environment',
          'proxy',
          'hardship',
          'legal',
          'mediation',
          'policy',
        ],
      },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'ok' },
    },
    {
      action: 'setCategoryOrder',
      payload: { categoryIds: ['other', 'policy'] },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'CONFLICT' },
    },
    {
      action: 'setCategoryActive',
      payload: { categoryId: 'jobs', version: 0, active: false },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'ok' },
    },
    {
      action: 'setCategoryActive',
      payload: { categoryId: 'jobs', version: 0, active: true },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'CONFLICT' },
    },
    {
      action: 'setCategoryActive',
      payload: { categoryId: 'no-such-category', version: 0, active: false },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'NOT_FOUND' },
    },
    {
      action: 'setHolidays',
      payload: { holidays: ['2027-01-01'], workdays: [], version: 0 },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'ok' },
    },
    {
      action: 'setStaffScope',
      payload: { version: 0, userId: 'demo-resident-li', scopeId: 'v-hubin' },
      expect: { ...NOT_ADMIN, adminOutside: 'ok', admin: 'ok' },
    },
    {
      action: 'setStaffScope',
      payload: { version: 0, userId: 'demo-staff-taihua', scopeId: 'v-hubin' },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'ok' },
    },
    {
      action: 'setStaffScope',
      payload: { version: 0, userId: 'demo-resident-li', scopeId: 'g-taihua-1' },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'ok' },
    },
    {
      action: 'setStaffScope',
      payload: { version: 0, userId: 'demo-admin' },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'FORBIDDEN' },
    },
    {
      action: 'setStaffScope',
      payload: { version: 0, userId: 'nobody' },
      expect: { ...NOT_ADMIN, adminOutside: 'NOT_FOUND', admin: 'NOT_FOUND' },
    },
    {
      action: 'setGridDuty',
      payload: { version: 0, userId: 'demo-grid-zhou', gridId: 'g-hubin-1' },
      expect: { ...NOT_ADMIN, adminOutside: 'ok', admin: 'ok' },
    },
    {
      action: 'setGridDuty',
      payload: { version: 0, userId: 'demo-grid-he', gridId: 'g-taihua-2' },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'ok' },
    },
    // Reads: each administrator within their own jurisdiction.
    { action: 'placeChildren', payload: {}, expect: { ...NOT_ADMIN, adminOutside: 'ok', admin: 'ok' } },
    {
      action: 'placeChildren',
      payload: { placeId: 't-liangquan' },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'ok' },
    },
    { action: 'placeChildren', payload: { placeId: 'g-hubin-2' }, expect: { ...NOT_ADMIN, adminOutside: 'ok', admin: 'ok' } },
    {
      action: 'placeChildren',
      payload: { placeId: 'no-such-place' },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'OUT_OF_JURISDICTION' },
    },
    { action: 'placePeople', payload: { placeId: 'g-hubin-1' }, expect: { ...NOT_ADMIN, adminOutside: 'ok', admin: 'ok' } },
    { action: 'placePeople', payload: { placeId: 'v-taihua' }, expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'ok' } },
    {
      action: 'placePeople',
      payload: { placeId: 'no-such-place' },
      expect: { ...NOT_ADMIN, adminOutside: 'OUT_OF_JURISDICTION', admin: 'OUT_OF_JURISDICTION' },
    },
    { action: 'findPerson', payload: { phone: '13905560102' }, expect: { ...NOT_ADMIN, adminOutside: 'ok', admin: 'ok' } },
    { action: 'findPerson', payload: { phone: '13905560103' }, expect: { ...NOT_ADMIN, adminOutside: 'NOT_FOUND', admin: 'ok' } },
    { action: 'findPerson', payload: { phone: '13800000000' }, expect: { ...NOT_ADMIN, adminOutside: 'NOT_FOUND', admin: 'NOT_FOUND' } },
    { action: 'workCalendar', payload: {}, expect: { ...NOT_ADMIN, adminOutside: 'ok', admin: 'ok' } },
  ];
  /** Reads write nothing, not even a log entry, whatever they answer. */
  const READS: ReadonlySet<string> = new Set(['placeChildren', 'placePeople', 'findPerson', 'workCalendar', 'categories']);
  const rows = CASES.flatMap((c) => (Object.keys(c.expect) as Person[]).map((person) => ({ ...c, person, expected: c.expect[person] })));

  it.each(rows)('$action $payload by $person: $expected', async ({ action, payload, person, expected }) => {
    const before = await snapshotStore(test);
    const logsBefore = test.cloud.store.count('adminLog');
    // A change of a person is made on the version a screen opened now would show.
    const about = payload as { userId?: string; version?: number };
    const sent = about.userId && about.version !== undefined ? { ...about, version: versionOf(test, about.userId) } : payload;
    const result = await test.call(PEOPLE[person], 'admin', action, sent as never);
    expect(codeOf(result)).toBe(expected);
    if (expected === 'ok' && !READS.has(action)) expect(test.cloud.store.count('adminLog')).toBe(logsBefore + 1);
    else expect(await snapshotStore(test)).toBe(before);
  });
});

describe("grid members' duties", () => {
  const security = (name: string) => ({
    clientKey: `duty-${name}-${Date.now()}`,
    gridId: 'g-hubin-1',
    categoryId: 'security',
    text: `${name}：晚上有人在汪屋组偷电动车。`,
    photos: [],
    location: { address: '汪屋组' },
    publicName: false,
  });

  it('gives a grid member a category that new requests are then routed to him by, logged, and ends a duty', async () => {
    expect(dataOf(await test.call('demo-resident-wang', 'requests', 'submit', security('before'))).request.handler?.name).toBe('汪德华');
    const duty = { title: '调解员', categoryIds: ['mediation', 'legal', 'security'], firstResponsible: false };
    const set = dataOf(
      await test.call('demo-admin', 'admin', 'setGridDuty', {
        version: versionOf(test, 'demo-grid-zhou'),
        userId: 'demo-grid-zhou',
        gridId: 'g-hubin-1',
        duty,
      }),
    );
    expect(set.gridDuties).toContainEqual({ gridId: 'g-hubin-1', ...duty });
    expect(logOf(set.logId)).toMatchObject({ action: 'setGridDuty', targetId: 'demo-grid-zhou', by: 'demo-admin' });
    expect(dataOf(await test.call('demo-resident-wang', 'requests', 'submit', security('after'))).request.handler?.name).toBe('周义青');

    const ended = dataOf(
      await test.call('demo-admin', 'admin', 'setGridDuty', {
        version: versionOf(test, 'demo-grid-guo'),
        userId: 'demo-grid-guo',
        gridId: 'g-hubin-2',
      }),
    );
    expect(ended).toMatchObject({ gridDuties: [], roles: ['resident'] });
  });

  it("refuses other roles, a grid outside the admin's jurisdiction, a place that is not a grid and unknown categories, writing nothing", async () => {
    const duty = { title: '网格员', categoryIds: ['security'], firstResponsible: true };
    const before = await snapshotStore(test);
    const setDuty = (caller: string, gridId: string, given = duty, userId = 'demo-grid-zhou') =>
      test.call(caller, 'admin', 'setGridDuty', { version: versionOf(test, userId), userId, gridId, duty: given });
    const codes = [
      await setDuty('demo-staff-hubin', 'g-hubin-1'),
      await setDuty('admin-hubin', 'g-taihua-1'),
      await setDuty('demo-admin', 'v-hubin'),
      await setDuty('demo-admin', 'g-hubin-1', { ...duty, categoryIds: ['nope'] }),
      await setDuty('demo-admin', 'g-hubin-1', duty, 'nobody'),
    ].map(codeOf);
    expect(codes).toEqual(['FORBIDDEN', 'OUT_OF_JURISDICTION', 'INVALID_INPUT', 'INVALID_INPUT', 'NOT_FOUND']);
    expect(await snapshotStore(test)).toBe(before);
  });
});
