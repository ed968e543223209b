import type { User } from '../../cloudfunctions/domain/people/User';
import type { ResidentRequest } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { envelopeCode } from '../support/codes';
import { importRosterCsv } from '../support/importRosterCsv';
import { issuePhoneCode } from '../support/phoneCode';
import { snapshotStore } from '../support/snapshotStore';
import { administrationCloud } from '../support/villageAdmin';
import { dataOf, type TestCloud } from '../support/testCloud';
import { versionOf } from './support/personVersion';

/**
 * 绑定手机号 through the real SDK: the number comes from WeChat
 * (openapi.phonenumber.getPhoneNumber, played by the local runtime). A
 * person imported from the roster becomes the WeChat account that binds
 * their phone, with the requests and messages waiting for them; refusals
 * write nothing.
 */
const suite = administrationCloud();
let test: TestCloud;
beforeEach(() => {
  test = suite.current;
});

const DAHAI_PHONE = '13800000021';
const DAHAI_ROSTER_ID = `roster-${DAHAI_PHONE}`;

const userOf = (id: string) => test.cloud.store.find('users', { _id: id })[0] as unknown as User | undefined;
const requestOf = (id: string) => test.cloud.store.find('requests', { _id: id })[0] as unknown as ResidentRequest;

/** 汪大海, grid member of 第一网格 for 治安, as the township's roster has him. */
const importDahai = () => importRosterCsv(test, [['汪大海', DAHAI_PHONE, '第一网格（汪屋组）', '网格员', '治安', '否']]);

let filed = 0;
/** 王秀英 reports a theft in 第一网格: 治安 is now 汪大海's. */
async function fileSecurityRequest(): Promise<string> {
  filed += 1;
  const submitted = dataOf(
    await test.call('demo-resident-wang', 'requests', 'submit', {
      clientKey: `phone-link-${filed}-${Date.now()}`,
      gridId: 'g-hubin-1',
      categoryId: 'security',
      text: '晚上有人在汪屋组偷电动车。',
      photos: [],
      location: { address: '汪屋组' },
      publicName: false,
    }),
  );
  return submitted.request.id;
}

async function bind(openid: string, phone: string) {
  return test.call(openid, 'users', 'linkPhone', { code: await issuePhoneCode(test.cloud.url, phone) });
}

describe('an imported grid member binds their phone', () => {
  it('becomes the WeChat account, first visit included, and finds the request routed to them while they had none', async () => {
    expect(await importDahai()).toMatchObject({ written: true, created: 1 });
    const requestId = await fileSecurityRequest();
    expect(requestOf(requestId)).toMatchObject({ handler: { id: DAHAI_ROSTER_ID, name: '汪大海' }, openHandlerId: DAHAI_ROSTER_ID });

    // Before binding, the new account is nobody: it cannot see the inbox.
    expect(envelopeCode(await test.call('wx-dahai', 'requests', 'inbox', { view: 'mine' }))).toBe('NOT_REGISTERED');

    const linked = dataOf(await bind('wx-dahai', DAHAI_PHONE));
    expect(linked).toEqual({ rosterName: '汪大海', movedRequests: 1, movedMessages: 0 });
    expect(dataOf(await test.call('wx-dahai', 'users', 'me', {}))).toMatchObject({
      registered: true,
      name: '汪大海',
      phone: DAHAI_PHONE,
      roles: ['resident', 'gridMember'],
      homeGrid: { grid: { id: 'g-hubin-1' } },
    });
    expect(userOf(DAHAI_ROSTER_ID)).toBeUndefined();
    expect(userOf('wx-dahai')).toMatchObject({
      gridDuties: [{ gridId: 'g-hubin-1', title: '网格员', categoryIds: ['security'], firstResponsible: false }],
    });
    expect(requestOf(requestId)).toMatchObject({
      handler: { id: 'wx-dahai', name: '汪大海' },
      openHandlerId: 'wx-dahai',
      handlerIds: ['wx-dahai'],
    });

    // The request is in his inbox and he can take it on.
    const inbox = dataOf(await test.call('wx-dahai', 'requests', 'inbox', { view: 'mine' }));
    expect(inbox.items.map((item) => item.id)).toContain(requestId);
    const { version } = requestOf(requestId);
    dataOf(await test.call('wx-dahai', 'requests', 'accept', { requestId, version, opId: 'dahai-accept-1' }));
    expect(requestOf(requestId).state).toBe('accepted');

    // New requests of his kind go to his account; importing the roster again adds nobody.
    const next = await fileSecurityRequest();
    expect(requestOf(next).handler?.id).toBe('wx-dahai');
    expect(await importDahai()).toMatchObject({ written: true, created: 0 });
    expect(test.cloud.store.find('users', { phone: DAHAI_PHONE })).toHaveLength(1);
  });

  it('moves every request they held, open, finished or escalated away, each in one step, within 10 database actions', async () => {
    await importDahai();
    const template = requestOf('demo-rq-1');
    const village = { id: 'demo-staff-hubin', name: '李大毛', title: '村党总支书记' };
    const dahai = { id: DAHAI_ROSTER_ID, name: '汪大海', title: '网格员' };
    const kinds = {
      open: { handler: dahai, openHandlerId: DAHAI_ROSTER_ID, handlerIds: ['demo-grid-wang', DAHAI_ROSTER_ID] },
      rejected: { handler: dahai, openHandlerId: null, handlerIds: [DAHAI_ROSTER_ID], state: 'rejected' },
      escalated: { handler: village, openHandlerId: village.id, handlerIds: [DAHAI_ROSTER_ID, village.id] },
    };
    test.cloud.store.insertMany(
      'requests',
      Object.entries(kinds).flatMap(([kind, fields]) =>
        Array.from({ length: 30 }, (_, i) => ({ ...template, _id: `dahai-${kind}-${i}`, ...fields })),
      ),
    );
    const { body, dbActions } = await test.raw('wx-dahai', 'users', {
      action: 'linkPhone',
      payload: { code: await issuePhoneCode(test.cloud.url, DAHAI_PHONE) },
    });
    expect(body).toMatchObject({ ok: true, data: { movedRequests: 90 } });
    // Start, remove the roster record, read account and phone holders, write the account, commit; 3 request updates, 1 message update; clear the mark.
    expect(dbActions).toBeLessThanOrEqual(10);
    expect(requestOf('dahai-open-7')).toMatchObject({
      handler: { ...dahai, id: 'wx-dahai' },
      openHandlerId: 'wx-dahai',
      handlerIds: ['demo-grid-wang', 'wx-dahai'],
      version: template.version + 1,
    });
    expect(requestOf('dahai-rejected-7')).toMatchObject({
      handler: { id: 'wx-dahai' },
      openHandlerId: null,
      handlerIds: ['wx-dahai'],
      version: template.version + 1,
    });
    expect(requestOf('dahai-escalated-7')).toMatchObject({
      handler: village,
      openHandlerId: village.id,
      handlerIds: ['wx-dahai', village.id],
      version: template.version + 1,
    });
    expect(test.cloud.store.count('requests', { handlerIds: DAHAI_ROSTER_ID })).toBe(0);
    expect(test.cloud.store.count('requests', { 'handler.id': DAHAI_ROSTER_ID })).toBe(0);
    expect(userOf('wx-dahai')).not.toHaveProperty('movingFrom');
  });

  it('takes over the messages handed to them as staff', async () => {
    await importDahai();
    dataOf(
      await test.call('demo-admin', 'admin', 'setStaffScope', {
        userId: DAHAI_ROSTER_ID,
        scopeId: 'v-hubin',
        version: versionOf(test, DAHAI_ROSTER_ID),
      }),
    );
    dataOf(
      await test.call('demo-staff-hubin', 'messages', 'handOver', {
        messageId: 'demo-ms-5',
        opId: 'to-dahai-1',
        toStaffId: DAHAI_ROSTER_ID,
        note: '低保复核请汪大海答复',
      }),
    );
    const linked = dataOf(await bind('wx-dahai', DAHAI_PHONE));
    expect(linked).toMatchObject({ movedMessages: 1 });
    expect(dataOf(await test.call('wx-dahai', 'users', 'me', {})).roles).toEqual(expect.arrayContaining(['staff', 'gridMember']));
    expect(test.cloud.store.find('messages', { _id: 'demo-ms-5' })[0]).toMatchObject({ ownerId: 'wx-dahai', ownerName: '汪大海' });
  });

  it("keeps the account's own choices when a registered resident binds the phone the roster has", async () => {
    await importDahai();
    dataOf(await test.call('wx-dahai', 'users', 'chooseGrid', { gridId: 'g-hubin-2' }));
    dataOf(await test.call('wx-dahai', 'users', 'setPreferences', { elderMode: true, save: { device: 'dahai-phone', seq: 1 } }));
    dataOf(await bind('wx-dahai', DAHAI_PHONE));
    expect(dataOf(await test.call('wx-dahai', 'users', 'me', {}))).toMatchObject({
      name: '汪大海',
      elderMode: true,
      homeGrid: { grid: { id: 'g-hubin-2' } },
      roles: ['resident', 'gridMember'],
    });
  });

  it('keeps the department the imported person was made staff of (and one the account was already in)', async () => {
    await importDahai();
    const joined = {
      departmentId: 'dep-county-minzheng',
      userId: DAHAI_ROSTER_ID,
      member: true,
      version: versionOf(test, DAHAI_ROSTER_ID),
    };
    dataOf(await test.call('demo-admin', 'admin', 'setDepartmentMember', joined));
    dataOf(await test.call('wx-dahai', 'users', 'chooseGrid', { gridId: 'g-hubin-1' }));
    dataOf(await bind('wx-dahai', DAHAI_PHONE));
    expect(userOf('wx-dahai')).toMatchObject({ roles: expect.arrayContaining(['departmentStaff']), departmentId: 'dep-county-minzheng' });
    const listed = dataOf(await test.call('demo-admin', 'admin', 'departments', { placeId: 'c-wangjiang' }));
    expect(listed.departments.find((d) => d.id === 'dep-county-minzheng')?.staff.map((p) => p.name)).toContain('汪大海');

    // An account already in a department taking over someone imported later keeps it too.
    const LATER = '13800000031';
    await importRosterCsv(test, [['汪小海', LATER, '第一网格（汪屋组）', '网格员', '治安', '否']]);
    // A registered account with a name (a department takes only people it can name).
    test.cloud.store.insertMany('users', [
      {
        _id: 'wx-xiaohai',
        name: '小海',
        roles: ['resident'],
        homeGridId: 'g-hubin-1',
        householdTags: [],
        gridDuties: [],
        nodeDuties: [],
        staffScopeId: null,
        elderMode: false,
        createdAt: new Date(),
      },
    ]);
    dataOf(
      await test.call('demo-admin', 'admin', 'setDepartmentMember', {
        ...joined,
        userId: 'wx-xiaohai',
        version: versionOf(test, 'wx-xiaohai'),
      }),
    );
    dataOf(await bind('wx-xiaohai', LATER));
    expect(userOf('wx-xiaohai')).toMatchObject({
      roles: expect.arrayContaining(['departmentStaff', 'gridMember']),
      departmentId: 'dep-county-minzheng',
    });
  });

  it('moves a request that reached the imported person after the take-over when the phone is bound again', async () => {
    await importDahai();
    dataOf(await bind('wx-dahai', DAHAI_PHONE));
    // Routing that read the roster before the take-over and wrote after it.
    const late = {
      ...requestOf('demo-rq-1'),
      _id: 'late-rq',
      handler: { id: DAHAI_ROSTER_ID, name: '汪大海', title: '网格员' },
      openHandlerId: DAHAI_ROSTER_ID,
      handlerIds: [DAHAI_ROSTER_ID],
    };
    test.cloud.store.insertMany('requests', [late as unknown as Record<string, unknown>]);
    const again = dataOf(await bind('wx-dahai', DAHAI_PHONE));
    expect(again).toMatchObject({ rosterName: null, movedRequests: 1 });
    // One atomic update of the request (open handler, handler and its place in handlerIds), bumping the version so a step read before it is refused.
    expect(requestOf('late-rq')).toMatchObject({
      handler: { id: 'wx-dahai' },
      openHandlerId: 'wx-dahai',
      handlerIds: ['wx-dahai'],
      version: late.version + 1,
    });
  });

  it('finishes a take-over cut short by a crash the next time the person opens the app', async () => {
    // The crash: the take-over committed (the account is marked as moving from the roster record, which is gone), the requests were not moved yet.
    const rosterId = 'roster-13800000099';
    const account = { ...userOf('demo-resident-wang'), _id: 'wx-crashed', phone: '13800000099', movingFrom: rosterId };
    const stuck = {
      ...requestOf('demo-rq-1'),
      _id: 'stuck-rq',
      handler: { id: rosterId, name: '汪小海', title: '网格员' },
      openHandlerId: rosterId,
      handlerIds: [rosterId],
    };
    // One escalated away from them: only its history names them.
    const village = { id: 'demo-cadre-hubin', name: '汪书记', title: '村党总支书记' };
    const escalated = { ...stuck, _id: 'escalated-rq', handler: village, openHandlerId: village.id, handlerIds: [rosterId, village.id] };
    test.cloud.store.insertMany('users', [account]);
    test.cloud.store.insertMany('requests', [stuck, escalated]);

    const opened = await test.raw('wx-crashed', 'users', { action: 'me', payload: {} });
    expect(requestOf('stuck-rq')).toMatchObject({ handler: { id: 'wx-crashed' }, openHandlerId: 'wx-crashed', handlerIds: ['wx-crashed'] });
    // The history moves, the current handler stays (the name too: it is the same person).
    expect(requestOf('escalated-rq')).toMatchObject({ handler: village, openHandlerId: village.id });
    expect([...requestOf('escalated-rq').handlerIds].sort()).toEqual([village.id, 'wx-crashed'].sort());
    expect(requestOf('stuck-rq').handler).toEqual({ id: 'wx-crashed', name: '汪小海', title: '网格员' });
    expect(userOf('wx-crashed')).not.toHaveProperty('movingFrom');
    // Once finished, opening the app costs what it does for anyone.
    const again = await test.raw('wx-crashed', 'users', { action: 'me', payload: {} });
    expect(again.dbActions).toBeLessThan(opened.dbActions);
  });

  it('lets only one of two accounts binding the same imported phone at once become that person', async () => {
    await importDahai();
    const [first, second] = await Promise.all([bind('wx-dahai', DAHAI_PHONE), bind('wx-impostor', DAHAI_PHONE)]);
    expect([envelopeCode(first), envelopeCode(second)].sort()).toEqual(['PHONE_TAKEN', 'ok']);
    expect(test.cloud.store.find('users', { phone: DAHAI_PHONE })).toHaveLength(1);
  });
});

describe('a resident binds their phone', () => {
  it('sees the request a grid member filed for that phone on their behalf (代办)', async () => {
    const proxy = dataOf(
      await test.call('demo-grid-wang', 'requests', 'fileOnBehalf', {
        clientKey: 'phone-link-proxy-1',
        gridId: 'g-hubin-1',
        categoryId: 'proxy',
        text: '汪奶奶的身份证过期了，想请人帮忙办理换证。',
        photos: [],
        location: { address: '汪屋组12号' },
        publicName: false,
        residentName: '汪桂花',
        household: '汪屋组12号',
        residentPhone: '13800000031',
      }),
    );
    dataOf(await test.call('wx-guihua', 'users', 'chooseGrid', { gridId: 'g-hubin-1' }));
    expect(dataOf(await test.call('wx-guihua', 'requests', 'mine', { status: 'open' })).items).toHaveLength(0);
    expect(dataOf(await bind('wx-guihua', '13800000031'))).toEqual({ rosterName: null, movedRequests: 0, movedMessages: 0 });
    expect(dataOf(await test.call('wx-guihua', 'users', 'me', {})).phone).toBe('13800000031');
    expect(dataOf(await test.call('wx-guihua', 'requests', 'mine', { status: 'open' })).items.map((item) => item.id)).toEqual([
      proxy.request.id,
    ]);
  });
});

describe('refusals write nothing', () => {
  it.each([
    ['a phone another WeChat account holds', 'demo-resident-li', '13905560101', 'PHONE_TAKEN'],
    ['a first visit with a phone nobody imported', 'wx-stranger', '13800000099', 'NOT_ON_ROSTER'],
  ])('%s', async (_label, openid, phone, code) => {
    const before = await snapshotStore(test);
    expect(envelopeCode(await bind(openid, phone))).toBe(code);
    expect(await snapshotStore(test)).toBe(before);
  });

  it('a roster record filed under the number that carries another one (damaged data): CONFLICT', async () => {
    test.cloud.store.insertMany('users', [{ ...userOf('demo-resident-sun')!, _id: 'roster-13800000055', phone: '13800000056' }]);
    const before = await snapshotStore(test);
    expect(envelopeCode(await bind('demo-resident-li', '13800000055'))).toBe('CONFLICT');
    expect(await snapshotStore(test)).toBe(before);
  });

  it('a code WeChat did not give, or one already used', async () => {
    const code = await issuePhoneCode(test.cloud.url, '13905560102');
    dataOf(await test.call('demo-resident-li', 'users', 'linkPhone', { code }));
    const before = await snapshotStore(test);
    const used = await test.call('demo-resident-li', 'users', 'linkPhone', { code });
    const made = await test.call('demo-resident-li', 'users', 'linkPhone', { code: 'made-up-code' });
    expect([envelopeCode(used), envelopeCode(made)]).toEqual(['PHONE_CODE_INVALID', 'PHONE_CODE_INVALID']);
    expect(used).toMatchObject({ message: expect.stringContaining('手机号验证没有成功') });
    expect(await snapshotStore(test)).toBe(before);
  });
});
