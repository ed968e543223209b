import type { ActionName, RequestDetailDto } from '../../cloudfunctions/contract';
import { snapshotStore } from '../support/snapshotStore';
import { startTestCloud, type TestCloud } from '../support/testCloud';
import { file, key, step } from './support/requests';

/**
 * Who may do what: every action of `requests`, driven by every role, inside
 * and outside the request's jurisdiction. The request R is filed by 王秀英 in
 * 湖滨村 第一网格 under 环境卫生, so 汪德华 holds it. Each refusal must carry
 * the code that says why and change nothing (no document, no message).
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

const PEOPLE = {
  owner: 'demo-resident-wang', // resident who filed R
  resident: 'demo-resident-zhao', // resident of another village
  partyMember: 'demo-party-long', // resident and party member, another village
  handler: 'demo-grid-wang', // grid member holding R
  gridColleague: 'demo-grid-zhou', // grid member of R's grid, not holding it
  gridOutside: 'demo-grid-chen', // grid member of another village
  staffInside: 'demo-staff-hubin', // staff over R's village
  staffOutside: 'demo-staff-taihua', // staff over another village
  staffCounty: 'demo-staff-county', // staff over the county, no resident role
  visitor: 'matrix-visitor', // never registered
} as const;
type Person = keyof typeof PEOPLE;
type Outcome = 'ok' | 'FORBIDDEN' | 'OUT_OF_JURISDICTION' | 'NOT_REGISTERED';

type Setup = 'none' | 'assigned' | 'followed' | 'accepted' | 'suspended' | 'resolved' | 'township' | 'department';

/** R escalated by its handler to 湖滨村 (李大毛), then by the village to 凉泉乡 (黄文斌); optionally assigned to 县民政局. */
async function escalatedToTownship(assigned: RequestDetailDto, department: boolean): Promise<RequestDetailDto> {
  const inVillage = await step(test, PEOPLE.handler, 'escalate', assigned, { reason: '网格解决不了' });
  const inTownship = await step(test, PEOPLE.staffInside, 'escalate', inVillage, { reason: '村里也解决不了' });
  if (!department) return inTownship;
  return step(test, 'demo-staff-township', 'assignDepartment', inTownship, {
    departmentId: 'dep-county-minzheng',
    workdays: 5,
    note: '请核实后解决',
  });
}

async function prepare(setup: Setup): Promise<RequestDetailDto | null> {
  if (setup === 'none') return null;
  const assigned = await file(test, PEOPLE.owner, { text: `权限测试 ${key('t')}` });
  if (setup === 'assigned') return assigned;
  if (setup === 'township' || setup === 'department') return escalatedToTownship(assigned, setup === 'department');
  if (setup === 'followed') {
    await test.call(PEOPLE.resident, 'requests', 'follow', { requestId: assigned.id });
    return assigned;
  }
  const accepted = await step(test, PEOPLE.handler, 'accept', assigned);
  if (setup === 'accepted') return accepted;
  if (setup === 'suspended') return step(test, PEOPLE.handler, 'suspend', accepted);
  return step(test, PEOPLE.handler, 'resolve', accepted);
}

const at = (r: RequestDetailDto | null) => ({ requestId: r!.id, version: r!.version, opId: key('op') });

interface Case {
  setup: Setup;
  payload(r: RequestDetailDto | null): Record<string, unknown>;
  expect: Record<Person, Outcome>;
}

const ALL_OK: Record<Person, Outcome> = {
  owner: 'ok',
  resident: 'ok',
  partyMember: 'ok',
  handler: 'ok',
  gridColleague: 'ok',
  gridOutside: 'ok',
  staffInside: 'ok',
  staffOutside: 'ok',
  staffCounty: 'ok',
  visitor: 'NOT_REGISTERED',
};
const HANDLER_STEP: Record<Person, Outcome> = {
  owner: 'FORBIDDEN',
  resident: 'FORBIDDEN',
  partyMember: 'FORBIDDEN',
  handler: 'ok',
  gridColleague: 'FORBIDDEN',
  gridOutside: 'OUT_OF_JURISDICTION',
  staffInside: 'ok',
  staffOutside: 'OUT_OF_JURISDICTION',
  staffCounty: 'ok',
  visitor: 'NOT_REGISTERED',
};
const RESIDENT_STEP: Record<Person, Outcome> = {
  owner: 'ok',
  resident: 'OUT_OF_JURISDICTION',
  partyMember: 'OUT_OF_JURISDICTION',
  handler: 'FORBIDDEN',
  gridColleague: 'FORBIDDEN',
  gridOutside: 'OUT_OF_JURISDICTION',
  staffInside: 'FORBIDDEN',
  staffOutside: 'OUT_OF_JURISDICTION',
  staffCounty: 'FORBIDDEN',
  visitor: 'NOT_REGISTERED',
};
/** A plan's date: 15 March of next year (China), whenever the tests run. */
const NEXT_YEAR_DATE = `${new Date().getUTCFullYear() + 1}-03-15`;
/** Only staff over the request may (staff of another village: not theirs). */
const STAFF_ONLY: Record<Person, Outcome> = {
  owner: 'FORBIDDEN',
  resident: 'FORBIDDEN',
  partyMember: 'FORBIDDEN',
  handler: 'FORBIDDEN',
  gridColleague: 'FORBIDDEN',
  gridOutside: 'FORBIDDEN',
  staffInside: 'ok',
  staffOutside: 'OUT_OF_JURISDICTION',
  staffCounty: 'ok',
  visitor: 'NOT_REGISTERED',
};
const FILE = { gridId: 'g-hubin-1', categoryId: 'environment', text: '村口有个大坑', photos: [], publicName: false };

const CASES: { [A in ActionName<'requests'>]: Case } = {
  formOptions: { setup: 'none', payload: () => ({}), expect: ALL_OK },
  similar: { setup: 'none', payload: () => ({ gridId: 'g-hubin-1', categoryId: 'environment' }), expect: ALL_OK },
  submit: {
    setup: 'none',
    payload: () => ({ ...FILE, clientKey: key('s') }),
    expect: { ...ALL_OK, staffCounty: 'FORBIDDEN' },
  },
  fileOnBehalf: {
    setup: 'none',
    payload: () => ({ ...FILE, clientKey: key('p'), residentName: '汪大爷', household: '汪屋组3号', residentPhone: '13905569003' }),
    expect: {
      owner: 'FORBIDDEN',
      resident: 'FORBIDDEN',
      partyMember: 'FORBIDDEN',
      handler: 'ok',
      gridColleague: 'ok',
      gridOutside: 'OUT_OF_JURISDICTION',
      staffInside: 'ok',
      staffOutside: 'OUT_OF_JURISDICTION',
      staffCounty: 'ok',
      visitor: 'NOT_REGISTERED',
    },
  },
  follow: {
    setup: 'assigned',
    payload: (r) => ({ requestId: r!.id }),
    expect: {
      owner: 'FORBIDDEN',
      resident: 'ok',
      partyMember: 'ok',
      handler: 'FORBIDDEN',
      gridColleague: 'FORBIDDEN',
      gridOutside: 'ok',
      staffInside: 'FORBIDDEN',
      staffOutside: 'ok',
      staffCounty: 'FORBIDDEN',
      visitor: 'NOT_REGISTERED',
    },
  },
  unfollow: {
    setup: 'followed',
    payload: (r) => ({ requestId: r!.id }),
    expect: {
      owner: 'FORBIDDEN',
      resident: 'ok',
      partyMember: 'OUT_OF_JURISDICTION',
      handler: 'FORBIDDEN',
      gridColleague: 'FORBIDDEN',
      gridOutside: 'OUT_OF_JURISDICTION',
      staffInside: 'FORBIDDEN',
      staffOutside: 'OUT_OF_JURISDICTION',
      staffCounty: 'FORBIDDEN',
      visitor: 'NOT_REGISTERED',
    },
  },
  mine: { setup: 'none', payload: () => ({ status: 'open' }), expect: { ...ALL_OK, staffCounty: 'FORBIDDEN' } },
  detail: {
    setup: 'assigned',
    payload: (r) => ({ requestId: r!.id }),
    expect: {
      owner: 'ok',
      resident: 'OUT_OF_JURISDICTION',
      partyMember: 'OUT_OF_JURISDICTION',
      handler: 'ok',
      gridColleague: 'ok',
      gridOutside: 'OUT_OF_JURISDICTION',
      staffInside: 'ok',
      staffOutside: 'OUT_OF_JURISDICTION',
      staffCounty: 'ok',
      visitor: 'NOT_REGISTERED',
    },
  },
  inbox: {
    setup: 'none',
    payload: () => ({ view: 'area' }),
    expect: { ...ALL_OK, owner: 'FORBIDDEN', resident: 'FORBIDDEN', partyMember: 'FORBIDDEN' },
  },
  accept: {
    setup: 'assigned',
    payload: at,
    expect: { ...HANDLER_STEP, staffInside: 'FORBIDDEN', staffCounty: 'FORBIDDEN' },
  },
  addNote: {
    setup: 'accepted',
    payload: (r) => ({ requestId: r!.id, opId: key('n'), text: '记录一下', photos: [], internal: false }),
    expect: { ...HANDLER_STEP, gridColleague: 'ok' },
  },
  resolve: { setup: 'accepted', payload: (r) => ({ ...at(r), outcome: '已处理', photos: [] }), expect: HANDLER_STEP },
  escalate: { setup: 'accepted', payload: (r) => ({ ...at(r), reason: '需要上级协调' }), expect: HANDLER_STEP },
  suspend: { setup: 'accepted', payload: (r) => ({ ...at(r), reason: '等待材料' }), expect: HANDLER_STEP },
  resume: { setup: 'suspended', payload: at, expect: HANDLER_STEP },
  reject: { setup: 'accepted', payload: (r) => ({ ...at(r), kind: 'notOurs', reason: '不归这里管' }), expect: HANDLER_STEP },
  rate: { setup: 'resolved', payload: (r) => ({ ...at(r), stars: 5 }), expect: RESIDENT_STEP },
  notSolved: { setup: 'resolved', payload: (r) => ({ ...at(r), reason: '没有修好' }), expect: RESIDENT_STEP },
  recategorize: {
    setup: 'assigned',
    payload: (r) => ({ ...at(r), categoryId: 'mediation' }),
    expect: STAFF_ONLY,
  },
  handOptions: { setup: 'assigned', payload: (r) => ({ requestId: r!.id }), expect: { ...HANDLER_STEP, gridColleague: 'ok' } },
  assignDepartment: {
    setup: 'township',
    payload: (r) => ({ ...at(r), departmentId: 'dep-county-minzheng', workdays: 5, note: '请县民政局核实' }),
    expect: {
      ...HANDLER_STEP,
      handler: 'FORBIDDEN',
      gridOutside: 'FORBIDDEN',
      // A village's staff see it but do not assign departments: the township (or the county) does.
      staffInside: 'FORBIDDEN',
    },
  },
  // Only a department's staff hand a request back (their own matrix: departments.test.ts).
  returnToTownship: {
    setup: 'department',
    payload: (r) => ({ ...at(r), reason: '不归本部门办理' }),
    expect: {
      ...HANDLER_STEP,
      handler: 'FORBIDDEN',
      gridOutside: 'FORBIDDEN',
      staffInside: 'FORBIDDEN',
      staffOutside: 'FORBIDDEN',
      staffCounty: 'FORBIDDEN',
    },
  },
  reassign: { setup: 'accepted', payload: (r) => ({ ...at(r), personId: 'demo-grid-zhou', note: '请周义青接手' }), expect: HANDLER_STEP },
  explain: { setup: 'accepted', payload: (r) => ({ ...at(r), explanation: '这是政策规定，暂时不能办' }), expect: HANDLER_STEP },
  plan: {
    setup: 'accepted',
    payload: (r) => ({ ...at(r), explanation: '需要项目资金', plan: '列入明年村道计划', targetDate: NEXT_YEAR_DATE }),
    expect: HANDLER_STEP,
  },
  // Staff's list of their jurisdiction's plans: staff of any place may read theirs; nobody else.
  plans: {
    setup: 'none',
    payload: () => ({}),
    expect: { ...STAFF_ONLY, staffOutside: 'ok' },
  },
};

const rows = (Object.keys(CASES) as Array<ActionName<'requests'>>).flatMap((action) =>
  (Object.keys(PEOPLE) as Person[]).map((person) => ({ action, person, outcome: CASES[action].expect[person] })),
);

it.each(rows)('$action by $person: $outcome', async ({ action, person, outcome }) => {
  const spec = CASES[action];
  const request = await prepare(spec.setup);
  const before = await snapshotStore(test);
  const outboxBefore = test.cloud.outbox().length;
  const result = await test.call(PEOPLE[person], 'requests', action, spec.payload(request) as never);
  if (outcome === 'ok') {
    expect(result).toEqual(expect.objectContaining({ ok: true }));
    return;
  }
  expect(result).toEqual(expect.objectContaining({ ok: false, code: outcome }));
  expect((result as { message: string }).message).toMatch(/[\u4e00-\u9fa5]/);
  expect(await snapshotStore(test)).toBe(before);
  expect(test.cloud.outbox().length).toBe(outboxBefore);
});

it('keeps lists to what each may see', async () => {
  const request = await file(test, PEOPLE.owner, { text: '只在本村可见' });
  // Every page of the list (they come a page at a time after a cursor).
  const ids = async (person: Person, action: 'mine' | 'inbox', payload: Record<string, unknown>) => {
    const all: string[] = [];
    let after: unknown = null;
    do {
      const result = await test.call(PEOPLE[person], 'requests', action, { ...payload, ...(after ? { after } : {}) } as never);
      if (!result.ok) throw new Error(result.code);
      const page = result.data as { items: Array<{ id: string }>; next: unknown };
      all.push(...page.items.map((item) => item.id));
      after = page.next;
    } while (after);
    return all;
  };
  expect(await ids('owner', 'mine', { status: 'open' })).toContain(request.id);
  expect(await ids('resident', 'mine', { status: 'open' })).not.toContain(request.id);
  expect(await ids('handler', 'inbox', { view: 'mine' })).toContain(request.id);
  expect(await ids('gridColleague', 'inbox', { view: 'mine' })).not.toContain(request.id);
  expect(await ids('gridColleague', 'inbox', { view: 'area' })).toContain(request.id);
  expect(await ids('gridOutside', 'inbox', { view: 'area' })).not.toContain(request.id);
  expect(await ids('staffInside', 'inbox', { view: 'area' })).toContain(request.id);
  expect(await ids('staffOutside', 'inbox', { view: 'area' })).not.toContain(request.id);
  expect(await ids('staffCounty', 'inbox', { view: 'area' })).toContain(request.id);
  const similar = await test.call(PEOPLE.resident, 'requests', 'similar', { gridId: 'g-hubin-1', categoryId: 'environment' });
  if (!similar.ok) throw new Error(similar.code);
  // Phone numbers never; names only with consent (this one did not give it).
  expect(JSON.stringify(similar)).not.toContain('13905560101');
  expect(similar.data.items.find((item) => item.id === request.id)?.residentLabel).toBe('群众');
});
