import type { ActionName, FunctionName } from '../../cloudfunctions/contract';
import { sessionIdOf } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { DEMO_SERVICE_DAY_ID, demoBookingDate } from '../../localcloud/seed/demoServiceDays';
import { snapshotStore } from '../support/snapshotStore';
import { startTestCloud, type TestCloud } from '../support/testCloud';
import { key } from './support/requests';

/**
 * The authorization table of issue 12: for every action that reads or
 * writes a request, a booking, a claim, a service log or a message, a user
 * who holds only a typed phone equal to the owner's gets nothing of the
 * owner's. A refused call writes nothing; a read shows nothing of theirs; a
 * write the twin may make is theirs alone.
 *
 * The twins are made as the old code made them: an account whose party
 * report (with the owner's number) was approved got that number copied onto
 * it. The migration then finds it and keeps it as contact information only.
 * Owners: 王秀英 (requests demo-rq-1/2/7/9, booking 100001, messages
 * demo-ms-1/4), 吴德旺 (代办 demo-rq-6, no account), 高秀山 (post
 * p-hubin2-public, logs l-gao-*).
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
  await makeTwins();
});
afterAll(() => test.close());

const TWINS = {
  wang: { id: 'twin-wang', name: '王秀英', phone: '13905560101', gridId: 'g-hubin-1', branchId: 'b-hubin' },
  wu: { id: 'twin-wu', name: '吴德旺', phone: '13905569001', gridId: 'g-taihua-3', branchId: 'b-taihua' },
  gao: { id: 'twin-gao', name: '高秀山', phone: '13905563001', gridId: 'g-hubin-2', branchId: 'b-hubin' },
} as const;
type Twin = keyof typeof TWINS;

/**
 * The owners' private things: any of these in a twin's answer is a leak.
 * (demo-rq-1 is not among them: 王秀英 let its timeline be public, and anyone may follow it.)
 */
const OWNED: Record<Twin, string[]> = {
  wang: ['demo-rq-2', 'demo-rq-7', 'demo-rq-9', '100001', 'demo-ms-1', 'demo-ms-4'],
  wu: ['demo-rq-6'],
  gao: ['l-gao-1', 'l-gao-2', 'l-gao-3'],
};

/** Records as the old code left them: `phone` copied from an approved report, no contactPhone field. */
async function makeTwins(): Promise<void> {
  const createdAt = new Date('2026-01-10T08:00:00+08:00');
  await test.cloud.store.insertMany(
    'users',
    Object.values(TWINS).map((twin) => ({
      _id: twin.id,
      name: twin.name,
      phone: twin.phone,
      roles: ['resident', 'partyMember'],
      homeGridId: twin.gridId,
      householdTags: [],
      gridDuties: [],
      nodeDuties: [],
      staffScopeId: null,
      elderMode: false,
      createdAt,
    })),
  );
  const placeIds = (gridId: string) =>
    (test.cloud.store.find('nodes', { _id: gridId })[0] as { ancestorIds: string[] }).ancestorIds.concat(gridId);
  await test.cloud.store.insertMany(
    'partyMembers',
    Object.values(TWINS).map((twin) => ({
      _id: twin.id,
      name: twin.name,
      phone: twin.phone,
      branchId: twin.branchId,
      employer: '外出务工',
      gridId: twin.gridId,
      villageId: placeIds(twin.gridId)[2],
      placeIds: placeIds(twin.gridId),
      skillKindIds: [],
      skills: '',
      status: 'approved',
      submittedAt: createdAt,
      decidedAt: createdAt,
      decidedBy: 'demo-staff-township',
      decidedByName: '黄文斌',
      rejectReason: null,
      activePostCount: 0,
    })),
  );
  const { result } = await test.cloud.fireTimer('migrations', 'migrate');
  expect(result).toEqual({ ok: true, data: expect.objectContaining({ movedToContact: 3, done: true }) });
}

it("the migration keeps each twin's number as contact information only, and the owners' verified", () => {
  for (const twin of Object.values(TWINS)) {
    expect(test.cloud.store.find('users', { _id: twin.id })[0]).toMatchObject({ phone: '', contactPhone: twin.phone });
  }
  expect(test.cloud.store.find('users', { _id: 'demo-resident-wang' })[0]).toMatchObject({ phone: '13905560101' });
  expect(test.cloud.store.find('users', { _id: 'demo-party-gao' })[0]).toMatchObject({ phone: '13905563001' });
});

const session = sessionIdOf(DEMO_SERVICE_DAY_ID, demoBookingDate(new Date()));
const version = (id: string) => (test.cloud.store.find('requests', { _id: id })[0] as { version: number }).version;
const step = (id: string) => ({ requestId: id, version: version(id), opId: key('t') });

/**
 * refused: an error envelope, nothing written, nothing sent.
 * clean: answered, nothing written, nothing of the owner's in the answer.
 * own: the twin's own write, attributed to the twin (checked by `then`).
 */
type Outcome = 'refused' | 'clean' | 'own';
interface Case {
  twin: Twin;
  payload: () => Record<string, unknown>;
  outcome: Outcome;
  then?: (data: unknown) => void;
}
type Table<F extends FunctionName> = { [A in ActionName<F>]: Case[] };

const FILE = { gridId: 'g-hubin-1', categoryId: 'environment', text: '村口垃圾没人收', photos: [], publicName: false };

const requests: Table<'requests'> = {
  formOptions: [
    {
      twin: 'wang',
      payload: () => ({}),
      outcome: 'clean',
      then: (d) => expect(d).toMatchObject({ contactPhone: '13905560101', phoneVerified: false }),
    },
  ],
  similar: [
    {
      twin: 'wang',
      payload: () => ({ gridId: 'g-hubin-1', categoryId: 'environment' }),
      outcome: 'clean',
      then: (d) => expect((d as { items: Array<{ own: boolean }> }).items.every((i) => !i.own)).toBe(true),
    },
  ],
  submit: [
    {
      twin: 'wang',
      payload: () => ({ ...FILE, clientKey: key('s') }),
      outcome: 'own',
      then: (d) =>
        expect((d as { request: { relation: string; resident: unknown } }).request).toMatchObject({
          relation: 'own',
          resident: { phone: '13905560101', phoneVerified: false },
        }),
    },
  ],
  fileOnBehalf: [
    {
      twin: 'wang',
      payload: () => ({ ...FILE, clientKey: key('p'), residentName: '王秀英', household: '汪屋组', residentPhone: '13905560101' }),
      outcome: 'refused',
    },
  ],
  follow: [
    {
      twin: 'wang',
      payload: () => ({ requestId: 'demo-rq-1' }),
      outcome: 'own',
      then: (d) => expect(d).toMatchObject({ relation: 'following', resident: null, location: null }),
    },
  ],
  unfollow: [{ twin: 'wu', payload: () => ({ requestId: 'demo-rq-6' }), outcome: 'refused' }],
  mine: [
    { twin: 'wang', payload: () => ({ status: 'open' }), outcome: 'clean' },
    { twin: 'wang', payload: () => ({ status: 'done' }), outcome: 'clean' },
    { twin: 'wu', payload: () => ({ status: 'open' }), outcome: 'clean' },
  ],
  detail: [
    { twin: 'wang', payload: () => ({ requestId: 'demo-rq-2' }), outcome: 'refused' },
    { twin: 'wu', payload: () => ({ requestId: 'demo-rq-6' }), outcome: 'refused' },
  ],
  inbox: [{ twin: 'wang', payload: () => ({ view: 'mine' }), outcome: 'refused' }],
  accept: [{ twin: 'wu', payload: () => step('demo-rq-6'), outcome: 'refused' }],
  addNote: [
    {
      twin: 'wu',
      payload: () => ({ requestId: 'demo-rq-6', opId: key('n'), text: '我就是吴德旺', photos: [], internal: false }),
      outcome: 'refused',
    },
  ],
  resolve: [{ twin: 'wang', payload: () => ({ ...step('demo-rq-2'), outcome: '已经好了', photos: [] }), outcome: 'refused' }],
  escalate: [{ twin: 'wang', payload: () => ({ ...step('demo-rq-2'), reason: '要找上级' }), outcome: 'refused' }],
  suspend: [{ twin: 'wu', payload: () => ({ ...step('demo-rq-6'), reason: '先放一放' }), outcome: 'refused' }],
  resume: [{ twin: 'wang', payload: () => step('demo-rq-2'), outcome: 'refused' }],
  reject: [{ twin: 'wu', payload: () => ({ ...step('demo-rq-6'), kind: 'notOurs', reason: '不用办了' }), outcome: 'refused' }],
  rate: [
    { twin: 'wang', payload: () => ({ ...step('demo-rq-7'), stars: 1, comment: '差' }), outcome: 'refused' },
    { twin: 'wu', payload: () => ({ ...step('demo-rq-6'), stars: 1 }), outcome: 'refused' },
  ],
  notSolved: [
    { twin: 'wang', payload: () => ({ ...step('demo-rq-7'), reason: '没有解决' }), outcome: 'refused' },
    { twin: 'wu', payload: () => ({ ...step('demo-rq-6'), reason: '没有解决' }), outcome: 'refused' },
  ],
  recategorize: [{ twin: 'wang', payload: () => ({ ...step('demo-rq-2'), categoryId: 'mediation' }), outcome: 'refused' }],
  handOptions: [{ twin: 'wang', payload: () => ({ requestId: 'demo-rq-2' }), outcome: 'refused' }],
  assignDepartment: [
    {
      twin: 'wang',
      payload: () => ({ ...step('demo-rq-2'), departmentId: 'dep-county-minzheng', workdays: 5, note: '请县里解决' }),
      outcome: 'refused',
    },
  ],
  returnToTownship: [{ twin: 'wang', payload: () => ({ ...step('demo-rq-2'), reason: '不归我们管' }), outcome: 'refused' }],
  reassign: [{ twin: 'wang', payload: () => ({ ...step('demo-rq-2'), personId: 'demo-grid-zhou', note: '换人' }), outcome: 'refused' }],
  explain: [{ twin: 'wang', payload: () => ({ ...step('demo-rq-2'), explanation: '暂时办不了' }), outcome: 'refused' }],
  plan: [
    {
      twin: 'wang',
      payload: () => ({
        ...step('demo-rq-2'),
        explanation: '暂时办不了',
        plan: '明年修',
        targetDate: `${new Date().getUTCFullYear() + 1}-03-15`,
      }),
      outcome: 'refused',
    },
  ],
  plans: [{ twin: 'wang', payload: () => ({}), outcome: 'refused' }],
};

const servicedays: Table<'servicedays'> = {
  listServiceDays: [{ twin: 'wang', payload: () => ({}), outcome: 'refused' }],
  saveServiceDay: [],
  cancelDate: [],
  addExtraDate: [],
  dayList: [{ twin: 'wang', payload: () => ({ sessionId: session }), outcome: 'refused' }],
  checkIn: [{ twin: 'wang', payload: () => ({ sessionId: session, code: '100001' }), outcome: 'refused' }],
  addWalkIn: [
    {
      twin: 'wang',
      payload: () => ({
        sessionId: session,
        windowId: 'w1',
        slotKey: 'w1_0900',
        name: '王秀英',
        phone: '13905560101',
        requestKey: key('w'),
      }),
      outcome: 'refused',
    },
  ],
  markNoShow: [{ twin: 'wang', payload: () => ({ sessionId: session, code: '100001' }), outcome: 'refused' }],
  browse: [{ twin: 'wang', payload: () => ({}), outcome: 'clean' }],
  getSession: [{ twin: 'wang', payload: () => ({ sessionId: session }), outcome: 'clean' }],
  book: [
    {
      twin: 'wang',
      payload: () => ({ sessionId: session, slotKey: 'w5_1000', requestKey: key('b') }),
      outcome: 'own',
      then: () => expect(JSON.stringify(test.cloud.store.find('serviceBookings', { sessionId: session }))).toContain('twin-wang'),
    },
  ],
  cancelBooking: [{ twin: 'wang', payload: () => ({ sessionId: session, code: '100001', reason: '不去了' }), outcome: 'refused' }],
  myBookings: [{ twin: 'gao', payload: () => ({}), outcome: 'clean' }],
};

const posts: Table<'posts'> = {
  overview: [{ twin: 'gao', payload: () => ({}), outcome: 'clean' }],
  registrationForm: [
    {
      twin: 'gao',
      payload: () => ({}),
      outcome: 'clean',
      then: (d) => expect(d).toMatchObject({ verifiedPhone: null, registration: { phoneVerified: false } }),
    },
  ],
  register: [
    {
      twin: 'gao',
      payload: () => ({
        name: '高秀山',
        phone: '13905563001',
        branchId: 'b-hubin',
        employer: '供电公司',
        gridId: 'g-hubin-2',
        skillKindIds: [],
        skills: '',
      }),
      outcome: 'refused',
    },
  ],
  registrations: [{ twin: 'gao', payload: () => ({ status: 'approved' }), outcome: 'refused' }],
  decideRegistration: [{ twin: 'gao', payload: () => ({ memberId: 'demo-party-xu', decision: 'approve' }), outcome: 'refused' }],
  endMembership: [{ twin: 'gao', payload: () => ({ memberId: 'demo-party-gao', reason: '已迁出本村' }), outcome: 'refused' }],
  staffPosts: [{ twin: 'gao', payload: () => ({ gridId: 'g-hubin-2' }), outcome: 'refused' }],
  createPost: [],
  editPost: [
    {
      twin: 'gao',
      payload: () => ({
        postId: 'p-hubin2-public',
        version: 0,
        kindId: 'publicService',
        title: '用电安全检查',
        duties: '改掉',
        capacity: 9,
      }),
      outcome: 'refused',
    },
  ],
  closePost: [{ twin: 'gao', payload: () => ({ postId: 'p-hubin2-public', reason: '不干了' }), outcome: 'refused' }],
  setClaimLimit: [],
  browsePosts: [
    {
      twin: 'gao',
      payload: () => ({ gridId: 'g-hubin-2' }),
      outcome: 'clean',
      then: (d) => expect((d as { posts: Array<{ mine: boolean }> }).posts.every((p) => !p.mine)).toBe(true),
    },
  ],
  stepDown: [{ twin: 'gao', payload: () => ({ postId: 'p-hubin2-public', reason: '工作调动' }), outcome: 'refused' }],
  logService: [
    {
      twin: 'gao',
      payload: () => ({
        clientKey: 'twin-log-0001',
        postId: 'p-hubin2-public',
        date: '2026-03-10',
        hours: 2,
        content: '检查线路',
        photos: [],
      }),
      outcome: 'refused',
    },
  ],
  myRecord: [{ twin: 'gao', payload: () => ({ year: 2026 }), outcome: 'clean' }],
  verificationQueue: [{ twin: 'gao', payload: () => ({}), outcome: 'clean' }],
  verifyLog: [{ twin: 'gao', payload: () => ({ logId: 'l-gao-3', decision: 'approve' }), outcome: 'refused' }],
  board: [],
  serviceTotals: [{ twin: 'gao', payload: () => ({ year: 2026, nodeId: 'v-hubin', offset: 0 }), outcome: 'refused' }],
  postHistory: [{ twin: 'gao', payload: () => ({ postId: 'p-hubin2-public' }), outcome: 'refused' }],
  starCandidates: [],
  scoreStars: [],
  // Claiming another post is the twin's own act; it leaves 高秀山's claim alone.
  claimPost: [
    {
      twin: 'gao',
      payload: () => ({ postId: 'p-hubin1-patrol', commitment: '每周巡逻两次' }),
      outcome: 'own',
      then: () => expect(test.cloud.store.find('claims', { memberId: 'demo-party-gao' }).length).toBe(1),
    },
  ],
};

const messages: Table<'messages'> = {
  leave: [
    {
      twin: 'wang',
      payload: () => ({ clientKey: key('m'), text: '活动室几点开门？', photos: [], publicConsent: false }),
      outcome: 'own',
      then: (d) => expect(JSON.stringify(d)).not.toContain('demo-ms-1'),
    },
  ],
  answer: [{ twin: 'wang', payload: () => ({ messageId: 'demo-ms-4', opId: key('a'), text: '谢谢', photos: [] }), outcome: 'refused' }],
  mine: [{ twin: 'wang', payload: () => ({}), outcome: 'clean' }],
  detail: [
    { twin: 'wang', payload: () => ({ messageId: 'demo-ms-1' }), outcome: 'refused' },
    { twin: 'wang', payload: () => ({ messageId: 'demo-ms-4' }), outcome: 'refused' },
  ],
  staffList: [{ twin: 'wang', payload: () => ({ view: 'waiting' }), outcome: 'refused' }],
  open: [{ twin: 'wang', payload: () => ({ messageId: 'demo-ms-1' }), outcome: 'refused' }],
  reply: [{ twin: 'wang', payload: () => ({ messageId: 'demo-ms-4', opId: key('r'), text: '好的', photos: [] }), outcome: 'refused' }],
  handOver: [
    {
      twin: 'wang',
      payload: () => ({ messageId: 'demo-ms-1', opId: key('h'), toStaffId: 'demo-staff-township', note: '转给乡里' }),
      outcome: 'refused',
    },
  ],
  toRequest: [{ twin: 'wang', payload: () => ({ messageId: 'demo-ms-1', categoryId: 'other' }), outcome: 'refused' }],
  publish: [{ twin: 'wang', payload: () => ({ messageId: 'demo-ms-1' }), outcome: 'refused' }],
  board: [],
};

function rowsOf<F extends FunctionName>(fn: F, table: Table<F>) {
  return (Object.keys(table) as Array<ActionName<F>>).flatMap((action) =>
    (table[action] as Case[]).map((spec, n) => ({
      fn: fn as FunctionName,
      action: action as string,
      n,
      twin: spec.twin,
      outcome: spec.outcome,
      spec,
    })),
  );
}

const rows = [
  ...rowsOf('requests', requests),
  ...rowsOf('servicedays', servicedays),
  ...rowsOf('posts', posts),
  ...rowsOf('messages', messages),
];

it.each(rows)('$fn.$action #$n by the typed twin of $twin: $outcome', async ({ fn, action, twin, outcome, spec }) => {
  const before = await snapshotStore(test);
  const sent = test.cloud.outbox().length;
  const { body } = await test.raw(TWINS[twin].id, fn, { action, payload: spec.payload() });
  const envelope = body as { ok: boolean; data?: unknown; code?: string };
  if (outcome === 'refused') {
    expect(envelope).toEqual(expect.objectContaining({ ok: false }));
    expect(await snapshotStore(test)).toBe(before);
    expect(test.cloud.outbox().length).toBe(sent);
    return;
  }
  expect(envelope).toEqual(expect.objectContaining({ ok: true }));
  const answer = JSON.stringify(envelope.data);
  // Nothing of the owner's: not their items, not their verified number as theirs.
  for (const owned of OWNED[twin]) expect(answer).not.toContain(`"${owned}"`);
  if (outcome === 'clean') expect(await snapshotStore(test)).toBe(before);
  spec.then?.(envelope.data);
});

it("never lists an owner's request among a twin's own, whatever was written meanwhile", async () => {
  for (const twin of Object.keys(TWINS) as Twin[]) {
    for (const status of ['open', 'done'] as const) {
      const { body } = await test.raw(TWINS[twin].id, 'requests', { action: 'mine', payload: { status } });
      const items = (body as { data: { items: Array<{ id: string; relation: string }> } }).data.items;
      expect(items.filter((item) => OWNED[twin].includes(item.id))).toEqual([]);
      // What a twin follows is theirs to follow, never theirs to own.
      expect(items.filter((item) => item.id.startsWith('demo-rq-') && item.relation === 'own')).toEqual([]);
    }
  }
});
