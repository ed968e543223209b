import type { ClaimReceiptDto, Envelope } from '../../cloudfunctions/contract';
import { DEMO_GRIDS } from '../../localcloud/seed/demoPlaces';
import { insertApprovedMembers } from '../support/partyMembers';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { key } from './support/requests';

/**
 * Capacity, the per-member limit and "not twice" hold when claims race:
 * they are conditional updates and a primary key, not read-then-write.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

interface StoredPost {
  held: number;
  capacity: number;
}

function failures(answers: Array<Envelope<ClaimReceiptDto>>): string[] {
  return answers.filter((answer) => !answer.ok).map((answer) => (answer.ok ? '' : answer.code));
}

/**
 * Loads the posts function in every instance of the runtime first: cold
 * instances start one after another, which would space the claims out
 * instead of racing them.
 */
async function warmUp(openids: string[]): Promise<void> {
  await Promise.all(openids.slice(0, 8).map((openid) => test.call(openid, 'posts', 'browsePosts', {})));
}

async function createPost(capacity: number, title: string): Promise<string> {
  const post = dataOf(
    await test.call('demo-staff-hubin', 'posts', 'createPost', {
      clientKey: key('post'),
      gridId: DEMO_GRIDS.hubin1._id,
      kindId: 'securityPatrol',
      title,
      duties: '巡查村道和湖堤',
      capacity,
    }),
  );
  return post.id;
}

it('20 members claim a post of capacity 3 at once: exactly 3 hold it', async () => {
  const members = insertApprovedMembers(test.cloud.store, DEMO_GRIDS.hubin1, 20, 'race20');
  const postId = await createPost(3, '抢认领岗位');
  await warmUp(members);

  const answers = await Promise.all(
    members.map((openid) => test.call(openid, 'posts', 'claimPost', { postId, commitment: '按时上岗，认真履行承诺' })),
  );

  expect(answers.filter((answer) => answer.ok)).toHaveLength(3);
  expect(new Set(failures(answers))).toEqual(new Set(['POST_FULL']));
  const [post] = test.cloud.store.find('servicePosts', { _id: postId }) as unknown as StoredPost[];
  expect(post).toMatchObject({ held: 3, capacity: 3 });
  const holders = test.cloud.store.find('claims', { postId, status: 'active' });
  expect(holders).toHaveLength(3);
  // Every loser got their place in the personal limit back.
  const counts = test.cloud.store.find('partyMembers', { _id: { $in: members } }).map((m) => m.activePostCount);
  expect(counts.filter((n) => n === 1)).toHaveLength(3);
  expect(counts.filter((n) => n === 0)).toHaveLength(17);
  // The ledger shows the three claims, read from their claim documents.
  const history = dataOf(await test.call('demo-staff-hubin', 'posts', 'postHistory', { postId }));
  expect(history.events.filter((event) => event.type === 'claimed')).toHaveLength(3);

  const board = dataOf(await test.call('demo-resident-wang', 'posts', 'board', { gridId: DEMO_GRIDS.hubin1._id }));
  expect(board.posts.find((p) => p.id === postId)?.holders).toHaveLength(3);
});

it('one member claiming five posts at once gets only as many as the limit (2)', async () => {
  const [member] = insertApprovedMembers(test.cloud.store, DEMO_GRIDS.hubin1, 1, 'greedy');
  const postIds = await Promise.all([1, 2, 3, 4, 5].map((n) => createPost(5, `限额岗位${n}`)));
  await warmUp(Array.from({ length: 8 }, () => member));

  const answers = await Promise.all(
    postIds.map((postId) => test.call(member, 'posts', 'claimPost', { postId, commitment: '保证按时到岗服务' })),
  );

  expect(answers.filter((answer) => answer.ok)).toHaveLength(2);
  expect(new Set(failures(answers))).toEqual(new Set(['CLAIM_LIMIT_REACHED']));
  expect(test.cloud.store.count('claims', { memberId: member, status: 'active' })).toBe(2);
  expect(test.cloud.store.find('partyMembers', { _id: member })[0].activePostCount).toBe(2);
  const held = test.cloud.store.find('servicePosts', { _id: { $in: postIds } }).map((p) => p.held as number);
  expect(held.reduce((a, b) => a + b, 0)).toBe(2);
});

it('one member tapping claim five times on the same post holds it once', async () => {
  const [member] = insertApprovedMembers(test.cloud.store, DEMO_GRIDS.hubin1, 1, 'doubletap');
  const postId = await createPost(5, '重复点击岗位');
  await warmUp(Array.from({ length: 8 }, () => member));

  const answers = await Promise.all(
    Array.from({ length: 5 }, () => test.call(member, 'posts', 'claimPost', { postId, commitment: '认真履职，服务群众' })),
  );

  expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
  for (const code of failures(answers)) expect(['ALREADY_CLAIMED', 'CLAIM_LIMIT_REACHED']).toContain(code);
  expect(test.cloud.store.count('claims', { postId })).toBe(1);
  expect(test.cloud.store.find('servicePosts', { _id: postId })[0].held).toBe(1);
  expect(test.cloud.store.find('partyMembers', { _id: member })[0].activePostCount).toBe(1);
});

it('claims racing a post being closed leave no one holding the closed post', async () => {
  const members = insertApprovedMembers(test.cloud.store, DEMO_GRIDS.hubin1, 12, 'closing');
  const postId = await createPost(10, '即将关闭的岗位');
  await warmUp(members);

  const [closed, ...answers] = await Promise.all([
    test.call('demo-staff-hubin', 'posts', 'closePost', { postId, reason: '岗位调整' }),
    ...members.map((openid) => test.call(openid, 'posts', 'claimPost', { postId, commitment: '按时上岗，认真履职' })),
  ]);

  expect(closed.ok).toBe(true);
  for (const code of failures(answers as Array<Envelope<ClaimReceiptDto>>)) expect(code).toBe('POST_CLOSED');
  expect(test.cloud.store.count('claims', { postId, status: 'active' })).toBe(0);
  expect(test.cloud.store.find('servicePosts', { _id: postId })[0]).toMatchObject({ status: 'closed', held: 0 });
  const counts = test.cloud.store.find('partyMembers', { _id: { $in: members } }).map((m) => m.activePostCount);
  expect(counts.every((n) => n === 0)).toBe(true);
});

it('two staff deciding one registration at once: one decision wins, and the role follows it', async () => {
  const [answerA, answerB] = await Promise.all([
    test.call('demo-staff-hubin', 'posts', 'decideRegistration', { memberId: 'demo-party-xu', decision: 'approve' }),
    test.call('demo-staff-township', 'posts', 'decideRegistration', { memberId: 'demo-party-xu', decision: 'reject', reason: '信息有误' }),
  ]);
  const outcomes = [answerA, answerB].map((answer) => (answer.ok ? 'ok' : answer.code)).sort();
  expect(outcomes).toEqual(['CONFLICT', 'ok']);
  const [registration] = test.cloud.store.find('partyMembers', { _id: 'demo-party-xu' });
  const [user] = test.cloud.store.find('users', { _id: 'demo-party-xu' });
  expect((user.roles as string[]).includes('partyMember')).toBe(registration.status === 'approved');
  expect(test.cloud.store.count('postEvents', { memberId: 'demo-party-xu' })).toBe(1);
});
