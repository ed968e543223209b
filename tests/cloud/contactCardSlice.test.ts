import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { uploadToken } from '../../cloudfunctions/shared/uploadFolder';
import { snapshotStore } from '../support/snapshotStore';

/** The thin slice through the real SDK: a visitor registers in a grid and reads its contact card. */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

describe('users', () => {
  it('tells a first-time visitor they are not registered, writing nothing', async () => {
    const before = await snapshotStore(test);
    const me = dataOf(await test.call('new-visitor-1', 'users', 'me', {}));
    expect(me).toEqual({
      registered: false,
      name: null,
      roles: [],
      homeGrid: null,
      elderMode: false,
      elderModeSetAt: null,
      phone: null,
      contactPhone: null,
      uploadToken: uploadToken('new-visitor-1'),
    });
    expect(await snapshotStore(test)).toBe(before);
  });

  it('registers a visitor as a resident of the grid they pick', async () => {
    const profile = dataOf(await test.call('new-visitor-2', 'users', 'chooseGrid', { gridId: 'g-taihua-2' }));
    expect(profile.registered).toBe(true);
    expect(profile.roles).toEqual(['resident']);
    expect(profile.homeGrid).toEqual({
      grid: { id: 'g-taihua-2', name: '第二网格（河南组）', level: 'grid' },
      village: { id: 'v-taihua', name: '太华村', level: 'village' },
      township: { id: 't-liangquan', name: '凉泉乡', level: 'township' },
    });
    const again = dataOf(await test.call('new-visitor-2', 'users', 'me', {}));
    expect(again.homeGrid?.grid.id).toBe('g-taihua-2');
  });

  it('moves a grid member home without touching their roles', async () => {
    const profile = dataOf(await test.call('demo-grid-zhou', 'users', 'chooseGrid', { gridId: 'g-hubin-2' }));
    expect(profile.roles).toEqual(['resident', 'gridMember', 'partyMember']);
    expect(profile.homeGrid?.grid.id).toBe('g-hubin-2');
    const [stored] = (await test.cloud.store.find('users', { _id: 'demo-grid-zhou' })) as Array<{ gridDuties: unknown[] }>;
    expect(stored.gridDuties).toHaveLength(2);
  });

  it('refuses a grid that does not exist, or a village posing as a grid, writing nothing', async () => {
    const before = await snapshotStore(test);
    for (const gridId of ['g-nowhere', 'v-hubin']) {
      const result = await test.call('new-visitor-3', 'users', 'chooseGrid', { gridId });
      expect(result).toEqual(expect.objectContaining({ ok: false, code: 'NOT_FOUND' }));
    }
    expect(await snapshotStore(test)).toBe(before);
  });

  const WANG_PHONE = (seq: number) => ({ device: 'wang-phone-1', seq });

  it('keeps elder mode on the profile, only for registered people', async () => {
    const before = await snapshotStore(test);
    expect(
      await test.call('new-visitor-4', 'users', 'setPreferences', { elderMode: true, save: { device: 'phone-of-visitor', seq: 1 } }),
    ).toEqual(expect.objectContaining({ ok: false, code: 'NOT_REGISTERED' }));
    expect(await snapshotStore(test)).toBe(before);
    const on = dataOf(await test.call('demo-resident-wang', 'users', 'setPreferences', { elderMode: true, save: WANG_PHONE(1) }));
    expect(on.elderMode).toBe(true);
    // The save's server time comes back and stays: devices order the answers they get by it.
    expect(on.elderModeSetAt).toEqual(expect.any(Number));
    const me = dataOf(await test.call('demo-resident-wang', 'users', 'me', {}));
    expect(me).toEqual(expect.objectContaining({ elderMode: true, elderModeSetAt: on.elderModeSetAt }));
    const off = dataOf(await test.call('demo-resident-wang', 'users', 'setPreferences', { elderMode: false, save: WANG_PHONE(2) }));
    expect(off.elderModeSetAt).toBeGreaterThanOrEqual(on.elderModeSetAt!);
  });
});

describe('grids', () => {
  it('lists the villages and grids of the caller’s township for the picker', async () => {
    const list = dataOf(await test.call('new-visitor-5', 'grids', 'listGrids', {}));
    expect(list.township.name).toBe('凉泉乡');
    expect(list.townships.map((t) => t.name)).toEqual(['凉泉乡']);
    expect(list.villages.map((v) => [v.village.name, v.grids.length])).toEqual([
      ['湖滨村', 3],
      ['太华村', 3],
    ]);
    expect(list.villages[0].grids[0]).toEqual({ id: 'g-hubin-1', name: '第一网格（汪屋组）', level: 'grid' });
  });

  it('shows a grid’s contact card with the 网格长 first and duties in words', async () => {
    const card = dataOf(await test.call('demo-resident-wang', 'grids', 'contactCard', { gridId: 'g-hubin-1' }));
    expect(card.grid.name).toBe('第一网格（汪屋组）');
    expect(card.village.name).toBe('湖滨村');
    expect(card.contacts.map((c) => [c.name, c.title, c.phone])).toEqual([
      ['汪德华', '网格长', '13905561001'],
      ['周义青', '调解员', '13905561002'],
    ]);
    expect(card.contacts[1].duties).toEqual(['矛盾调解', '法律服务']);
  });

  it('answers NOT_FOUND for an unknown grid', async () => {
    expect(await test.call('demo-resident-wang', 'grids', 'contactCard', { gridId: 'g-missing' })).toEqual(
      expect.objectContaining({ ok: false, code: 'NOT_FOUND' }),
    );
  });
});
