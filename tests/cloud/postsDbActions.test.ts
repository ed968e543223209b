import type { ActionName, BrowseDto } from '../../cloudfunctions/contract';
import { chinaDate } from '../../cloudfunctions/domain/shared/chinaTime';
import { SETTINGS_ID, SETTINGS_TTL_MS } from '../../cloudfunctions/functions/posts/support/settingsCache';
import { DEMO_GRIDS } from '../../localcloud/seed/demoPlaces';
import { actionExamples } from '../support/actionExamples';
import { insertApprovedMembers } from '../support/partyMembers';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { claimLimitVersion } from './support/claimLimitVersion';
import { key } from './support/requests';

/**
 * What each posts action may cost in database actions (each one billed, and
 * a round trip on a rural network), measured on the demo data as the bench
 * does (`dbActions.posts.*`), the caller's read included. An upper bound, so
 * a change that adds reads fails here; lower it when an action gets cheaper.
 */
const MAX_DB_ACTIONS: { [A in ActionName<'posts'>]: number } = {
  overview: 4,
  registrationForm: 6,
  register: 7,
  registrations: 5,
  decideRegistration: 9,
  endMembership: 16,
  staffPosts: 5,
  createPost: 4,
  editPost: 6,
  closePost: 6,
  setClaimLimit: 6,
  browsePosts: 4,
  claimPost: 6,
  stepDown: 6,
  logService: 4,
  myRecord: 10,
  verificationQueue: 7,
  verifyLog: 9,
  board: 7,
  serviceTotals: 10,
  postHistory: 5,
  starCandidates: 8,
  scoreStars: 7,
};

let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());
afterEach(() => test.cloud.setClockOffset(0));

it('every posts action stays within its database actions', async () => {
  const measured: Record<string, number> = {};
  for (const [action, example] of Object.entries(actionExamples.posts)) {
    test.cloud.setClockOffset(example.at ? example.at.getTime() - Date.now() : 0);
    await example.prepare?.(test.cloud.url);
    const { body, dbActions } = await test.raw(example.caller, 'posts', { action, payload: example.payload });
    expect(body).toMatchObject({ ok: true });
    measured[action] = dbActions;
  }
  const over = Object.entries(measured).filter(([action, count]) => count > MAX_DB_ACTIONS[action as ActionName<'posts'>]);
  expect(over).toEqual([]);
});

const claim = (openid: string, postId: string) => test.call(openid, 'posts', 'claimPost', { postId, commitment: '按时上岗，认真履行承诺' });
const setLimit = (maxActivePosts: number) =>
  test.call('demo-admin', 'posts', 'setClaimLimit', { maxActivePosts, version: claimLimitVersion(test) });
const browse = async (openid: string): Promise<BrowseDto> => dataOf(await test.call(openid, 'posts', 'browsePosts', {}));

async function createPosts(count: number, title: string): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 1; n <= count; n += 1) {
    const post = dataOf(
      await test.call('demo-staff-hubin', 'posts', 'createPost', {
        clientKey: key('post'),
        gridId: DEMO_GRIDS.hubin1._id,
        kindId: 'securityPatrol',
        title: `${title}${n}`,
        duties: '巡查村道和湖堤',
        capacity: 3,
      }),
    );
    ids.push(post.id);
  }
  return ids;
}

/** The settings document as another instance of the function would leave it after setClaimLimit. */
function editedElsewhere(maxActivePosts: number): void {
  test.cloud.store.documents.update(
    'settings',
    { _id: SETTINGS_ID },
    { $set: { maxActivePostsPerMember: maxActivePosts } },
    { multi: false, replace: false, upsert: true },
  );
}

describe('the kept claim limit', () => {
  it('is replaced at once by setClaimLimit: the next claim is judged by the new limit', async () => {
    const [member] = insertApprovedMembers(test.cloud.store, DEMO_GRIDS.hubin1, 1, 'limit-here');
    const [first, second] = await createPosts(2, '限额变更岗位');
    expect((await setLimit(1)).ok).toBe(true);
    expect((await browse(member)).maxActivePosts).toBe(1);
    expect((await claim(member, first)).ok).toBe(true);
    expect(await claim(member, second)).toMatchObject({ ok: false, code: 'CLAIM_LIMIT_REACHED' });

    expect((await setLimit(2)).ok).toBe(true);
    expect((await claim(member, second)).ok).toBe(true);
    expect((await browse(member)).maxActivePosts).toBe(2);
  });

  it('follows an edit made by another instance: a raised limit at once, any edit within the TTL', async () => {
    const [member] = insertApprovedMembers(test.cloud.store, DEMO_GRIDS.hubin1, 1, 'limit-there');
    const posts = await createPosts(3, '它处变更岗位');
    expect((await setLimit(2)).ok).toBe(true);
    expect((await claim(member, posts[0])).ok).toBe(true);
    expect((await claim(member, posts[1])).ok).toBe(true);

    // Raised elsewhere: the refusal is checked against a fresh read, so the claim goes through.
    editedElsewhere(3);
    expect((await claim(member, posts[2])).ok).toBe(true);

    // Lowered elsewhere: seen once the kept value is older than the TTL.
    editedElsewhere(1);
    test.cloud.setClockOffset(SETTINGS_TTL_MS + 1_000);
    expect((await browse(member)).maxActivePosts).toBe(1);
  });
});

it('a claim and a service log, read in one aggregate each, still name the post, kind, grid, member and branch', async () => {
  const [member] = insertApprovedMembers(test.cloud.store, DEMO_GRIDS.hubin1, 1, 'named');
  const [postId] = await createPosts(1, '名称核对岗位');
  const [kind] = test.cloud.store.find('postKinds', { _id: 'securityPatrol' });
  const [branch] = test.cloud.store.find('branches', { _id: 'b-hubin' });
  const [stored] = test.cloud.store.find('partyMembers', { _id: member });
  const grid = { id: DEMO_GRIDS.hubin1._id, name: DEMO_GRIDS.hubin1.name };

  const receipt = dataOf(await claim(member, postId));
  expect(receipt).toMatchObject({ postId, title: '名称核对岗位1', kind: { id: 'securityPatrol', name: kind.name }, grid });

  const log = dataOf(
    await test.call(member, 'posts', 'logService', {
      clientKey: `dbactions-log-${postId}`,
      postId,
      date: chinaDate(new Date()),
      hours: 1.5,
      content: '夜间巡查湖堤',
      photos: [],
    }),
  );
  expect(log).toMatchObject({ postTitle: '名称核对岗位1', kindName: kind.name, grid, memberName: stored.name, branchName: branch.name });
});

it('takes a post id as an id, never as a field of the member', async () => {
  const [member] = insertApprovedMembers(test.cloud.store, DEMO_GRIDS.hubin1, 1, 'dollar');
  // A post whose id is the member's: read as a field path, '$_id' would find it.
  const [template] = test.cloud.store.find('servicePosts', { gridId: DEMO_GRIDS.hubin1._id, status: 'open' });
  test.cloud.store.insertMany('servicePosts', [{ ...template, _id: member, held: 0, capacity: 5 }]);
  for (const postId of ['$_id', '$branchId', '$$ROOT']) {
    expect(await claim(member, postId)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  }
  expect(test.cloud.store.find('partyMembers', { _id: member })[0].activePostCount).toBe(0);
});
