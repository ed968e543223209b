import { chinaDate } from '../../cloudfunctions/domain/shared/chinaTime';
import { resetDemoData } from '../support/resetDemoData';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * Resends of party-member work after a run stopped half way or a rule
 * changed meanwhile: the ledger entry a stopped run left out is written by
 * the resend, once; a resend of a recorded service log refused by a rule
 * that changed meanwhile gets the log it recorded, never a second one.
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
/** What a run that stopped right after its own write leaves: no ledger entry. */
const dropEvents = (filter: Record<string, unknown>) => store().documents.remove('postEvents', filter, true);
const entry = {
  clientKey: 'resend-log-0001',
  postId: POST,
  date: chinaDate(new Date()),
  hours: 2,
  content: '帮李大爷修好了门口的路灯',
  photos: [] as string[],
};
const logService = (payload: typeof entry = entry) => test.call(GAO, 'posts', 'logService', payload);

describe('posts.logService resent', () => {
  it('writes the ledger entry a stopped run left out, once', async () => {
    const first = dataOf(await logService());
    dropEvents({ logId: first.id });
    expect(dataOf(await logService()).id).toBe(first.id);
    expect(dataOf(await logService()).id).toBe(first.id);
    expect(store().count('serviceLogs', { memberId: GAO, content: entry.content })).toBe(1);
    expect(store().count('postEvents', { logId: first.id, type: 'serviceLogged' })).toBe(1);
  });

  it('answers with the log it recorded when the term ended or the post closed meanwhile', async () => {
    const first = dataOf(await logService());
    dataOf(await test.call(GAO, 'posts', 'stepDown', { postId: POST, reason: '工作调动，时间顾不上' }));
    expect(dataOf(await logService())).toMatchObject({ id: first.id, content: entry.content, status: 'pending' });
    dataOf(await test.call('demo-staff-hubin', 'posts', 'closePost', { postId: POST, reason: '并入村电工服务队' }));
    expect(dataOf(await logService())).toMatchObject({ id: first.id, content: entry.content });
    expect(store().count('serviceLogs', { memberId: GAO, content: entry.content })).toBe(1);
    expect(store().count('postEvents', { logId: first.id, type: 'serviceLogged' })).toBe(1);
  });

  it('still refuses other content under the key, and a new entry on a post no longer held', async () => {
    dataOf(await logService());
    dataOf(await test.call(GAO, 'posts', 'stepDown', { postId: POST, reason: '工作调动，时间顾不上' }));
    const logs = store().count('serviceLogs', {});
    expect(await logService({ ...entry, hours: 3 })).toMatchObject({ ok: false, code: 'KEY_REUSED' });
    expect(await logService({ ...entry, clientKey: 'resend-log-0002' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(store().count('serviceLogs', {})).toBe(logs);
  });
});

describe('posts.endMembership resent', () => {
  const end = (openid: string) => test.call(openid, 'posts', 'endMembership', { memberId: GAO, reason: '已迁往县城居住，组织关系转出' });

  it('writes the ending’s and the freed post’s ledger entries a stopped run left out, once each', async () => {
    expect(dataOf(await end('demo-staff-hubin'))).toMatchObject({ releasedPosts: 1 });
    const written = store().find('postEvents', { memberId: GAO, type: { $in: ['membershipEnded', 'claimEnded'] } });
    expect(written).toHaveLength(2);
    dropEvents({ memberId: GAO });
    expect(dataOf(await end('demo-staff-township'))).toMatchObject({ releasedPosts: 0, registration: { status: 'ended' } });
    dataOf(await end('demo-staff-hubin'));
    const again = store().find('postEvents', { memberId: GAO });
    expect(again.map((event) => [event.type, event.postId, event.actorId]).sort()).toEqual(
      written.map((event) => [event.type, event.postId, event.actorId]).sort(),
    );
  });

  it('a repeat with nothing left out writes nothing', async () => {
    dataOf(await end('demo-staff-hubin'));
    const before = store().count('postEvents', {});
    dataOf(await end('demo-staff-hubin'));
    expect(store().count('postEvents', {})).toBe(before);
  });
});
