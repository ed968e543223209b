import type { FunctionName } from '../../cloudfunctions/contract';
import { DEMO_SERVICE_DAY_ID } from '../../localcloud/seed/demoServiceDays';
import { importRosterCsv } from '../support/importRosterCsv';
import { resetDemoData } from '../support/resetDemoData';
import { snapshotStore } from '../support/snapshotStore';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { addVillageAdmin } from '../support/villageAdmin';

/**
 * Every versioned edit the phone sends again after a network failure
 * (contract/retrySafe): when the first send landed and only its answer was
 * lost, the resend, on the version the screen showed, is answered with the
 * record as the first made it and writes nothing, instead of CONFLICT about
 * the person's own change. Another edit on that old version is CONFLICT as
 * before, and writes nothing.
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
const VILLAGE = 'admin-hubin'; // 湖滨村's administrator
const ZHOU = 'demo-grid-zhou'; // 周义青, 湖滨村 第一网格
const CHEN = 'demo-dept-shuili'; // 陈水生, 县水利局

const storedVersion = (collection: string, id: string): number => {
  const [record] = test.cloud.store.find(collection, { _id: id });
  return (record?.version as number | undefined) ?? 0;
};

interface Edit {
  caller: string;
  fn: FunctionName;
  action: string;
  /** The edit as a screen opened now sends it, on the version it shows. */
  opened: () => Promise<Record<string, unknown>>;
  /** Another edit on the same screen. */
  other: Record<string, unknown>;
  /** The stored version of what the edit changes. */
  version: () => number;
}

const township = {
  placeId: 't-liangquan',
  title: '凉泉乡便民服务日',
  venue: '凉泉乡为民服务大厅（新址）',
  recurrence: { kind: 'weekly' as const, weekdays: [3] },
  startTime: '09:00',
  endTime: '12:00',
  slotMinutes: 30,
  windows: [
    { id: 'w1', name: '社保', capacity: 4 },
    { id: 'w2', name: '医保', capacity: 4 },
    { id: 'w3', name: '户籍', capacity: 3 },
    { id: 'w4', name: '法律咨询', capacity: 2 },
    { id: 'w5', name: '农技', capacity: 3 },
  ],
};
const newItem = {
  clientKey: 'edit-item-0001',
  name: '新型农村合作医疗参保登记',
  materials: ['身份证', '户口簿'],
  officeName: '凉泉乡便民服务中心',
  stageDays: { receive: 2, send: 2, conclude: 10, handBack: 2 },
};
const environmentVersion = () => storedVersion('categories', 'environment');

const EDITS: Record<string, Edit> = {
  'servicedays.saveServiceDay': {
    caller: 'demo-staff-township',
    fn: 'servicedays',
    action: 'saveServiceDay',
    opened: async () => ({ ...township, id: DEMO_SERVICE_DAY_ID, expectedVersion: storedVersion('serviceDays', DEMO_SERVICE_DAY_ID) }),
    other: { venue: '凉泉乡政府一楼' },
    version: () => storedVersion('serviceDays', DEMO_SERVICE_DAY_ID),
  },
  'posts.editPost': {
    caller: 'demo-staff-hubin',
    fn: 'posts',
    action: 'editPost',
    opened: async () => ({
      postId: 'p-hubin2-public',
      version: storedVersion('servicePosts', 'p-hubin2-public'),
      kindId: 'publicService',
      title: '用电安全检查',
      duties: '入户检查线路',
      capacity: 3,
    }),
    other: { title: '用水安全检查' },
    version: () => storedVersion('servicePosts', 'p-hubin2-public'),
  },
  'posts.setClaimLimit': {
    caller: COUNTY,
    fn: 'posts',
    action: 'setClaimLimit',
    opened: async () => ({ maxActivePosts: 3, version: storedVersion('settings', 'posts') }),
    other: { maxActivePosts: 5 },
    version: () => storedVersion('settings', 'posts'),
  },
  'admin.saveDepartment': {
    caller: COUNTY,
    fn: 'admin',
    action: 'saveDepartment',
    opened: async () => ({
      departmentId: 'dep-liangquan-renshe',
      version: storedVersion('departments', 'dep-liangquan-renshe'),
      placeId: 't-liangquan',
      name: '凉泉乡人社所',
      categoryIds: ['jobs', 'proxy'],
      active: true,
    }),
    other: { categoryIds: ['jobs'] },
    version: () => storedVersion('departments', 'dep-liangquan-renshe'),
  },
  'admin.saveCategory': {
    caller: COUNTY,
    fn: 'admin',
    action: 'saveCategory',
    opened: async () => {
      const { categories } = dataOf(await test.call(COUNTY, 'admin', 'categories', {}));
      const environment = categories.find((category) => category.id === 'environment')!;
      return {
        categoryId: 'environment',
        name: '环境卫生',
        icon: environment.icon,
        timeLimitDays: 2,
        questions: [],
        version: environmentVersion(),
      };
    },
    other: { timeLimitDays: 7 },
    version: environmentVersion,
  },
  'admin.setCategoryActive': {
    caller: COUNTY,
    fn: 'admin',
    action: 'setCategoryActive',
    opened: async () => ({ categoryId: 'environment', version: environmentVersion(), active: false }),
    other: { active: true },
    version: environmentVersion,
  },
  'proxy.saveItem': {
    caller: COUNTY,
    fn: 'proxy',
    action: 'saveItem',
    opened: async () => {
      const made = dataOf(await test.call(COUNTY, 'proxy', 'saveItem', newItem));
      const { clientKey: _new, ...fields } = newItem;
      return { ...fields, itemId: made.id, version: storedVersion('proxyItems', made.id), guide: '全家参保的带齐户口簿' };
    },
    other: { guide: '带身份证即可' },
    version: () => test.cloud.store.find('proxyItems', { name: newItem.name })[0]?.version as number,
  },
  'admin.setStaffScope': {
    caller: COUNTY,
    fn: 'admin',
    action: 'setStaffScope',
    opened: async () => ({ userId: ZHOU, scopeId: 'v-hubin', version: storedVersion('users', ZHOU) }),
    other: { scopeId: 'g-hubin-1' },
    version: () => storedVersion('users', ZHOU),
  },
  'admin.setGridDuty': {
    caller: COUNTY,
    fn: 'admin',
    action: 'setGridDuty',
    opened: async () => ({
      userId: ZHOU,
      gridId: 'g-hubin-1',
      version: storedVersion('users', ZHOU),
      duty: { title: '调解员', categoryIds: ['mediation', 'legal'], firstResponsible: false },
    }),
    other: { duty: { title: '网格员', categoryIds: ['environment'], firstResponsible: false } },
    version: () => storedVersion('users', ZHOU),
  },
  'admin.setDepartmentMember': {
    caller: COUNTY,
    fn: 'admin',
    action: 'setDepartmentMember',
    opened: async () => ({
      userId: CHEN,
      departmentId: 'dep-county-minzheng',
      member: true,
      move: true,
      version: storedVersion('users', CHEN),
    }),
    other: { departmentId: 'dep-county-jiaotong' },
    version: () => storedVersion('users', CHEN),
  },
};

const send = (edit: Edit, payload: Record<string, unknown>, caller = edit.caller) =>
  test.call(caller, edit.fn as 'posts', edit.action as 'editPost', payload as never) as Promise<unknown>;
const answerOf = (envelope: unknown) => dataOf(envelope as never) as Record<string, unknown>;

describe.each(Object.entries(EDITS))('%s', (_name, edit) => {
  it('sent twice on the version shown: both answered with the same record, one write, the version moved once', async () => {
    const payload = await edit.opened();
    const opened = edit.version();
    const first = answerOf(await send(edit, payload));
    const written = await snapshotStore(test);
    const outbox = test.cloud.outbox().length;
    const second = answerOf(await send(edit, payload));
    expect(second).toEqual(first);
    expect(await snapshotStore(test)).toBe(written);
    expect(test.cloud.outbox().length).toBe(outbox);
    expect(edit.version()).toBe(opened + 1);
  });

  it('another edit on the version the first moved on from is CONFLICT and writes nothing', async () => {
    const payload = await edit.opened();
    answerOf(await send(edit, payload));
    const written = await snapshotStore(test);
    expect(await send(edit, { ...payload, ...edit.other })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await snapshotStore(test)).toBe(written);
  });
});

describe('the same content from another screen', () => {
  it('sent on the old version after another administrator made exactly that edit, is answered as done: the outcome asked for holds', async () => {
    const edit = EDITS['admin.setGridDuty'];
    const payload = await edit.opened();
    const first = answerOf(await send(edit, payload));
    const written = await snapshotStore(test);
    expect(answerOf(await send(edit, payload, VILLAGE))).toEqual(first);
    expect(await snapshotStore(test)).toBe(written);
  });
});

describe('a person moved on by something other than the edit', () => {
  const edit = EDITS['admin.setGridDuty'];

  it('after a roster import moved the version, a resend of the edit is CONFLICT, on either version', async () => {
    const payload = await edit.opened();
    const opened = edit.version();
    answerOf(await send(edit, payload));
    await importRosterCsv(test, [['周义青', '13905561002', '第一网格（汪屋组）', '网格员', '环境卫生', '否']]);
    expect(edit.version()).toBe(opened + 2);
    const written = await snapshotStore(test);
    expect(await send(edit, payload)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await send(edit, { ...payload, version: opened + 1 })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await snapshotStore(test)).toBe(written);
  });

  it('after the person chose a grid, a resend of the edit is CONFLICT, told in words that fit any change', async () => {
    const scope = EDITS['admin.setStaffScope'];
    const payload = await scope.opened();
    answerOf(await send(scope, payload));
    dataOf(await test.call(ZHOU, 'users', 'chooseGrid', { gridId: 'g-hubin-2' }));
    const answer = await send(scope, payload);
    expect(answer).toMatchObject({ ok: false, code: 'CONFLICT', message: '这个人的信息刚刚有变动，已显示最新的内容，请核对后再改' });
  });
});

describe.each(Object.entries(EDITS))('%s sent twice at once', (_name, edit) => {
  it('both answered with the same record, the version moved once', async () => {
    const payload = await edit.opened();
    const opened = edit.version();
    const [first, second] = await Promise.all([send(edit, payload), send(edit, payload)]);
    expect(answerOf(second)).toEqual(answerOf(first));
    expect(edit.version()).toBe(opened + 1);
  });
});
