import type { FunctionName } from '../../cloudfunctions/contract';
import { resetDemoData } from '../support/resetDemoData';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * Every create a person can send twice carries the phone's key
 * (`clientKey`): a resend after a lost answer with the same key and content
 * is answered with what the first made (the same id) and writes nothing;
 * the same key with other content is KEY_REUSED and writes nothing; two
 * sends racing with one key make exactly one record.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());
beforeEach(() => resetDemoData(test));

const store = () => test.cloud.store;

interface Create {
  caller: string;
  fn: FunctionName;
  action: string;
  payload: Record<string, unknown>;
  /** The same key with something else in it. */
  other: Record<string, unknown>;
  /** The id of what the answer says was made. */
  idOf: (answer: Record<string, unknown>) => string;
  /** The documents a create writes, each counted where this one's would be (the record first, then its entries). */
  written: (id: string) => Array<[collection: string, filter: Record<string, unknown>]>;
  /** How many of each one create writes; undefined where it depends on the day (a service day's dates). */
  each?: Array<number | undefined>;
}

const nested = (field: string) => (answer: Record<string, unknown>) => (answer[field] as { id: string }).id;
const ownId = (answer: Record<string, unknown>) => answer.id as string;
const logged = (action: string, id: string): [string, Record<string, unknown>] => ['adminLog', { action, targetId: id }];

const CREATES: Record<string, Create> = {
  'posts.createPost': {
    caller: 'demo-staff-hubin',
    fn: 'posts',
    action: 'createPost',
    payload: {
      clientKey: 'create-post-0001',
      gridId: 'g-hubin-3',
      kindId: 'healthCare',
      title: '老年人健康随访',
      duties: '每月为独居老人量血压',
      capacity: 2,
    },
    other: { capacity: 3 },
    idOf: ownId,
    written: (id) => [
      ['servicePosts', { title: '老年人健康随访' }],
      ['postEvents', { type: 'postCreated', postId: id }],
    ],
  },
  'posts.register': {
    caller: 'demo-resident-li',
    fn: 'posts',
    action: 'register',
    payload: {
      clientKey: 'create-register-0001',
      name: '李建国',
      phone: '13905560102',
      branchId: 'b-power',
      employer: '望江县供电公司',
      gridId: 'g-hubin-2',
      skillKindIds: ['securityPatrol'],
      skills: '电工',
    },
    other: { skills: '电工、水管维修' },
    idOf: (answer) => answer.memberId as string,
    written: (id) => [
      ['partyMembers', { _id: id }],
      ['postEvents', { type: 'registrationSubmitted', memberId: id }],
    ],
  },
  'admin.addPlace': {
    caller: 'demo-admin',
    fn: 'admin',
    action: 'addPlace',
    payload: { clientKey: 'create-place-0001', parentId: 'v-taihua', name: '第四网格（新屋组）' },
    other: { name: '第五网格' },
    idOf: nested('place'),
    written: (id) => [['nodes', { parentId: 'v-taihua', name: '第四网格（新屋组）' }], logged('addPlace', id)],
  },
  'admin.saveDepartment': {
    caller: 'demo-admin',
    fn: 'admin',
    action: 'saveDepartment',
    payload: { clientKey: 'create-dep-0001', placeId: 't-liangquan', name: '凉泉乡水利站', categoryIds: ['infrastructure'], active: true },
    other: { name: '凉泉乡林业站' },
    idOf: nested('department'),
    written: (id) => [['departments', { name: '凉泉乡水利站' }], logged('saveDepartment', id)],
  },
  'admin.saveCategory': {
    caller: 'demo-admin',
    fn: 'admin',
    action: 'saveCategory',
    payload: {
      clientKey: 'create-category-0001',
      name: '农机补贴',
      icon: 'money',
      timeLimitDays: 5,
      questions: [{ kind: 'number', label: '耕地面积', required: true, min: 0, max: 10000, unit: '亩' }],
    },
    other: { timeLimitDays: 7 },
    idOf: nested('category'),
    written: (id) => [['categories', { name: '农机补贴' }], logged('saveCategory', id)],
  },
  'servicedays.saveServiceDay': {
    caller: 'demo-staff-taihua',
    fn: 'servicedays',
    action: 'saveServiceDay',
    payload: {
      clientKey: 'create-day-0001',
      placeId: 'v-taihua',
      title: '太华村便民服务日',
      venue: '太华村便民服务站',
      recurrence: { kind: 'weekly', weekdays: [1, 5] },
      startTime: '14:00',
      endTime: '17:00',
      slotMinutes: 60,
      windows: [{ name: '代办', capacity: 4 }],
      horizonWeeks: 2,
    },
    other: { venue: '太华村村委会' },
    idOf: ownId,
    written: (id) => [
      ['serviceDays', { title: '太华村便民服务日' }],
      ['serviceSessions', { serviceDayId: id }],
    ],
    each: [1, undefined],
  },
  'proxy.saveItem': {
    caller: 'demo-admin',
    fn: 'proxy',
    action: 'saveItem',
    payload: {
      clientKey: 'create-item-0001',
      name: '新型农村合作医疗参保登记',
      materials: ['身份证', '户口簿'],
      officeName: '凉泉乡便民服务中心',
      stageDays: { receive: 2, send: 2, conclude: 10, handBack: 2 },
    },
    other: { guide: '全家参保的带齐户口簿' },
    idOf: ownId,
    written: () => [['proxyItems', { name: '新型农村合作医疗参保登记' }]],
  },
};

const send = (create: Create, payload: Record<string, unknown> = create.payload) =>
  test.call(create.caller, create.fn as 'posts', create.action as 'createPost', payload as never) as Promise<unknown>;
const answerOf = (envelope: unknown) => dataOf(envelope as never) as Record<string, unknown>;
const counts = (create: Create, id: string) => create.written(id).map(([collection, filter]) => store().count(collection, filter));

describe.each(Object.entries(CREATES))('%s', (_name, create) => {
  it('sent again with the same key and content: the first answer, the same id, nothing written', async () => {
    const first = answerOf(await send(create));
    const id = create.idOf(first);
    const once = counts(create, id);
    expect(once.every((count) => count >= 1)).toBe(true);
    const again = answerOf(await send(create));
    expect(create.idOf(again)).toBe(id);
    expect(again).toEqual(first);
    expect(counts(create, id)).toEqual(once);
  });

  it('the same key with other content: KEY_REUSED naming what the key made, in words a person understands, and nothing written', async () => {
    const id = create.idOf(answerOf(await send(create)));
    const once = counts(create, id);
    const total = store().count(create.written(id)[0][0], {});
    const refused = await send(create, { ...create.payload, ...create.other });
    // It names what the key made, so the form opens that as an edit instead of making a second.
    expect(refused).toMatchObject({ ok: false, code: 'KEY_REUSED', message: expect.stringContaining('同一个编号'), details: [id] });
    expect(counts(create, id)).toEqual(once);
    expect(store().count(create.written(id)[0][0], {})).toBe(total);
  });

  it('two sends racing with one key make one record, and both are answered with it', async () => {
    const [a, b] = await Promise.all([send(create), send(create)]);
    const id = create.idOf(answerOf(a));
    expect(create.idOf(answerOf(b))).toBe(id);
    const written = counts(create, id);
    expect(written).toEqual(written.map((count, n) => (create.each ? (create.each[n] ?? count) : 1)));
    expect(written.every((count) => count >= 1)).toBe(true);
  });
});

describe('a resend from an administrator who has since lost the place', () => {
  /** `admin-moved`: the county's administrator, as demo-admin is, until moved to 湖滨村 below. */
  async function moveAway(): Promise<void> {
    const [base] = store().find('users', { _id: 'demo-admin' });
    store().insertMany('users', [{ ...base, _id: 'admin-moved', name: '调走的管理员' }]);
  }
  async function moved(): Promise<void> {
    const [person] = store().find('users', { _id: 'admin-moved' });
    const version = (person?.version as number | undefined) ?? 0;
    answerOf(await test.call('demo-admin', 'admin', 'setStaffScope', { version, userId: 'admin-moved', scopeId: 'v-hubin' }));
  }

  it.each(['admin.saveDepartment', 'proxy.saveItem'])('%s is refused, not answered with what the key made', async (name) => {
    const create = { ...CREATES[name], caller: 'admin-moved' };
    await moveAway();
    answerOf(await send(create));
    await moved();
    const resent = await send(create);
    expect(resent).toMatchObject({ ok: false, code: 'OUT_OF_JURISDICTION' });
    expect(resent).not.toHaveProperty('data');
  });
});
