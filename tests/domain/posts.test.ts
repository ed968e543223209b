import type { User } from '../../cloudfunctions/domain/people/User';
import type { Claim } from '../../cloudfunctions/domain/posts/Claim';
import { postLedger } from '../../cloudfunctions/domain/posts/claimLedger';
import { assertCanClaim, newClaim, renewClaim, stepDownFrom } from '../../cloudfunctions/domain/posts/claimRules';
import { describePostEvent } from '../../cloudfunctions/domain/posts/describePostEvent';
import { assertCanApproveRegistration, assertStaffCovers, placeIdsOf } from '../../cloudfunctions/domain/posts/jurisdiction';
import { maskPhone } from '../../cloudfunctions/domain/posts/maskPhone';
import type { PartyMember } from '../../cloudfunctions/domain/posts/PartyMember';
import { postEvent } from '../../cloudfunctions/domain/posts/PostEvent';
import { closeServicePost, editServicePost, newServicePost } from '../../cloudfunctions/domain/posts/postRules';
import { branchesAvailableAt, decideRegistration, submitRegistration } from '../../cloudfunctions/domain/posts/registration';
import { decideServiceLog, newServiceLog, verifierRoleFor } from '../../cloudfunctions/domain/posts/serviceLogRules';
import type { ServiceLog } from '../../cloudfunctions/domain/posts/ServiceLog';
import type { ServicePost } from '../../cloudfunctions/domain/posts/ServicePost';
import { monthsOfYear } from '../../cloudfunctions/domain/posts/serviceHours';
import { assertEvaluationYear, raterTypeFor, starTotals, type RaterContext } from '../../cloudfunctions/domain/posts/stars';
import { chinaDate, chinaYear } from '../../cloudfunctions/domain/shared/chinaTime';
import { DomainError } from '../../cloudfunctions/domain/shared/DomainError';
import { cloudPathOf } from '../../cloudfunctions/domain/shared/uploads';
import { demoBranches, demoClaims, demoPartyMembers, demoServiceLogs, demoServicePosts } from '../../localcloud/seed/demoPartyWork';
import { DEMO_GRIDS, DEMO_PLACES } from '../../localcloud/seed/demoPlaces';
import { demoPostKinds } from '../../localcloud/seed/demoCatalog';
import { demoUsers } from '../../localcloud/seed/demoUsers';

const NOW = new Date('2026-05-20T10:00:00+08:00');
const KINDS = demoPostKinds.map((kind) => kind._id);
const { hubin1, hubin2, taihua1 } = DEMO_GRIDS;
const chainOf = (grid: typeof hubin1) => ({
  county: DEMO_PLACES.county,
  township: DEMO_PLACES.township,
  village: grid.parentId === DEMO_PLACES.hubin._id ? DEMO_PLACES.hubin : DEMO_PLACES.taihua,
  grid,
});

function codeOf(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

function memberOf(overrides: Partial<PartyMember> = {}): PartyMember {
  return { ...demoPartyMembers.find((m) => m._id === 'demo-party-gao')!, ...overrides };
}

function postOf(overrides: Partial<ServicePost> = {}): ServicePost {
  return { ...demoServicePosts.find((p) => p._id === 'p-hubin1-patrol')!, ...overrides };
}

const staff = (scope: string | null): Pick<User, '_id' | 'name' | 'staffScopeId'> => ({
  _id: 'staff-x',
  name: '某干部',
  staffScopeId: scope,
});

describe('maskPhone', () => {
  it.each([
    ['13905563001', '139****3001'],
    ['0556-5201001', '0556-***1001'],
    ['05565201001', '0556-***1001'],
    ['12', '****'],
  ])('%s → %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));
});

describe('China calendar', () => {
  it('uses China time for the day and year whatever the server zone', () => {
    expect(chinaDate(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(chinaYear(new Date('2026-12-31T15:59:00Z'))).toBe(2026);
  });
});

describe('registration', () => {
  const input = {
    name: '陈志远',
    phone: '13912345678',
    branchId: 'b-power',
    employer: '供电公司',
    gridId: hubin2._id,
    skillKindIds: ['publicService', 'publicService'],
    skills: '',
  };
  const chain = chainOf(hubin2);
  const branches = branchesAvailableAt(demoBranches, chain);
  const CALLER = 'o-1';
  const NO_ROSTER = { phoneVerified: false, rosterName: null };

  it('offers the branches of the village, township and county of the grid', () => {
    expect(branches.map((b) => b._id)).toEqual(['b-hubin', 'b-township', 'b-school', 'b-power']);
  });

  it('is pending with the grid’s places, and drops repeated skills', () => {
    const record = submitRegistration(CALLER, input, null, chain, branches, KINDS, NO_ROSTER, NOW);
    expect(record).toMatchObject({
      status: 'pending',
      gridId: hubin2._id,
      villageId: 'v-hubin',
      activePostCount: 0,
      skillKindIds: ['publicService'],
    });
    expect(record.placeIds).toEqual(['c-wangjiang', 't-liangquan', 'v-hubin', hubin2._id]);
  });

  it("keeps what the phone check found: verified for the reporter or not, and the roster's name", () => {
    expect(submitRegistration(CALLER, input, null, chain, branches, KINDS, NO_ROSTER, NOW)).toMatchObject({
      phoneVerified: false,
      rosterName: null,
    });
    const checked = { phoneVerified: true, rosterName: '陈志远' };
    expect(submitRegistration(CALLER, input, null, chain, branches, KINDS, checked, NOW)).toMatchObject(checked);
  });

  it('refuses an approved member, a branch not above the grid, and an unknown skill', () => {
    expect(codeOf(() => submitRegistration(CALLER, input, memberOf(), chain, branches, KINDS, NO_ROSTER, NOW))).toBe('CONFLICT');
    expect(codeOf(() => submitRegistration(CALLER, { ...input, branchId: 'b-taihua' }, null, chain, branches, KINDS, NO_ROSTER, NOW))).toBe(
      'INVALID_INPUT',
    );
    expect(
      codeOf(() => submitRegistration(CALLER, { ...input, skillKindIds: ['flying'] }, null, chain, branches, KINDS, NO_ROSTER, NOW)),
    ).toBe('INVALID_INPUT');
  });

  it('is decided by staff of the village or above, once', () => {
    const pending = memberOf({ status: 'pending' });
    expect(decideRegistration(pending, staff('v-hubin'), 'approve', undefined, NOW)).toMatchObject({
      status: 'approved',
      decidedBy: 'staff-x',
      rejectReason: null,
    });
    expect(decideRegistration(pending, staff('t-liangquan'), 'reject', '不符', NOW)).toMatchObject({
      status: 'rejected',
      rejectReason: '不符',
    });
    expect(codeOf(() => decideRegistration(pending, staff('v-taihua'), 'approve', undefined, NOW))).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => decideRegistration(pending, staff(hubin2._id), 'approve', undefined, NOW))).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => decideRegistration(pending, staff(null), 'approve', undefined, NOW))).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => decideRegistration(memberOf(), staff('v-hubin'), 'approve', undefined, NOW))).toBe('CONFLICT');
  });

  it('approval needs a scope strictly above the grid', () => {
    expect(codeOf(() => assertCanApproveRegistration(staff('c-wangjiang'), memberOf()))).toBe('ok');
    expect(codeOf(() => assertStaffCovers(staff(hubin2._id), placeIdsOf(hubin2)))).toBe('ok');
  });
});

describe('posts', () => {
  const fields = { kindId: 'healthCare', title: '健康随访', duties: '量血压', capacity: 3 };

  it('are set up by staff over the grid, with a known kind', () => {
    const post = newServicePost(fields, hubin1, staff('v-hubin'), KINDS, NOW);
    expect(post).toMatchObject({ gridId: hubin1._id, villageId: 'v-hubin', held: 0, status: 'open', createdBy: 'staff-x' });
    expect(codeOf(() => newServicePost(fields, hubin1, staff('v-taihua'), KINDS, NOW))).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => newServicePost({ ...fields, kindId: 'x' }, hubin1, staff('v-hubin'), KINDS, NOW))).toBe('INVALID_INPUT');
    expect(codeOf(() => newServicePost(fields, DEMO_PLACES.hubin, staff('v-hubin'), KINDS, NOW))).toBe('NOT_FOUND');
  });

  it('cannot shrink below their holders, nor change once closed', () => {
    const held = postOf({ held: 2 });
    expect(codeOf(() => editServicePost(held, { ...fields, version: 0, capacity: 2 }, staff('v-hubin'), KINDS, NOW))).toBe('ok');
    expect(codeOf(() => editServicePost(held, { ...fields, version: 0, capacity: 1 }, staff('v-hubin'), KINDS, NOW))).toBe('CONFLICT');
    // Made on a version someone else has since changed: refused, whatever it would change.
    expect(codeOf(() => editServicePost(postOf({ version: 3 }), { ...fields, version: 2 }, staff('v-hubin'), KINDS, NOW))).toBe('CONFLICT');
    expect(codeOf(() => editServicePost(postOf({ version: 3 }), { ...fields, version: 3 }, staff('v-hubin'), KINDS, NOW))).toBe('ok');
    // A post from before versions is at version 0.
    expect(codeOf(() => editServicePost(postOf(), { ...fields, version: 1 }, staff('v-hubin'), KINDS, NOW))).toBe('CONFLICT');
    const closed = postOf({ status: 'closed' });
    expect(codeOf(() => editServicePost(closed, { ...fields, version: 0 }, staff('v-hubin'), KINDS, NOW))).toBe('POST_CLOSED');
    expect(codeOf(() => closeServicePost(closed, staff('v-hubin'), '不需要了', NOW))).toBe('POST_CLOSED');
    expect(closeServicePost(postOf(), staff('v-hubin'), '不需要了', NOW)).toMatchObject({ status: 'closed', closeReason: '不需要了' });
  });
});

describe('claims', () => {
  const gao = memberOf({ activePostCount: 0 });

  it('are for approved members of the post’s village, on open posts with room, within the limit', () => {
    expect(codeOf(() => assertCanClaim(gao, postOf(), null, 2))).toBe('ok');
    expect(codeOf(() => assertCanClaim(null, postOf(), null, 2))).toBe('NOT_APPROVED_MEMBER');
    expect(codeOf(() => assertCanClaim({ ...gao, status: 'pending' }, postOf(), null, 2))).toBe('NOT_APPROVED_MEMBER');
    expect(
      codeOf(() =>
        assertCanClaim(
          gao,
          demoServicePosts.find((p) => p.gridId === taihua1._id)!,
          null,
          2,
        ),
      ),
    ).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => assertCanClaim(gao, postOf({ status: 'closed' }), null, 2))).toBe('POST_CLOSED');
    expect(codeOf(() => assertCanClaim(gao, postOf({ held: 4, capacity: 4 }), null, 2))).toBe('POST_FULL');
    expect(codeOf(() => assertCanClaim({ ...gao, activePostCount: 2 }, postOf(), null, 2))).toBe('CLAIM_LIMIT_REACHED');
    const active = newClaim(postOf(), gao, '每周巡逻', NOW);
    expect(codeOf(() => assertCanClaim(gao, postOf(), active, 2))).toBe('ALREADY_CLAIMED');
    expect(codeOf(() => assertCanClaim(gao, postOf(), { ...active, status: 'steppedDown' }, 2))).toBe('ok');
  });

  it('have an id of post and member, and keep earlier terms when renewed', () => {
    const first = newClaim(postOf(), gao, '每周巡逻', NOW);
    expect(first._id).toBe('p-hubin1-patrol:demo-party-gao');
    const left: Claim = { ...first, ...stepDownFrom(first, gao._id, '值班', NOW) };
    expect(left).toMatchObject({ status: 'steppedDown', endReason: '值班', endedBy: gao._id });
    const later = new Date('2026-06-01T08:00:00+08:00');
    const renewed = renewClaim(left, gao, '每周五巡逻', later);
    expect(renewed).toMatchObject({ status: 'active', commitment: '每周五巡逻', claimedAt: later, endedAt: null });
    expect(renewed.previousTerms).toEqual([
      { commitment: '每周巡逻', claimedAt: NOW, endedAt: NOW, endReason: '值班', status: 'steppedDown' },
    ]);
  });

  it('can only be stepped down from by their member while active', () => {
    const claim = newClaim(postOf(), gao, '每周巡逻', NOW);
    expect(codeOf(() => stepDownFrom(claim, 'someone-else', '走了', NOW))).toBe('NOT_FOUND');
    expect(codeOf(() => stepDownFrom({ ...claim, status: 'ended' }, gao._id, '走了', NOW))).toBe('NOT_FOUND');
    expect(codeOf(() => stepDownFrom(null, gao._id, '走了', NOW))).toBe('NOT_FOUND');
  });
});

describe('service logs', () => {
  const FOLDER = 'service-logs/0123456789abcdef01234567/';
  const gao = memberOf();
  const post = demoServicePosts.find((p) => p._id === 'p-hubin2-public')!;
  const claim = demoClaims.find((c) => c._id === 'p-hubin2-public:demo-party-gao')!;
  const input = { date: '2026-05-20', hours: 2, content: '检修线路', photos: [] as string[] };

  it('are dated from the claim to today (China time), on a held open post', () => {
    expect(newServiceLog(input, gao, claim, post, NOW, FOLDER)).toMatchObject({
      status: 'pending',
      year: 2026,
      month: '2026-05',
      household: null,
      branchId: 'b-power',
    });
    expect(codeOf(() => newServiceLog({ ...input, date: '2026-05-21' }, gao, claim, post, NOW, FOLDER))).toBe('INVALID_INPUT');
    expect(codeOf(() => newServiceLog({ ...input, date: '2026-01-05' }, gao, claim, post, NOW, FOLDER))).toBe('INVALID_INPUT');
    expect(codeOf(() => newServiceLog(input, gao, { ...claim, status: 'steppedDown' }, post, NOW, FOLDER))).toBe('FORBIDDEN');
    expect(codeOf(() => newServiceLog(input, gao, null, post, NOW, FOLDER))).toBe('FORBIDDEN');
    expect(codeOf(() => newServiceLog(input, gao, claim, { ...post, status: 'closed' }, NOW, FOLDER))).toBe('POST_CLOSED');
    // 23:30 on 20 May UTC is already 21 May in China.
    expect(codeOf(() => newServiceLog({ ...input, date: '2026-05-21' }, gao, claim, post, new Date('2026-05-20T23:30:00Z'), FOLDER))).toBe(
      'ok',
    );
  });

  it('carry only photos from the member’s own folder', () => {
    const own = `cloud://env.bucket/${FOLDER}1.jpg`;
    expect(cloudPathOf(own)).toBe(`${FOLDER}1.jpg`);
    expect(codeOf(() => newServiceLog({ ...input, photos: [own] }, gao, claim, post, NOW, FOLDER))).toBe('ok');
    const sibling = `cloud://env.bucket/${FOLDER.slice(0, -1)}x/1.jpg`;
    expect(codeOf(() => newServiceLog({ ...input, photos: [own, sibling] }, gao, claim, post, NOW, FOLDER))).toBe('NOT_YOUR_UPLOAD');
    const climbing = `cloud://env.bucket/${FOLDER}../other/1.jpg`;
    expect(codeOf(() => newServiceLog({ ...input, photos: [climbing] }, gao, claim, post, NOW, FOLDER))).toBe('NOT_YOUR_UPLOAD');
    expect(codeOf(() => newServiceLog({ ...input, photos: ['cloud://nopath'] }, gao, claim, post, NOW, FOLDER))).toBe('NOT_YOUR_UPLOAD');
  });

  it('are verified by a grid member of the grid or the member’s branch secretary, never by the member', () => {
    const log = demoServiceLogs.find((l) => l._id === 'l-zhou-2')! as ServiceLog;
    const user = (id: string) => demoUsers.find((u) => u._id === id)!;
    const branch = demoBranches.find((b) => b._id === log.branchId)!;
    expect(verifierRoleFor(user('demo-grid-wang'), log, null)).toBe('gridMember');
    expect(verifierRoleFor(user('demo-staff-hubin'), log, branch)).toBe('secretary');
    expect(codeOf(() => verifierRoleFor(user('demo-grid-zhou'), log, null))).toBe('FORBIDDEN');
    expect(codeOf(() => verifierRoleFor(user('demo-grid-guo'), log, null))).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => verifierRoleFor(user('demo-staff-taihua'), log, demoBranches[1]))).toBe('OUT_OF_JURISDICTION');
    expect(decideServiceLog(log, user('demo-grid-wang'), 'reject', '补充', NOW)).toMatchObject({
      status: 'rejected',
      rejectReason: '补充',
      verifiedByName: '汪德华',
    });
    expect(codeOf(() => decideServiceLog({ ...log, status: 'approved' }, user('demo-grid-wang'), 'approve', undefined, NOW))).toBe(
      'CONFLICT',
    );
  });

  it('sum into twelve months', () => {
    const months = monthsOfYear(2026, [
      { month: '2026-02', hours: 1.25 + 2 },
      { month: '2026-11', hours: 4 },
    ]);
    expect(months).toHaveLength(12);
    expect(months[1]).toEqual({ month: '2026-02', hours: 3.3 });
    expect(months[10]).toEqual({ month: '2026-11', hours: 4 });
    expect(months[0].hours).toBe(0);
  });
});

describe('five-star evaluation', () => {
  const five = { study: 5, performance: 5, service: 5, discipline: 5, integrity: 5 };
  const three = { study: 3, performance: 3, service: 3, discipline: 3, integrity: 3 };

  it('weights self 10%, peers 20%, residents 30%, organisation 40% on a 100-point scale', () => {
    const totals = starTotals([
      { raterType: 'self', count: 1, sums: five },
      { raterType: 'peer', count: 2, sums: { study: 6, performance: 6, service: 6, discipline: 6, integrity: 6 } },
      { raterType: 'resident', count: 1, sums: three },
      { raterType: 'organisation', count: 1, sums: five },
    ]);
    // study: .1*100 + .2*60 + .3*60 + .4*100 = 80
    expect(totals.stars.study).toBe(80);
    expect(totals.raters).toEqual({ self: 1, peer: 2, resident: 1, organisation: 1 });
    expect(totals.starsEarned).toBe(5);
    expect(totals.overall).toBe(80);
  });

  it('re-weights over the parties who scored, and is empty when nobody has', () => {
    const partial = starTotals([
      { raterType: 'self', count: 1, sums: five },
      { raterType: 'organisation', count: 1, sums: three },
    ]);
    // (.1*100 + .4*60) / .5 = 68
    expect(partial.stars.integrity).toBe(68);
    expect(partial.starsEarned).toBe(0);
    expect(starTotals([])).toMatchObject({ overall: null, starsEarned: 0, stars: { study: null } });
  });

  it('decides as whom the caller scores', () => {
    const target = memberOf();
    const context = (overrides: Partial<RaterContext>): RaterContext => ({
      caller: { _id: 'x', roles: ['resident'], staffScopeId: null },
      callerMember: null,
      callerVillageId: null,
      secretaryOf: [],
      ...overrides,
    });
    expect(raterTypeFor(context({ caller: { _id: target._id, roles: ['partyMember'], staffScopeId: null } }), target)).toBe('self');
    expect(raterTypeFor(context({ caller: { _id: 's', roles: ['staff'], staffScopeId: 'v-hubin' } }), target)).toBe('organisation');
    expect(raterTypeFor(context({ secretaryOf: ['b-power'] }), target)).toBe('organisation');
    expect(raterTypeFor(context({ callerMember: { status: 'approved', branchId: 'b-power', villageId: 'v-taihua' } }), target)).toBe(
      'peer',
    );
    expect(raterTypeFor(context({ callerMember: { status: 'approved', branchId: 'b-x', villageId: 'v-hubin' } }), target)).toBe('peer');
    expect(raterTypeFor(context({ callerVillageId: 'v-hubin' }), target)).toBe('resident');
    expect(
      codeOf(() => raterTypeFor(context({ callerMember: { status: 'pending', branchId: 'b-power', villageId: 'v-hubin' } }), target)),
    ).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => raterTypeFor(context({ callerVillageId: 'v-taihua' }), target))).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => raterTypeFor(context({ callerVillageId: 'v-hubin' }), { ...target, status: 'pending' }))).toBe('NOT_FOUND');
  });

  it('runs for this year and last', () => {
    expect(codeOf(() => assertEvaluationYear(2026, NOW))).toBe('ok');
    expect(codeOf(() => assertEvaluationYear(2025, NOW))).toBe('ok');
    expect(codeOf(() => assertEvaluationYear(2024, NOW))).toBe('INVALID_INPUT');
    expect(codeOf(() => assertEvaluationYear(2027, NOW))).toBe('INVALID_INPUT');
  });
});

describe('the ledger', () => {
  it('reads every term of a claim from the claim document, and drops the claimed events older versions stored', () => {
    const gao = memberOf({ activePostCount: 0 });
    const first = newClaim(postOf(), gao, '每周巡逻', NOW);
    const steppedDownAt = new Date('2026-05-25T09:00:00+08:00');
    const later = new Date('2026-06-01T08:00:00+08:00');
    const renewed = {
      _id: first._id,
      ...renewClaim({ ...first, ...stepDownFrom(first, gao._id, '值班', steppedDownAt) }, gao, '每周五巡逻', later),
    };
    const subject = { postId: first.postId, memberId: gao._id };
    const stored = [
      postEvent('postCreated', gao, new Date('2026-05-01T08:00:00+08:00'), { ...subject, detail: { title: '巡逻', capacity: 3 } }),
      postEvent('claimed', gao, NOW, { ...subject, detail: { commitment: '每周巡逻' } }),
      postEvent('steppedDown', gao, steppedDownAt, { ...subject, detail: { reason: '值班' } }),
    ];
    const ledger = postLedger(stored, [{ claim: renewed, memberName: '高秀山' }], 500);
    expect(ledger.map((e) => [e.type, e.at, e.actorName, e.detail.commitment ?? null, e.detail.term ?? null])).toEqual([
      ['claimed', later, '高秀山', '每周五巡逻', 2],
      ['steppedDown', steppedDownAt, gao.name, null, null],
      ['claimed', NOW, '高秀山', '每周巡逻', 1],
      ['postCreated', new Date('2026-05-01T08:00:00+08:00'), gao.name, null, null],
    ]);
    expect(postLedger(stored, [{ claim: renewed, memberName: '高秀山' }], 2).map((e) => e.type)).toEqual(['claimed', 'steppedDown']);
  });

  it('describes events in Chinese', () => {
    expect(describePostEvent({ type: 'claimed', detail: { commitment: '每周巡逻' } })).toBe('认领岗位，公示承诺：每周巡逻');
    expect(describePostEvent({ type: 'logRejected', detail: { hours: 2, reason: '补充照片' } })).toBe('退回2小时的服务：补充照片');
    expect(describePostEvent({ type: 'postEdited', detail: { title: 'B', previousTitle: 'A', capacity: 3, previousCapacity: 2 } })).toBe(
      '修改岗位「A」为「B」，名额2→3人',
    );
  });
});

describe('demo party work', () => {
  it('keeps every counter equal to the claims it counts', () => {
    for (const post of demoServicePosts) {
      expect({ post: post._id, held: post.held }).toEqual({
        post: post._id,
        held: demoClaims.filter((c) => c.postId === post._id && c.status === 'active').length,
      });
    }
    for (const member of demoPartyMembers) {
      expect({ member: member._id, active: member.activePostCount }).toEqual({
        member: member._id,
        active: demoClaims.filter((c) => c.memberId === member._id && c.status === 'active').length,
      });
    }
  });

  it('gives every party-member user a registration, and only approved ones the role', () => {
    for (const user of demoUsers.filter((u) => u.roles.includes('partyMember'))) {
      expect({ user: user._id, status: demoPartyMembers.find((m) => m._id === user._id)?.status }).toEqual({
        user: user._id,
        status: 'approved',
      });
    }
    for (const member of demoPartyMembers.filter((m) => m.status !== 'approved')) {
      expect(demoUsers.find((u) => u._id === member._id)?.roles).not.toContain('partyMember');
    }
  });

  it('has posts in every grid and logs only on claimed posts', () => {
    for (const grid of Object.values(DEMO_GRIDS)) expect(demoServicePosts.some((p) => p.gridId === grid._id)).toBe(true);
    for (const log of demoServiceLogs) expect(demoClaims.map((c) => c._id)).toContain(log.claimId);
  });
});
