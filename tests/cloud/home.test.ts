import type { Envelope, HomeDto } from '../../cloudfunctions/contract';
import type { User } from '../../cloudfunctions/domain/people/User';
import type { ResidentRequest } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { envelopeCode } from '../support/codes';
import { uploadToken } from '../../cloudfunctions/shared/uploadFolder';
import { snapshotStore } from '../support/snapshotStore';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * users.home: 首页 in one call (the profile and the home grid's 便民联系卡),
 * for whoever WeChat says is calling, within 4 database actions.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

async function home(openid: string): Promise<{ data: HomeDto; dbActions: number }> {
  const { body, dbActions } = await test.raw(openid, 'users', { action: 'home', payload: {} });
  return { data: dataOf(body as Envelope<HomeDto>), dbActions };
}

const userOf = (id: string) => test.cloud.store.find('users', { _id: id })[0] as unknown as User | undefined;
const requestOf = (id: string) => test.cloud.store.find('requests', { _id: id })[0] as unknown as ResidentRequest;

describe('users.home', () => {
  it('answers what users.me and grids.contactCard answer, in one call of at most 4 database actions', async () => {
    const { data, dbActions } = await home('demo-resident-wang');
    const me = dataOf(await test.call('demo-resident-wang', 'users', 'me', {}));
    const card = dataOf(await test.call('demo-resident-wang', 'grids', 'contactCard', { gridId: 'g-hubin-1' }));
    expect(data).toEqual({ profile: me, card });
    expect(data.card?.contacts.map((c) => [c.name, c.title, c.level])).toEqual([
      ['汪德华', '网格长', 'grid'],
      ['周义青', '调解员', 'grid'],
    ]);
    expect(dbActions).toBeLessThanOrEqual(4);
  });

  it('is the caller WeChat names: each person gets their own grid, and the payload names nobody', async () => {
    expect((await home('demo-resident-wang')).data.card?.grid.id).toBe('g-hubin-1');
    expect((await home('demo-resident-sun')).data.card?.grid.id).toBe('g-taihua-2');
    const forged = await test.raw('demo-resident-sun', 'users', { action: 'home', payload: { openid: 'demo-resident-wang' } });
    expect(envelopeCode(forged.body as Envelope<unknown>)).toBe('INVALID_INPUT');
    expect(envelopeCode((await test.raw(null, 'users', { action: 'home', payload: {} })).body as Envelope<unknown>)).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('tells a first visit it is not registered, with no card, writing nothing', async () => {
    const before = await snapshotStore(test);
    const { data, dbActions } = await home('wx-home-first-visit');
    expect(data).toEqual({
      profile: {
        registered: false,
        name: null,
        roles: [],
        homeGrid: null,
        elderMode: false,
        elderModeSetAt: null,
        phone: null,
        contactPhone: null,
        uploadToken: uploadToken('wx-home-first-visit'),
      },
      card: null,
    });
    expect(dbActions).toBe(1);
    expect(await snapshotStore(test)).toBe(before);
  });

  it('gives a registered person without a home grid (or with one that is gone) their profile and no card', async () => {
    const wang = userOf('demo-resident-wang')!;
    test.cloud.store.insertMany('users', [
      { ...wang, _id: 'wx-home-no-grid', name: '没网格', homeGridId: null },
      { ...wang, _id: 'wx-home-gone-grid', name: '网格没了', homeGridId: 'g-removed' },
    ]);
    for (const openid of ['wx-home-no-grid', 'wx-home-gone-grid']) {
      const { data } = await home(openid);
      expect(data.profile).toMatchObject({ registered: true, roles: wang.roles, homeGrid: null });
      expect(data.card).toBeNull();
    }
  });

  it("shows the village's first responsible people for a grid nobody serves yet", async () => {
    const hubin1 = test.cloud.store.find('nodes', { _id: 'g-hubin-1' })[0];
    test.cloud.store.insertMany('nodes', [{ ...hubin1, _id: 'g-hubin-new', name: '第九网格（新建）', order: 9 }]);
    test.cloud.store.insertMany('users', [{ ...userOf('demo-resident-wang')!, _id: 'wx-home-new-grid', homeGridId: 'g-hubin-new' }]);
    const { data, dbActions } = await home('wx-home-new-grid');
    expect(data.profile.homeGrid?.grid).toEqual({ id: 'g-hubin-new', name: '第九网格（新建）', level: 'grid' });
    expect(data.card?.village.name).toBe('湖滨村');
    // 李大毛, 湖滨村's 村党总支书记.
    expect(data.card?.contacts).toEqual([
      { name: '李大毛', title: '村党总支书记', duties: [], phone: '05565201001', firstResponsible: true, level: 'village' },
    ]);
    expect(dbActions).toBeLessThanOrEqual(4);
  });

  it('finishes a take-over cut short by a crash, as users.me does', async () => {
    const rosterId = 'roster-13800000077';
    test.cloud.store.insertMany('users', [
      { ...userOf('demo-resident-wang')!, _id: 'wx-home-crashed', phone: '13800000077', movingFrom: rosterId },
    ]);
    test.cloud.store.insertMany('requests', [
      {
        ...requestOf('demo-rq-1'),
        _id: 'home-stuck-rq',
        handler: { id: rosterId, name: '汪小海', title: '网格员' },
        openHandlerId: rosterId,
        handlerIds: [rosterId],
      },
    ]);
    const opened = await home('wx-home-crashed');
    expect(opened.data.card?.grid.id).toBe('g-hubin-1');
    expect(requestOf('home-stuck-rq')).toMatchObject({
      handler: { id: 'wx-home-crashed', name: '汪小海' },
      openHandlerId: 'wx-home-crashed',
      handlerIds: ['wx-home-crashed'],
    });
    expect(userOf('wx-home-crashed')).not.toHaveProperty('movingFrom');
    // Once finished, the home costs what it does for anyone.
    expect((await home('wx-home-crashed')).dbActions).toBeLessThan(opened.dbActions);
  });
});
