import type { ClaimReceiptDto, Envelope, StaffPostDto } from '../../cloudfunctions/contract';
import { DEMO_GRIDS } from '../../localcloud/seed/demoPlaces';
import { buildFunctions } from '../../scripts/build-functions';
import { insertApprovedMembers } from '../../tests/support/partyMembers';
import { startTestCloud } from '../../tests/support/testCloud';
import type { BenchSection } from '../BenchSection';

const MEMBERS = 200;
const CAPACITY = 10;

/**
 * The claim race at scale: 200 approved party members claim one post of
 * capacity 10 at the same moment, over HTTP through the local runtime.
 * `claims.held` is what the database says afterwards; it must equal the
 * capacity, and `claims.granted` (successful answers) must agree with it.
 */
export const claimRace: BenchSection = {
  title: 'service-post claim race (200 members, capacity 10)',
  async run() {
    await buildFunctions();
    const test = await startTestCloud();
    try {
      const members = insertApprovedMembers(test.cloud.store, DEMO_GRIDS.hubin1, MEMBERS, 'bench-member');
      const created = (await test.call('demo-staff-hubin', 'posts', 'createPost', {
        clientKey: 'bench-claim-race-post',
        gridId: DEMO_GRIDS.hubin1._id,
        kindId: 'securityPatrol',
        title: '汛期湖堤巡查',
        duties: '汛期每天巡查湖堤，发现险情立即上报',
        capacity: CAPACITY,
      })) as Envelope<StaffPostDto>;
      if (!created.ok) throw new Error(`createPost failed: ${created.code}`);
      const postId = created.data.id;
      // Every instance loads the function first, so the claims race rather than queue behind cold starts.
      await Promise.all(members.slice(0, 8).map((openid) => test.call(openid, 'posts', 'browsePosts', {})));
      const answers = (await Promise.all(
        members.map((openid) => test.call(openid, 'posts', 'claimPost', { postId, commitment: '汛期每天巡查一次湖堤' })),
      )) as Array<Envelope<ClaimReceiptDto>>;
      const unexpected = answers.filter((answer) => !answer.ok && answer.code !== 'POST_FULL');
      if (unexpected.length) throw new Error(`unexpected refusals: ${JSON.stringify(unexpected.slice(0, 3))}`);
      const [post] = test.cloud.store.find('servicePosts', { _id: postId });
      return {
        'claims.attempts': answers.length,
        'claims.capacity': CAPACITY,
        'claims.held': Number(post.held),
        'claims.granted': answers.filter((answer) => answer.ok).length,
        'claims.activeClaims': test.cloud.store.count('claims', { postId, status: 'active' }),
      };
    } finally {
      await test.close();
    }
  },
};
