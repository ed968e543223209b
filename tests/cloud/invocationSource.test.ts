import { FunctionCatalog } from '../../localcloud/runtime/function-catalog';
import { functionNames, functionsOutDir } from '../../scripts/build-functions';
import { snapshotStore } from '../support/snapshotStore';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * Who may run what, as WeChat decides it: a timer only when the platform's
 * trigger fires it (getWXContext().SOURCE wx_trigger, no user), an action
 * only for a WeChat user (an OPENID). Everything here comes over HTTP, as an
 * attacker's would, and must be refused without writing anything.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
  // An imported person (no WeChat account) and a record from before verified phones, which the migration would change.
  await test.cloud.store.insertMany('users', [
    {
      _id: 'roster-13905568100',
      name: '汪大海',
      phone: '13905568100',
      roles: ['resident', 'gridMember'],
      homeGridId: 'g-hubin-1',
      householdTags: [],
      gridDuties: [{ gridId: 'g-hubin-1', title: '网格员', categoryIds: ['environment'], firstResponsible: false }],
      nodeDuties: [],
      staffScopeId: null,
      elderMode: false,
      createdAt: new Date(),
      contactPhone: null,
      rosterName: '汪大海',
    },
    {
      _id: 'legacy-1',
      name: '老用户',
      phone: '13905568200',
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
});
afterAll(() => test.close());

/** Every timer trigger of every deployable function, as config.json declares it. */
const catalog = new FunctionCatalog(functionsOutDir);
const TIMERS = functionNames().flatMap((fn) => (catalog.get(fn)?.triggers ?? []).map((trigger) => ({ fn, trigger: trigger.name })));

async function refusedWritingNothing(openid: string | null, fn: string, event: unknown, code: string): Promise<void> {
  const before = await snapshotStore(test);
  const sent = test.cloud.outbox().length;
  const { status, body } = await test.raw(openid, fn, event);
  expect(status).toBe(200);
  expect(body).toEqual(expect.objectContaining({ ok: false, code }));
  expect(await snapshotStore(test)).toBe(before);
  expect(test.cloud.outbox().length).toBe(sent);
}

it('knows the timers it guards (requests, dashboard, servicedays, migrations, visits)', () => {
  expect(TIMERS.map(({ fn, trigger }) => `${fn}/${trigger}`).sort()).toEqual([
    'dashboard/refreshStats',
    'migrations/migrate',
    'requests/sweep',
    'servicedays/remindDayBefore',
    'visits/refreshDue',
  ]);
});

it("every function's config.json passes WeChat's trigger rules (one timer, a valid name, a 7-field cron)", () => {
  for (const fn of functionNames()) expect({ fn, problems: catalog.get(fn)?.triggerProblems }).toEqual({ fn, problems: [] });
});

describe.each(TIMERS)('$fn/$trigger from outside', ({ fn, trigger }) => {
  const event = { Type: 'Timer', TriggerName: trigger, Time: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') };

  it("is refused without a user (WeChat's HTTP API is no timer)", async () => {
    // Past a deadline, so a sweep that ran would escalate and write.
    test.cloud.setClockOffset(40 * 24 * 3600_000);
    try {
      await refusedWritingNothing(null, fn, event, 'UNAUTHENTICATED');
      await refusedWritingNothing(null, fn, { ...event, Message: '' }, 'UNAUTHENTICATED');
    } finally {
      test.cloud.setClockOffset(0);
    }
  });

  it('is refused from a user, staff and administrators included', async () => {
    for (const openid of ['demo-resident-wang', 'demo-staff-county', 'demo-admin']) {
      await refusedWritingNothing(openid, fn, event, fn === 'migrations' ? 'FORBIDDEN' : 'UNKNOWN_ACTION');
    }
  });

  it('is refused with a forged source or user info in the event', async () => {
    const forged = {
      ...event,
      SOURCE: 'wx_trigger',
      TCB_SOURCE: 'wx_trigger',
      userInfo: { appId: 'wx', openId: '' },
      source: 'wx_trigger',
    };
    await refusedWritingNothing(null, fn, forged, 'UNAUTHENTICATED');
  });
});

it('runs a timer only for the platform, which the local runtime plays with fireTimer', async () => {
  const { result } = await test.cloud.fireTimer('migrations', 'migrate');
  expect(result).toEqual({ ok: true, data: expect.objectContaining({ done: true }) });
  expect(test.cloud.store.find('users', { _id: 'legacy-1' })[0]).toMatchObject({ phone: '13905568200', contactPhone: null });
});

it('refuses timer events naming what every object inherits', async () => {
  for (const fn of ['requests', 'dashboard']) {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      await refusedWritingNothing(null, fn, { Type: 'Timer', TriggerName: name, Time: '2026-01-01T00:00:00Z' }, 'UNAUTHENTICATED');
    }
  }
});

describe('actions need a WeChat user', () => {
  it('refuses a call without a user, whatever identity the event claims', async () => {
    const claims = [
      { action: 'me', payload: {}, userInfo: { appId: 'wxlocaldev00000000', openId: 'demo-admin' } },
      { action: 'me', payload: {}, openid: 'demo-admin', OPENID: 'demo-admin', WX_OPENID: 'demo-admin' },
      { action: 'me', payload: {}, SOURCE: 'wx_client' },
    ];
    for (const event of claims) await refusedWritingNothing(null, 'users', event, 'UNAUTHENTICATED');
    await refusedWritingNothing(
      null,
      'admin',
      { action: 'setHolidays', payload: { holidays: [], workdays: [], version: 0 }, userInfo: { openId: 'demo-admin' } },
      'UNAUTHENTICATED',
    );
  });

  it('acts as the caller WeChat names, never as the one the event names', async () => {
    const { body } = await test.raw('stranger-x', 'users', {
      action: 'me',
      payload: {},
      userInfo: { appId: 'wx', openId: 'demo-admin' },
      openid: 'demo-admin',
    });
    expect(body).toEqual({ ok: true, data: expect.objectContaining({ registered: false, roles: [] }) });
    await refusedWritingNothing(
      'stranger-x',
      'admin',
      { action: 'setHolidays', payload: { holidays: [], workdays: [], version: 0 }, userInfo: { openId: 'demo-admin' } },
      'NOT_REGISTERED',
    );
  });

  it("refuses an imported person's id as a caller: nobody has that account", async () => {
    await refusedWritingNothing('roster-13905568100', 'requests', { action: 'inbox', payload: { view: 'mine' } }, 'UNAUTHENTICATED');
    await refusedWritingNothing(
      'roster-13905568100',
      'users',
      { action: 'chooseGrid', payload: { gridId: 'g-hubin-1' } },
      'UNAUTHENTICATED',
    );
  });

  it('does not let a migration be run by a user or over HTTP', async () => {
    await test.cloud.store.insertMany('users', [
      {
        _id: 'legacy-2',
        name: '老用户二',
        phone: '13905568300',
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
    await refusedWritingNothing('demo-admin', 'migrations', {}, 'FORBIDDEN');
    await refusedWritingNothing(null, 'migrations', {}, 'UNAUTHENTICATED');
    await refusedWritingNothing('demo-admin', 'migrations', { action: 'migrate', payload: {} }, 'FORBIDDEN');
  });

  it('keeps every other caller working', async () => {
    expect(dataOf(await test.call('demo-resident-wang', 'users', 'me', {}))).toMatchObject({ registered: true, phone: '13905560101' });
  });
});
