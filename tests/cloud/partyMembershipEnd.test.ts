import { DEMO_GRIDS } from '../../localcloud/seed/demoPlaces';
import { insertApprovedMembers } from '../support/partyMembers';
import { resetDemoData } from '../support/resetDemoData';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { refusedWithoutTrace } from './support/refusedWithoutTrace';
import { claimLimitVersion } from './support/claimLimitVersion';
import { key } from './support/requests';

/**
 * 撤销报到 (posts.endMembership): staff of a member's community end an
 * approved membership (moved out of the place, no longer a member here).
 * The registration and the party-member role end together; every post the
 * member held is freed (its place open to others), the service logs stay;
 * the member is no longer listed as a member or a holder; reported and
 * approved again, they start with no claims. A repeat changes nothing more;
 * a refusal writes nothing; a claim racing the ending leaves nothing held.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());
beforeEach(() => resetDemoData(test));

const GAO = 'demo-party-gao'; // 湖滨村 第二网格, holds p-hubin2-public
const POST = 'p-hubin2-public';
const store = () => test.cloud.store;
const end = (openid: string, memberId = GAO, reason = '已迁往县城居住，组织关系转出') =>
  test.call(openid, 'posts', 'endMembership', { memberId, reason });
const heldOf = (postId: string) => store().find('servicePosts', { _id: postId })[0].held as number;
const holdersOf = async (postId: string) => {
  const posts = dataOf(await test.call('demo-staff-hubin', 'posts', 'staffPosts', { gridId: 'g-hubin-2' })).posts;
  return posts.find((post) => post.id === postId)?.holders.map((holder) => holder.name) ?? [];
};

it('frees the posts held, keeps the service logs, takes the role, and lists the member no more', async () => {
  const logs = store().count('serviceLogs', { memberId: GAO });
  expect(logs).toBeGreaterThan(0);
  const held = heldOf(POST);
  expect(await holdersOf(POST)).toContain('高秀山');

  const answer = dataOf(await end('demo-staff-hubin'));
  expect(answer).toMatchObject({ releasedPosts: 1, registration: { status: 'ended', ended: { reason: '已迁往县城居住，组织关系转出' } } });

  expect(heldOf(POST)).toBe(held - 1);
  expect(store().count('claims', { memberId: GAO, status: 'active' })).toBe(0);
  expect(store().find('claims', { memberId: GAO, postId: POST })[0]).toMatchObject({ status: 'ended', endedBy: 'demo-staff-hubin' });
  expect(store().find('partyMembers', { _id: GAO })[0]).toMatchObject({ status: 'ended', activePostCount: 0 });
  expect(store().find('users', { _id: GAO })[0].roles).not.toContain('partyMember');
  expect(store().count('serviceLogs', { memberId: GAO })).toBe(logs);
  expect(await holdersOf(POST)).not.toContain('高秀山');
  const approved = dataOf(await test.call('demo-staff-hubin', 'posts', 'registrations', { status: 'approved' }));
  expect(approved.registrations.map((r) => r.memberId)).not.toContain(GAO);
  const ended = dataOf(await test.call('demo-staff-hubin', 'posts', 'registrations', { status: 'ended' }));
  expect(ended.registrations.map((r) => r.memberId)).toContain(GAO);
  // The ledger says so: the ending, and the post freed.
  expect(store().count('postEvents', { memberId: GAO, type: 'membershipEnded' })).toBe(1);
  expect(store().count('postEvents', { memberId: GAO, postId: POST, type: 'claimEnded' })).toBe(1);
  // No longer a party member: the member's actions are refused.
  const claim = await test.call(GAO, 'posts', 'claimPost', { postId: 'p-hubin2-skills', commitment: '按时上岗，认真履行承诺' });
  expect(claim).toMatchObject({ ok: false, code: 'FORBIDDEN' });
});

it('a repeat changes nothing more; the member reported and approved again starts with no claims', async () => {
  dataOf(await end('demo-staff-hubin'));
  const before = store().count('postEvents', {});
  expect(dataOf(await end('demo-staff-township'))).toMatchObject({ releasedPosts: 0, registration: { status: 'ended' } });
  expect(store().count('postEvents', {})).toBe(before);

  const form = dataOf(await test.call(GAO, 'posts', 'registrationForm', {}));
  expect(form.registration?.status).toBe('ended');
  dataOf(
    await test.call(GAO, 'posts', 'register', {
      clientKey: key('reg'),
      name: '高秀山',
      phone: '13905563001',
      branchId: 'b-hubin',
      employer: '望江县供电公司',
      gridId: 'g-hubin-2',
      skillKindIds: [],
      skills: '',
    }),
  );
  dataOf(await test.call('demo-staff-hubin', 'posts', 'decideRegistration', { memberId: GAO, decision: 'approve' }));
  const record = dataOf(await test.call(GAO, 'posts', 'myRecord', {}));
  expect(record.activeCount).toBe(0);
  expect(record.claims.filter((claim) => claim.status === 'active')).toEqual([]);
  expect(record.registration).toMatchObject({ status: 'approved', ended: null });
  // Their places are theirs to claim again, within the limit.
  const again = await test.call(GAO, 'posts', 'claimPost', { postId: POST, commitment: '继续义务检查线路' });
  expect(again.ok).toBe(true);
});

it('refuses, writing nothing: another village’s staff, a grid’s staff, a resident, a pending registration, nobody, no reason', async () => {
  await refusedWithoutTrace(test, () => end('demo-staff-taihua'), 'OUT_OF_JURISDICTION');
  await refusedWithoutTrace(test, () => end('demo-resident-wang'), 'FORBIDDEN');
  await refusedWithoutTrace(test, () => end(GAO), 'FORBIDDEN');
  await refusedWithoutTrace(test, () => end('demo-staff-hubin', 'demo-party-xu'), 'CONFLICT');
  await refusedWithoutTrace(test, () => end('demo-staff-hubin', 'nobody-at-all'), 'NOT_FOUND');
  await refusedWithoutTrace(test, () => end('demo-staff-hubin', GAO, ' '), 'INVALID_INPUT');
});

it('claims racing the ending leave the member holding nothing and every place counted', async () => {
  const [member] = insertApprovedMembers(store(), DEMO_GRIDS.hubin1, 1, 'leaving');
  dataOf(await test.call('demo-admin', 'posts', 'setClaimLimit', { maxActivePosts: 6, version: claimLimitVersion(test) }));
  const posts: string[] = [];
  for (let n = 1; n <= 6; n += 1) {
    const post = dataOf(
      await test.call('demo-staff-hubin', 'posts', 'createPost', {
        clientKey: key('post'),
        gridId: DEMO_GRIDS.hubin1._id,
        kindId: 'securityPatrol',
        title: `离开前的岗位${n}`,
        duties: '巡查村道',
        capacity: 2,
      }),
    );
    posts.push(post.id);
  }
  const [first, second] = posts;
  dataOf(await test.call(member, 'posts', 'claimPost', { postId: first, commitment: '按时上岗，认真履行承诺' }));
  dataOf(await test.call(member, 'posts', 'claimPost', { postId: second, commitment: '按时上岗，认真履行承诺' }));

  const [ending] = await Promise.all([
    end('demo-staff-hubin', member, '已迁出本村'),
    ...posts.slice(2).map((postId) => test.call(member, 'posts', 'claimPost', { postId, commitment: '按时上岗，认真履行承诺' })),
  ]);
  expect(ending.ok).toBe(true);
  expect(store().count('claims', { memberId: member, status: 'active' })).toBe(0);
  for (const postId of posts) expect(heldOf(postId)).toBe(store().count('claims', { postId, status: 'active' }));
  expect(store().find('partyMembers', { _id: member })[0]).toMatchObject({ status: 'ended', activePostCount: 0 });
});
