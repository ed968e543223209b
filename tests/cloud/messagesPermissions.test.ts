import type { ActionName } from '../../cloudfunctions/contract';
import { snapshotStore } from '../support/snapshotStore';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { file, key } from './support/requests';

/**
 * Who may do what: every action of `messages` and `dashboard`, driven by
 * every role, inside and outside the jurisdiction. The message M is left by
 * 王秀英 for 湖滨村; the overdue request R is hers too. Each refusal carries
 * the code that says why and changes nothing (no document, no message).
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

const PEOPLE = {
  owner: 'demo-resident-wang', // resident who wrote M (湖滨村)
  resident: 'demo-resident-zhao', // resident of another village
  partyMember: 'demo-party-long', // resident and party member, another village
  handler: 'demo-grid-wang', // grid member of M's grid (not staff)
  gridOutside: 'demo-grid-chen', // grid member of another village
  staffInside: 'demo-staff-hubin', // staff over 湖滨村
  staffOutside: 'demo-staff-taihua', // staff over 太华村
  staffCounty: 'demo-staff-county', // staff over the county, no resident role
  visitor: 'matrix-visitor', // never registered
} as const;
type Person = keyof typeof PEOPLE;
type Outcome = 'ok' | 'FORBIDDEN' | 'OUT_OF_JURISDICTION' | 'NOT_REGISTERED' | 'MESSAGE_OWNED';

type Setup = 'none' | 'message' | 'owned' | 'answered' | 'overdue';

interface Prepared {
  messageId: string;
  requestId: string;
}

async function prepare(setup: Setup): Promise<Prepared> {
  const none = { messageId: 'none', requestId: 'none' };
  if (setup === 'none') return none;
  if (setup === 'overdue') {
    const request = await file(test, PEOPLE.owner, { text: `督办测试 ${key('t')}` });
    const past = new Date(Date.now() - 3 * 86_400_000);
    test.cloud.store.documents.update(
      'requests',
      { _id: request.id },
      { $set: { deadline: past } },
      { multi: false, replace: false, upsert: false },
    );
    return { ...none, requestId: request.id };
  }
  const left = dataOf(
    await test.call(PEOPLE.owner, 'messages', 'leave', {
      clientKey: key('m'),
      text: `权限测试 ${key('t')}`,
      photos: [],
      publicConsent: true,
    }),
  ).message;
  if (setup === 'owned') dataOf(await test.call(PEOPLE.staffInside, 'messages', 'open', { messageId: left.id }));
  if (setup === 'answered') {
    dataOf(await test.call(PEOPLE.staffInside, 'messages', 'reply', { messageId: left.id, opId: key('r'), text: '已答复', photos: [] }));
  }
  return { ...none, messageId: left.id };
}

interface Case {
  setup: Setup;
  payload(p: Prepared): Record<string, unknown>;
  expect: Record<Person, Outcome>;
}

const RESIDENTS_OK: Record<Person, Outcome> = {
  owner: 'ok',
  resident: 'ok',
  partyMember: 'ok',
  handler: 'ok',
  gridOutside: 'ok',
  staffInside: 'ok',
  staffOutside: 'ok',
  staffCounty: 'FORBIDDEN',
  visitor: 'NOT_REGISTERED',
};
const STAFF_ANY: Record<Person, Outcome> = {
  owner: 'FORBIDDEN',
  resident: 'FORBIDDEN',
  partyMember: 'FORBIDDEN',
  handler: 'FORBIDDEN',
  gridOutside: 'FORBIDDEN',
  staffInside: 'ok',
  staffOutside: 'ok',
  staffCounty: 'ok',
  visitor: 'NOT_REGISTERED',
};
const STAFF_OVER: Record<Person, Outcome> = { ...STAFF_ANY, staffOutside: 'OUT_OF_JURISDICTION' };

type Actions = { [A in ActionName<'messages'>]: Case } & { [A in ActionName<'dashboard'> as `dashboard.${A}`]: Case };

const CASES: Actions = {
  leave: {
    setup: 'none',
    payload: () => ({ clientKey: key('l'), text: '想问个事', photos: [], publicConsent: false }),
    expect: RESIDENTS_OK,
  },
  answer: {
    setup: 'answered',
    payload: (p) => ({ messageId: p.messageId, opId: key('a'), text: '谢谢', photos: [] }),
    expect: {
      owner: 'ok',
      resident: 'OUT_OF_JURISDICTION',
      partyMember: 'OUT_OF_JURISDICTION',
      handler: 'OUT_OF_JURISDICTION',
      gridOutside: 'OUT_OF_JURISDICTION',
      staffInside: 'FORBIDDEN',
      staffOutside: 'OUT_OF_JURISDICTION',
      staffCounty: 'FORBIDDEN',
      visitor: 'NOT_REGISTERED',
    },
  },
  mine: { setup: 'none', payload: () => ({}), expect: RESIDENTS_OK },
  detail: {
    setup: 'message',
    payload: (p) => ({ messageId: p.messageId }),
    expect: {
      owner: 'ok',
      resident: 'OUT_OF_JURISDICTION',
      partyMember: 'OUT_OF_JURISDICTION',
      handler: 'OUT_OF_JURISDICTION',
      gridOutside: 'OUT_OF_JURISDICTION',
      staffInside: 'ok',
      staffOutside: 'OUT_OF_JURISDICTION',
      staffCounty: 'ok',
      visitor: 'NOT_REGISTERED',
    },
  },
  staffList: { setup: 'none', payload: () => ({ view: 'waiting' }), expect: STAFF_ANY },
  open: { setup: 'message', payload: (p) => ({ messageId: p.messageId }), expect: STAFF_OVER },
  reply: { setup: 'message', payload: (p) => ({ messageId: p.messageId, opId: key('r'), text: '答复', photos: [] }), expect: STAFF_OVER },
  handOver: {
    setup: 'owned',
    payload: (p) => ({ messageId: p.messageId, opId: key('h'), toStaffId: 'demo-staff-township', note: '请乡里答复' }),
    expect: { ...STAFF_OVER, staffCounty: 'MESSAGE_OWNED' },
  },
  toRequest: { setup: 'message', payload: (p) => ({ messageId: p.messageId, categoryId: 'environment' }), expect: STAFF_OVER },
  publish: { setup: 'answered', payload: (p) => ({ messageId: p.messageId }), expect: STAFF_OVER },
  board: { setup: 'none', payload: () => ({}), expect: { ...RESIDENTS_OK, staffCounty: 'ok' } },
  'dashboard.overview': { setup: 'none', payload: () => ({ from: '2026-01', to: '2026-12' }), expect: STAFF_ANY },
  'dashboard.remind': { setup: 'overdue', payload: (p) => ({ requestId: p.requestId, opId: key('d') }), expect: STAFF_OVER },
  // Every staff member sees their own jurisdiction's agents (tests/cloud/dashboardProxyAgents.test.ts: which ones).
  'dashboard.proxyAgents': { setup: 'none', payload: () => ({ kind: 'month', year: 2026, number: 12 }), expect: STAFF_ANY },
};

const rows = (Object.keys(CASES) as Array<keyof Actions>).flatMap((action) =>
  (Object.keys(PEOPLE) as Person[]).map((person) => ({ action, person, outcome: CASES[action].expect[person] })),
);

it.each(rows)('$action by $person: $outcome', async ({ action, person, outcome }) => {
  const spec = CASES[action];
  const prepared = await prepare(spec.setup);
  const [fn, name] = action.startsWith('dashboard.') ? ['dashboard', action.slice(10)] : ['messages', action];
  const before = await snapshotStore(test);
  const outboxBefore = test.cloud.outbox().length;
  const { body } = await test.raw(PEOPLE[person], fn, { action: name, payload: spec.payload(prepared) });
  const result = body as { ok: boolean; code?: string; message?: string };
  if (outcome === 'ok') {
    expect(result).toEqual(expect.objectContaining({ ok: true }));
    return;
  }
  expect(result).toEqual(expect.objectContaining({ ok: false, code: outcome }));
  expect(result.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(await snapshotStore(test)).toBe(before);
  expect(test.cloud.outbox().length).toBe(outboxBefore);
});

it('keeps lists to what each may see', async () => {
  const { messageId } = await prepare('message');
  const ids = async (person: Person, fn: 'mine' | 'staffList') => {
    const payload = fn === 'mine' ? {} : { view: 'waiting' as const };
    const data = dataOf(await test.call(PEOPLE[person], 'messages', fn, payload as never)) as { items: Array<{ id: string }> };
    return data.items.map((item) => item.id);
  };
  expect(await ids('owner', 'mine')).toContain(messageId);
  expect(await ids('resident', 'mine')).not.toContain(messageId);
  expect(await ids('staffInside', 'staffList')).toContain(messageId);
  expect(await ids('staffCounty', 'staffList')).toContain(messageId);
  expect(await ids('staffOutside', 'staffList')).not.toContain(messageId);
  const inside = dataOf(await test.call(PEOPLE.staffInside, 'dashboard', 'overview', { from: '2026-01', to: '2026-12' }));
  const outside = dataOf(await test.call(PEOPLE.staffOutside, 'dashboard', 'overview', { from: '2026-01', to: '2026-12' }));
  expect(inside.scope.name).toBe('湖滨村');
  expect(outside.grids.every((g) => g.village === '太华村')).toBe(true);
  expect(inside.grids.every((g) => g.village === '湖滨村')).toBe(true);
});
