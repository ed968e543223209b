import { instantAt } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import { slotTallyIdOf } from '../../cloudfunctions/domain/servicedays/dateLayout';
import { sessionIdOf } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import type { Envelope } from '../../cloudfunctions/contract';
import type { DatabaseRequestView } from '../../localcloud';
import { DEMO_GRIDS } from '../../localcloud/seed/demoPlaces';
import { DEMO_SERVICE_DAY_ID, demoBookingDate } from '../../localcloud/seed/demoServiceDays';
import { insertApprovedMembers } from '../support/partyMembers';
import { resetDemoData } from '../support/resetDemoData';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * Branches an action takes only when another writer lands between its check
 * and its write. The local runtime would run the two calls one after the
 * other, so each test holds the action at the store call between the two
 * (`pauseBefore`: that database request waits) and runs the other writer
 * there, whole: the interleaving is exact on any machine.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());
beforeEach(async () => {
  await resetDemoData(test);
  test.cloud.setClockOffset(0);
});

const store = () => test.cloud.store;

/** Holds the next request `match` picks until `other` has answered; gives that answer once the held call is done. */
function between<T>(match: (request: DatabaseRequestView) => boolean, other: () => Promise<T>): () => T {
  let answer: { value: T } | null = null;
  test.cloud.pauseBefore(match, async () => {
    answer = { value: await other() };
  });
  return () => {
    if (!answer) throw new Error('the held request never came: the seam is not where the test looks for it');
    return answer.value;
  };
}

describe('servicedays.addWalkIn: two walk-ins for the last place', () => {
  const STAFF = 'demo-staff-township';
  const date = demoBookingDate(new Date());
  const session = sessionIdOf(DEMO_SERVICE_DAY_ID, date);
  const SLOT = 'w4_1000'; // 法律咨询 10:00, 2 places
  const walkIn = (name: string, requestKey: string) =>
    test.call(STAFF, 'servicedays', 'addWalkIn', { sessionId: session, windowId: 'w4', slotKey: SLOT, name, requestKey });
  const tally = () => store().find('slotTallies', { _id: slotTallyIdOf(session, SLOT) })[0] as { taken: number } | undefined;
  const bookedInSlot = () =>
    store()
      .find('serviceBookings', { sessionId: session })
      .flatMap((doc) => doc.records as Array<{ slotKey: string | null; name: string }>)
      .filter((record) => record.slotKey === SLOT)
      .map((record) => record.name)
      .sort();

  it('the one whose take lands second is told SLOT_FULL and leaves nothing: no booking, no code, the place counted once', async () => {
    test.cloud.setClockOffset(instantAt(date, '09:30').getTime() - Date.now());
    dataOf(await walkIn('汪大爷', 'last-place-0001'));
    expect(tally()?.taken).toBe(1);
    const codes = store().count('bookingCodes', {});

    // Both read one place left; the other's walk-in takes it while this one's take is on its way.
    const other = between(
      (request) => request.functionName === 'servicedays' && request.collection === 'slotTallies' && request.data.includes('taken'),
      () => walkIn('钱大伯', 'last-place-0002'),
    );
    const lost = await walkIn('李老汉', 'last-place-0003');

    expect(dataOf(other() as Envelope<{ slotKey: string | null }>).slotKey).toBe(SLOT);
    expect(lost).toMatchObject({ ok: false, code: 'SLOT_FULL' });
    expect(tally()?.taken).toBe(2);
    expect(bookedInSlot()).toEqual(['汪大爷', '钱大伯'].sort());
    expect(store().count('bookingCodes', {})).toBe(codes + 1);
  });
});

describe('posts.claimPost: the membership ends while the claim is being made', () => {
  const COMMITMENT = '按时上岗，认真履行承诺';

  it('the claim withdraws itself: FORBIDDEN, nothing held on the post or in the member’s limit', async () => {
    const [member] = insertApprovedMembers(store(), DEMO_GRIDS.hubin1, 1, 'mid-claim');
    const post = dataOf(
      await test.call('demo-staff-hubin', 'posts', 'createPost', {
        clientKey: 'race-branch-post-0001',
        gridId: DEMO_GRIDS.hubin1._id,
        kindId: 'securityPatrol',
        title: '村道夜间巡查',
        duties: '巡查村道',
        capacity: 2,
      }),
    );

    // The claim has passed its checks and taken its places; before it is written, staff end the membership (撤销报到).
    const ending = between(
      (request) => request.functionName === 'posts' && request.collection === 'claims' && request.action === 'database.insertDocument',
      () => test.call('demo-staff-hubin', 'posts', 'endMembership', { memberId: member, reason: '已迁出本村' }),
    );
    const claimed = await test.call(member, 'posts', 'claimPost', { postId: post.id, commitment: COMMITMENT });

    // The ending found no claim yet to release: the claim itself had to withdraw.
    expect(dataOf(ending())).toMatchObject({ releasedPosts: 0, registration: { status: 'ended' } });
    expect(claimed).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(store().count('claims', { memberId: member, status: 'active' })).toBe(0);
    expect(store().find('claims', { memberId: member, postId: post.id })[0]).toMatchObject({ endedBy: 'demo-staff-hubin' });
    expect(store().find('servicePosts', { _id: post.id })[0].held).toBe(0);
    expect(store().find('partyMembers', { _id: member })[0]).toMatchObject({ status: 'ended', activePostCount: 0 });
  });
});
