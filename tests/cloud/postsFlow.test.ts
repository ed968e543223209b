import type { Envelope } from '../../cloudfunctions/contract';
import { chinaYear } from '../../cloudfunctions/domain/shared/chinaTime';
import { uploadFolder } from '../../cloudfunctions/shared/uploadFolder';
import { resetDemoData } from '../support/resetDemoData';
import { snapshotStore } from '../support/snapshotStore';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { claimLimitVersion } from './support/claimLimitVersion';
import { key } from './support/requests';

/** Party-member work end to end through the real SDK, on the demo data of 湖滨村 and 太华村. */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());
beforeEach(() => resetDemoData(test));

function codeOf(envelope: Envelope<unknown>): string {
  return envelope.ok ? 'ok' : envelope.code;
}

const events = (filter: Record<string, unknown>) => test.cloud.store.find('postEvents', filter);
const member = (id: string) => test.cloud.store.find('partyMembers', { _id: id })[0];
const post = (id: string) => test.cloud.store.find('servicePosts', { _id: id })[0];

const REGISTRATION = {
  name: '陈志远',
  phone: '13912345678',
  branchId: 'b-power',
  employer: '望江县供电公司',
  gridId: 'g-hubin-3',
  skillKindIds: ['securityPatrol', 'publicService'],
  skills: '电工',
};

describe('reporting to the community (到社区报到)', () => {
  it('gives no party-member rights until staff of that community approve', async () => {
    dataOf(await test.call('newcomer', 'users', 'chooseGrid', { gridId: 'g-hubin-3' }));
    const pending = dataOf(await test.call('newcomer', 'posts', 'register', { ...REGISTRATION, clientKey: key('reg') }));
    expect(pending).toMatchObject({
      status: 'pending',
      branch: { id: 'b-power', name: '望江县供电公司党支部' },
      grid: { id: 'g-hubin-3' },
    });
    expect(pending.skillKinds.map((kind) => kind.name)).toEqual(['治安巡逻', '公共服务']);
    expect(codeOf(await test.call('newcomer', 'posts', 'browsePosts', {}))).toBe('FORBIDDEN');
    expect(dataOf(await test.call('newcomer', 'posts', 'overview', {})).registration).toEqual({ status: 'pending', rejectReason: null });

    // Staff of another village cannot decide it; the pending list of 湖滨村 shows it.
    expect(codeOf(await test.call('demo-staff-taihua', 'posts', 'decideRegistration', { memberId: 'newcomer', decision: 'approve' }))).toBe(
      'OUT_OF_JURISDICTION',
    );
    const list = dataOf(await test.call('demo-staff-hubin', 'posts', 'registrations', { status: 'pending' }));
    expect(list.registrations.map((r) => r.name)).toEqual(['陈志远', '徐志远']);
    expect(dataOf(await test.call('demo-staff-hubin', 'posts', 'overview', {})).pendingRegistrations).toBe(2);

    const approved = dataOf(
      await test.call('demo-staff-hubin', 'posts', 'decideRegistration', { memberId: 'newcomer', decision: 'approve' }),
    );
    expect(approved).toMatchObject({ status: 'approved', decidedByName: '李大毛' });
    const [user] = test.cloud.store.find('users', { _id: 'newcomer' });
    // The typed number stays on the report, unverified: it is never copied onto the account.
    expect(user).toMatchObject({ roles: ['resident', 'partyMember'], name: '陈志远', phone: '' });
    expect(approved).toMatchObject({ phone: '13912345678', phoneVerified: false });
    expect(dataOf(await test.call('newcomer', 'posts', 'browsePosts', {})).grid.id).toBe('g-hubin-3');

    expect(codeOf(await test.call('newcomer', 'posts', 'register', { ...REGISTRATION, clientKey: key('reg') }))).toBe('CONFLICT');
    expect(
      codeOf(
        await test.call('demo-staff-hubin', 'posts', 'decideRegistration', { memberId: 'newcomer', decision: 'reject', reason: '重复' }),
      ),
    ).toBe('CONFLICT');
    expect(events({ memberId: 'newcomer' }).map((e) => e.type)).toEqual(['registrationSubmitted', 'registrationApproved']);
  });

  it('lets a rejected member correct the registration and submit it again', async () => {
    const rejected = dataOf(
      await test.call('demo-staff-township', 'posts', 'decideRegistration', {
        memberId: 'demo-party-xu',
        decision: 'reject',
        reason: '支部填写有误',
      }),
    );
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: '支部填写有误' });
    expect(dataOf(await test.call('demo-party-xu', 'posts', 'overview', {})).registration).toEqual({
      status: 'rejected',
      rejectReason: '支部填写有误',
    });
    const again = dataOf(
      await test.call('demo-party-xu', 'posts', 'register', {
        clientKey: key('reg'),
        ...REGISTRATION,
        name: '徐志远',
        branchId: 'b-hubin',
      }),
    );
    expect(again).toMatchObject({ status: 'pending', rejectReason: null, branch: { name: '湖滨村党总支' } });
    expect(events({ memberId: 'demo-party-xu' }).map((e) => e.type)).toEqual(['registrationRejected', 'registrationSubmitted']);
  });

  it('refuses a branch that does not serve the grid, and a rejection without a reason, writing nothing', async () => {
    const before = await snapshotStore(test);
    const wrongBranch = await test.call('demo-resident-wang', 'posts', 'register', {
      clientKey: key('reg'),
      ...REGISTRATION,
      branchId: 'b-taihua',
    });
    expect(wrongBranch).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      fields: [{ path: 'branchId', message: '请从列表中选择您的党支部' }],
    });
    const noReason = await test.call('demo-staff-hubin', 'posts', 'decideRegistration', { memberId: 'demo-party-xu', decision: 'reject' });
    expect(noReason).toMatchObject({ ok: false, code: 'INVALID_INPUT', fields: [{ path: 'reason', message: '请填写不通过的原因' }] });
    expect(await snapshotStore(test)).toBe(before);
  });

  it('does not treat the partyMember role alone as membership', async () => {
    test.cloud.store.insertMany('users', [
      {
        _id: 'self-made',
        name: '假党员',
        phone: '',
        roles: ['resident', 'partyMember'],
        homeGridId: 'g-hubin-1',
        householdTags: [],
        gridDuties: [],
        nodeDuties: [],
        staffScopeId: null,
        elderMode: false,
        createdAt: new Date(),
      },
    ]);
    expect(codeOf(await test.call('self-made', 'posts', 'browsePosts', {}))).toBe('NOT_APPROVED_MEMBER');
    expect(codeOf(await test.call('self-made', 'posts', 'claimPost', { postId: 'p-hubin1-patrol', commitment: '我来巡逻五次' }))).toBe(
      'NOT_APPROVED_MEMBER',
    );
  });

  it('offers the branches above the chosen grid', async () => {
    const form = dataOf(await test.call('demo-resident-wang', 'posts', 'registrationForm', {}));
    expect(form.place?.grid.id).toBe('g-hubin-1');
    expect(form.branches.map((b) => b.name)).toEqual(['湖滨村党总支', '凉泉乡机关党支部', '凉泉中心学校党支部', '望江县供电公司党支部']);
    expect(form.kinds).toHaveLength(10);
    const taihua = dataOf(await test.call('demo-resident-wang', 'posts', 'registrationForm', { gridId: 'g-taihua-2' }));
    expect(taihua.branches.map((b) => b.id)).toEqual(['b-taihua', 'b-township', 'b-school', 'b-power']);
  });
});

describe('claiming a post (认领岗位)', () => {
  it('shows nearby posts by kind with holders, claims with a commitment, steps down and claims again', async () => {
    const browse = dataOf(await test.call('demo-party-gao', 'posts', 'browsePosts', {}));
    expect(browse.grid.id).toBe('g-hubin-2');
    expect(browse.grids.map((g) => g.id)).toEqual(['g-hubin-2', 'g-hubin-1', 'g-hubin-3']);
    const mine = browse.posts.find((p) => p.id === 'p-hubin2-public');
    expect(mine).toMatchObject({ mine: true, suitsMe: true, held: 1, capacity: 2 });
    expect(mine?.holders).toEqual([
      {
        name: '高秀山',
        maskedPhone: '139****3001',
        commitment: '每月义务检查线路一次，群众家里用电有问题随时打电话',
        claimedAt: expect.any(String),
      },
    ]);
    const patrols = dataOf(await test.call('demo-party-gao', 'posts', 'browsePosts', { gridId: 'g-hubin-1', kindId: 'securityPatrol' }));
    expect(patrols.posts.map((p) => p.title)).toEqual(['夜间治安巡逻']);
    expect(codeOf(await test.call('demo-party-gao', 'posts', 'browsePosts', { gridId: 'g-taihua-1' }))).toBe('OUT_OF_JURISDICTION');

    const claim = dataOf(
      await test.call('demo-party-gao', 'posts', 'claimPost', { postId: 'p-hubin1-patrol', commitment: '每周二、周五晚上参加巡逻' }),
    );
    expect(claim).toMatchObject({ postId: 'p-hubin1-patrol', status: 'active', title: '夜间治安巡逻', grid: { id: 'g-hubin-1' } });
    expect(post('p-hubin1-patrol').held).toBe(1);
    expect(member('demo-party-gao').activePostCount).toBe(2);
    expect(
      codeOf(await test.call('demo-party-gao', 'posts', 'claimPost', { postId: 'p-hubin1-patrol', commitment: '再认领一次试试' })),
    ).toBe('ALREADY_CLAIMED');
    const overLimit = await test.call('demo-party-gao', 'posts', 'claimPost', {
      postId: 'p-hubin1-policy',
      commitment: '每月宣讲一次政策',
    });
    expect(overLimit).toMatchObject({ ok: false, code: 'CLAIM_LIMIT_REACHED', message: expect.stringContaining('最多认领2个') });

    const left = dataOf(await test.call('demo-party-gao', 'posts', 'stepDown', { postId: 'p-hubin1-patrol', reason: '晚上要值班' }));
    expect(left).toMatchObject({ status: 'steppedDown', endReason: '晚上要值班' });
    expect(post('p-hubin1-patrol').held).toBe(0);
    expect(member('demo-party-gao').activePostCount).toBe(1);
    expect(codeOf(await test.call('demo-party-gao', 'posts', 'stepDown', { postId: 'p-hubin1-patrol', reason: '再退一次' }))).toBe(
      'NOT_FOUND',
    );

    dataOf(await test.call('demo-party-gao', 'posts', 'claimPost', { postId: 'p-hubin1-patrol', commitment: '调班后每周五晚巡逻' }));
    const [stored] = test.cloud.store.find('claims', { _id: 'p-hubin1-patrol:demo-party-gao' });
    expect(stored).toMatchObject({ status: 'active', commitment: '调班后每周五晚巡逻' });
    expect((stored.previousTerms as Array<{ commitment: string; status: string }>).map((t) => [t.commitment, t.status])).toEqual([
      ['每周二、周五晚上参加巡逻', 'steppedDown'],
    ]);
    // The claim document is the record of both terms: the ledger reads them from it, no event is stored for a claim.
    expect(events({ postId: 'p-hubin1-patrol', memberId: 'demo-party-gao' }).map((e) => e.type)).toEqual(['steppedDown']);
    const history = dataOf(await test.call('demo-staff-hubin', 'posts', 'postHistory', { postId: 'p-hubin1-patrol' }));
    expect(history.events.filter((e) => e.memberName === '高秀山').map((e) => [e.type, e.summary])).toEqual([
      ['claimed', '认领岗位，公示承诺：调班后每周五晚巡逻'],
      ['steppedDown', '退出岗位：晚上要值班'],
      ['claimed', '认领岗位，公示承诺：每周二、周五晚上参加巡逻'],
    ]);
    expect(history.post.holders.map((h) => h.name)).toEqual(['高秀山']);
  });

  it('refuses a full post, a post of another village and a too-short commitment', async () => {
    dataOf(await test.call('demo-staff-hubin', 'posts', 'claimPost', { postId: 'p-hubin2-public', commitment: '每月检查线路一次' }));
    expect(
      codeOf(await test.call('demo-grid-zhou', 'posts', 'claimPost', { postId: 'p-hubin2-public', commitment: '每月检查线路一次' })),
    ).toBe('POST_FULL');
    expect(
      codeOf(await test.call('demo-party-gao', 'posts', 'claimPost', { postId: 'p-taihua1-joint', commitment: '联系驻地单位共建' })),
    ).toBe('OUT_OF_JURISDICTION');
    const short = await test.call('demo-party-gao', 'posts', 'claimPost', { postId: 'p-hubin1-patrol', commitment: '好' });
    expect(short).toMatchObject({ ok: false, code: 'INVALID_INPUT', fields: [{ path: 'commitment', message: '至少5个字' }] });
  });

  it('follows the limit the admin sets', async () => {
    dataOf(await test.call('demo-admin', 'posts', 'setClaimLimit', { maxActivePosts: 3, version: claimLimitVersion(test) }));
    dataOf(await test.call('demo-party-gao', 'posts', 'claimPost', { postId: 'p-hubin1-patrol', commitment: '每周巡逻两次' }));
    dataOf(await test.call('demo-party-gao', 'posts', 'claimPost', { postId: 'p-hubin1-policy', commitment: '每月宣讲一次政策' }));
    expect(dataOf(await test.call('demo-party-gao', 'posts', 'browsePosts', {}))).toMatchObject({ activeCount: 3, maxActivePosts: 3 });
    expect(
      codeOf(await test.call('demo-party-gao', 'posts', 'claimPost', { postId: 'p-hubin1-health', commitment: '每周看望老人一次' })),
    ).toBe('CLAIM_LIMIT_REACHED');
  });
});

describe('logging service (上岗履诺) and verifying it', () => {
  it('logs hours with photos, and only approved hours count', async () => {
    const photo = await fetch(`${test.cloud.url}/dev/upload?cloudPath=${uploadFolder('service-logs', 'demo-party-gao')}a.jpg`, {
      method: 'POST',
      headers: { 'x-wx-openid': 'demo-party-gao' },
      body: Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
    });
    const { fileID } = (await photo.json()) as { fileID: string };
    const log = dataOf(
      await test.call('demo-party-gao', 'posts', 'logService', {
        clientKey: 'flow-log-0001',
        postId: 'p-hubin2-public',
        date: '2026-04-02',
        hours: 2,
        content: '为郭屋组3户检修线路',
        photos: [fileID],
        household: '郭屋组 李建国家',
      }),
    );
    expect(log).toMatchObject({
      status: 'pending',
      hours: 2,
      memberName: '高秀山',
      branchName: '望江县供电公司党支部',
      household: '郭屋组 李建国家',
    });
    expect(log.photos[0].url).toMatch(/^http/);
    expect((await fetch(log.photos[0].url)).status).toBe(200);

    const queue = dataOf(await test.call('demo-grid-guo', 'posts', 'verificationQueue', {}));
    expect(queue.logs.map((l) => [l.id, l.as])).toEqual([
      ['l-gao-3', 'gridMember'],
      [log.id, 'gridMember'],
    ]);
    expect(dataOf(await test.call('demo-grid-guo', 'posts', 'overview', {}))).toMatchObject({ canVerify: true, pendingVerifications: 2 });
    // 周义青 is a grid member of 湖滨村 第二网格 too, but never verifies his own log in 第一网格.
    const zhou = dataOf(await test.call('demo-grid-zhou', 'posts', 'verificationQueue', {}));
    expect(zhou.logs.map((l) => l.id)).toEqual(['l-gao-3', log.id]);
    // The secretary of 湖滨村党总支 sees 周义青's log.
    const secretary = dataOf(await test.call('demo-staff-hubin', 'posts', 'verificationQueue', {}));
    expect(secretary.logs.map((l) => [l.id, l.as])).toEqual([['l-zhou-2', 'secretary']]);

    expect(codeOf(await test.call('demo-party-gao', 'posts', 'verifyLog', { logId: log.id, decision: 'approve' }))).toBe('FORBIDDEN');
    const approved = dataOf(await test.call('demo-grid-guo', 'posts', 'verifyLog', { logId: log.id, decision: 'approve' }));
    expect(approved).toMatchObject({ status: 'approved', verifiedByName: '郭长林' });
    expect(codeOf(await test.call('demo-grid-zhou', 'posts', 'verifyLog', { logId: log.id, decision: 'reject', reason: '重复' }))).toBe(
      'CONFLICT',
    );
    const rejected = dataOf(
      await test.call('demo-grid-guo', 'posts', 'verifyLog', { logId: 'l-gao-3', decision: 'reject', reason: '请写明户数' }),
    );
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: '请写明户数' });

    const record = dataOf(await test.call('demo-party-gao', 'posts', 'myRecord', { year: 2026 }));
    expect(record.approvedHours).toBe(7); // 2 + 3 seeded, 2 now
    expect(record.pendingHours).toBe(0);
    expect(record.months.slice(0, 4)).toEqual([
      { month: '2026-01', hours: 2 },
      { month: '2026-02', hours: 3 },
      { month: '2026-03', hours: 0 },
      { month: '2026-04', hours: 2 },
    ]);
    expect(record.claims.map((c) => [c.title, c.approvedHours])).toEqual([['用电安全检查', 7]]);
    expect(record.logs.map((l) => [l.date, l.status])).toEqual([
      ['2026-04-02', 'approved'],
      ['2026-03-02', 'rejected'],
      ['2026-02-10', 'approved'],
      ['2026-01-15', 'approved'],
    ]);
    expect(record.photoPathPrefix).toBe(uploadFolder('service-logs', 'demo-party-gao'));

    const board = dataOf(await test.call('demo-resident-li', 'posts', 'board', { gridId: 'g-hubin-2', year: 2026 }));
    const holder = board.posts.find((p) => p.id === 'p-hubin2-public')?.holders[0];
    expect(holder).toMatchObject({ name: '高秀山', maskedPhone: '139****3001', branchName: '望江县供电公司党支部', approvedHours: 7 });
    expect(JSON.stringify(board)).not.toContain('13905563001');
    expect(board.approvedHours).toBe(7);

    expect(events({ logId: log.id }).map((e) => e.type)).toEqual(['serviceLogged', 'logApproved']);
  });

  it('refuses dates outside the term, posts not held, and photos that are not the member’s own', async () => {
    const before = await snapshotStore(test);
    const base = {
      clientKey: 'flow-refused-0001',
      postId: 'p-hubin2-public',
      date: '2026-04-02',
      hours: 2,
      content: '检修线路',
      photos: [] as string[],
    };
    const tomorrow = new Date(Date.now() + 2 * 86400000).toISOString().slice(0, 10);
    expect(await test.call('demo-party-gao', 'posts', 'logService', { ...base, date: tomorrow })).toMatchObject({
      code: 'INVALID_INPUT',
      fields: [{ path: 'date', message: '不能选择今天以后的日期' }],
    });
    expect(await test.call('demo-party-gao', 'posts', 'logService', { ...base, date: '2025-12-31' })).toMatchObject({
      code: 'INVALID_INPUT',
      fields: [{ path: 'date', message: '不能早于认领这个岗位的日期（2026-01-06）' }],
    });
    expect(await test.call('demo-party-gao', 'posts', 'logService', { ...base, hours: 1.25 })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(codeOf(await test.call('demo-party-gao', 'posts', 'logService', { ...base, postId: 'p-hubin1-patrol' }))).toBe('FORBIDDEN');
    const foreign = `cloud://local-dev.6c6f-local-dev-1300000000/${uploadFolder('service-logs', 'demo-party-long')}x.jpg`;
    expect(await test.call('demo-party-gao', 'posts', 'logService', { ...base, photos: [foreign] })).toMatchObject({
      code: 'NOT_YOUR_UPLOAD',
      fields: [{ path: 'photos.0', message: '不是您上传的图片' }],
    });
    const missing = `cloud://local-dev.6c6f-local-dev-1300000000/${uploadFolder('service-logs', 'demo-party-gao')}never-uploaded.jpg`;
    expect(await test.call('demo-party-gao', 'posts', 'logService', { ...base, photos: [missing] })).toMatchObject({
      code: 'INVALID_INPUT',
      fields: [{ path: 'photos.0', message: '照片没有上传成功，请重新选择' }],
    });
    expect(await snapshotStore(test)).toBe(before);
  });
});

describe('staff: posts, totals and the ledger', () => {
  it('creates, edits and closes posts of their grids; closing releases the holders', async () => {
    const created = dataOf(
      await test.call('demo-staff-hubin', 'posts', 'createPost', {
        clientKey: key('post'),
        gridId: 'g-hubin-3',
        kindId: 'healthCare',
        title: '老年人健康随访',
        duties: '每月为独居老人量血压',
        capacity: 2,
      }),
    );
    expect(created).toMatchObject({ status: 'open', held: 0, kind: { name: '卫生保健' }, grid: { id: 'g-hubin-3' } });
    expect(
      codeOf(
        await test.call('demo-staff-taihua', 'posts', 'createPost', {
          clientKey: key('post'),
          gridId: 'g-hubin-3',
          kindId: 'healthCare',
          title: '越界',
          duties: '越界设岗',
          capacity: 1,
        }),
      ),
    ).toBe('OUT_OF_JURISDICTION');
    expect(
      await test.call('demo-staff-hubin', 'posts', 'createPost', {
        clientKey: key('post'),
        gridId: 'v-hubin',
        kindId: 'healthCare',
        title: '村级',
        duties: '设在村里',
        capacity: 1,
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });

    dataOf(await test.call('demo-party-gao', 'posts', 'claimPost', { postId: 'p-hubin1-patrol', commitment: '每周巡逻两次' }));
    // Down to the one member holding it is fine.
    const shrunk = dataOf(
      await test.call('demo-staff-hubin', 'posts', 'editPost', {
        postId: 'p-hubin2-public',
        version: 0,
        kindId: 'publicService',
        title: '用电安全检查',
        duties: '入户检查线路',
        capacity: 1,
      }),
    );
    expect(shrunk).toMatchObject({ capacity: 1, held: 1, holders: [{ name: '高秀山' }] });

    const closed = dataOf(
      await test.call('demo-staff-hubin', 'posts', 'closePost', { postId: 'p-hubin2-public', reason: '并入村电工服务队' }),
    );
    expect(closed).toMatchObject({ status: 'closed', held: 0, closeReason: '并入村电工服务队' });
    expect(member('demo-party-gao').activePostCount).toBe(1);
    const [ended] = test.cloud.store.find('claims', { _id: 'p-hubin2-public:demo-party-gao' });
    expect(ended).toMatchObject({ status: 'ended', endReason: '岗位关闭：并入村电工服务队' });
    expect(
      codeOf(
        await test.call('demo-party-gao', 'posts', 'logService', {
          clientKey: 'flow-ended-0001',
          postId: 'p-hubin2-public',
          date: '2026-04-02',
          hours: 1,
          content: '检修',
          photos: [],
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await test.call('demo-grid-zhou', 'posts', 'claimPost', { postId: 'p-hubin2-public', commitment: '我来检查线路' }))).toBe(
      'POST_CLOSED',
    );
    expect(codeOf(await test.call('demo-staff-hubin', 'posts', 'closePost', { postId: 'p-hubin2-public', reason: '再关一次' }))).toBe(
      'POST_CLOSED',
    );
    const board = dataOf(await test.call('demo-resident-li', 'posts', 'board', { gridId: 'g-hubin-2', year: 2026 }));
    expect(board.posts.map((p) => p.id)).not.toContain('p-hubin2-public');
    // Its history stays, and so do the hours served on it.
    expect(board.approvedHours).toBe(5);
    const history = dataOf(await test.call('demo-staff-hubin', 'posts', 'postHistory', { postId: 'p-hubin2-public' }));
    expect(history.events.map((e) => e.type)).toEqual(['claimEnded', 'postClosed', 'postEdited', 'claimed']);
    expect(history.events[0]).toMatchObject({ memberName: '高秀山', summary: '岗位关闭，认领结束：并入村电工服务队' });
    expect(history.events[2].summary).toBe('修改岗位「用电安全检查」，名额2→1人');
  });

  it('will not shrink a post below its holders', async () => {
    dataOf(await test.call('demo-party-gao', 'posts', 'claimPost', { postId: 'p-hubin1-mediation', commitment: '协助调解邻里纠纷' }));
    const answer = await test.call('demo-staff-hubin', 'posts', 'editPost', {
      postId: 'p-hubin1-mediation',
      version: 0,
      kindId: 'legalMediation',
      title: '邻里纠纷调解',
      duties: '调解矛盾',
      capacity: 1,
    });
    expect(answer).toMatchObject({ ok: false, code: 'CONFLICT', message: '已有2人认领，名额不能少于2' });
  });

  it('saves an edit only on the version the form was opened at: a long-open form does not overwrite another staff member', async () => {
    const opened = dataOf(await test.call('demo-staff-hubin', 'posts', 'staffPosts', { gridId: 'g-hubin-1' })).posts.find(
      (p) => p.id === 'p-hubin1-patrol',
    )!;
    const edit = { postId: opened.id, kindId: opened.kind.id, title: opened.title, duties: opened.duties, capacity: opened.capacity };
    // Another staff member edits it meanwhile: saved, one version on.
    const first = dataOf(
      await test.call('demo-staff-hubin', 'posts', 'editPost', { ...edit, title: '夜间治安巡逻队', version: opened.version }),
    );
    expect(first).toMatchObject({ title: '夜间治安巡逻队', version: opened.version + 1 });
    // The long-open form's save, then one that names no version (it would overwrite whatever is stored): refused, nothing written.
    for (const [payload, code] of [
      [{ ...edit, title: '白天巡逻', version: opened.version }, 'CONFLICT'],
      [{ ...edit, title: '白天巡逻' }, 'INVALID_INPUT'],
    ] as const) {
      const before = await snapshotStore(test);
      const { body } = await test.raw('demo-staff-hubin', 'posts', { action: 'editPost', payload });
      expect(codeOf(body as Envelope<unknown>)).toBe(code);
      expect(await snapshotStore(test)).toBe(before);
    }
    expect(post('p-hubin1-patrol')).toMatchObject({ title: '夜间治安巡逻队', version: opened.version + 1 });
    // On the version now stored, it saves.
    const again = dataOf(await test.call('demo-staff-hubin', 'posts', 'editPost', { ...edit, title: '白天巡逻', version: first.version }));
    expect(again).toMatchObject({ title: '白天巡逻', version: opened.version + 2 });
  });

  it('totals approved hours per branch and per member, with stars, in the jurisdiction', async () => {
    const hubin = dataOf(await test.call('demo-staff-hubin', 'posts', 'serviceTotals', { year: 2026 }));
    expect(hubin.scope.name).toBe('湖滨村');
    expect(hubin.branches.map((b) => [b.branch.name, b.members, b.approvedHours, b.approvedLogs])).toEqual([
      ['望江县供电公司党支部', 1, 5, 2],
      ['湖滨村党总支', 2, 2, 1],
      ['凉泉乡机关党支部', 1, 0, 0],
    ]);
    expect(hubin.totalMembers).toBe(4);
    const gao = hubin.members.find((m) => m.name === '高秀山');
    expect(gao).toMatchObject({ activePosts: 1, approvedHours: 5, approvedLogs: 2, pendingLogs: 1, grid: { id: 'g-hubin-2' } });
    expect(gao?.stars).toMatchObject({ raters: { self: 1, peer: 0, resident: 1, organisation: 1 }, starsEarned: 5 });

    const township = dataOf(await test.call('demo-staff-township', 'posts', 'serviceTotals', { year: 2026 }));
    expect(township.totalMembers).toBe(7);
    expect(township.branches.reduce((sum, b) => sum + b.approvedHours, 0)).toBe(13);
    expect(codeOf(await test.call('demo-staff-hubin', 'posts', 'serviceTotals', { nodeId: 't-liangquan' }))).toBe('OUT_OF_JURISDICTION');
    const oneGrid = dataOf(await test.call('demo-staff-hubin', 'posts', 'serviceTotals', { year: 2026, nodeId: 'g-hubin-1' }));
    expect(oneGrid.members.map((m) => m.name).sort()).toEqual(['周义青', '黄文斌'].sort());
  });
});

describe('five-star evaluation (五星评定)', () => {
  const year = chinaYear(new Date());
  const scores = { study: 5, performance: 4, service: 5, discipline: 5, integrity: 5 };

  it('scores as self, peer, resident or organisation, once each, and shows the totals to the member', async () => {
    const residents = dataOf(await test.call('demo-resident-wang', 'posts', 'starCandidates', { year }));
    expect(new Set(residents.candidates.map((c) => c.raterType))).toEqual(new Set(['resident']));
    expect(residents.candidates.map((c) => c.name).sort()).toEqual(['周义青', '李大毛', '高秀山', '黄文斌'].sort());

    const peers = dataOf(await test.call('demo-grid-zhou', 'posts', 'starCandidates', { year }));
    expect(peers.candidates[0]).toMatchObject({ name: '周义青', raterType: 'self' });
    expect(peers.candidates.find((c) => c.name === '高秀山')?.raterType).toBe('peer');

    expect(dataOf(await test.call('demo-grid-zhou', 'posts', 'scoreStars', { memberId: 'demo-party-gao', year, scores })).raterType).toBe(
      'peer',
    );
    expect(
      dataOf(await test.call('demo-staff-township', 'posts', 'scoreStars', { memberId: 'demo-party-gao', year, scores })).raterType,
    ).toBe('organisation');
    expect(codeOf(await test.call('demo-grid-zhou', 'posts', 'scoreStars', { memberId: 'demo-party-gao', year, scores }))).toBe(
      'ALREADY_SCORED',
    );
    expect(codeOf(await test.call('demo-resident-zhao', 'posts', 'scoreStars', { memberId: 'demo-party-gao', year, scores }))).toBe(
      'OUT_OF_JURISDICTION',
    );
    expect(
      await test.call('demo-resident-wang', 'posts', 'scoreStars', { memberId: 'demo-party-gao', year: year - 3, scores }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      fields: [{ path: 'year', message: '只能为今年或去年评分' }],
    });
    expect(codeOf(await test.call('demo-resident-wang', 'posts', 'scoreStars', { memberId: 'demo-party-xu', year, scores }))).toBe(
      'NOT_FOUND',
    );

    const again = dataOf(await test.call('demo-grid-zhou', 'posts', 'starCandidates', { year }));
    expect(again.candidates.find((c) => c.name === '高秀山')?.myScores).toEqual(scores);
    const record = dataOf(await test.call('demo-party-gao', 'posts', 'myRecord', { year }));
    expect(record.stars.raters.peer).toBe(1);
    expect(record.stars.raters.organisation).toBeGreaterThanOrEqual(1);
  });
});
