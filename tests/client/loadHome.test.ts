/**
 * 首页's data (src/services/home.ts): one cloud call, users.home, whatever the
 * person has; it is safe to repeat, so a dropped call is sent once more.
 */
import { loadHome } from '@/services/home';
import { phone } from './support/fakeTaro';

const PROFILE = {
  registered: true,
  name: '王秀英',
  roles: ['resident'],
  homeGrid: {
    grid: { id: 'g-hubin-1', name: '第一网格', level: 'grid' },
    village: { id: 'v-hubin', name: '湖滨村', level: 'village' },
    township: { id: 't-liangquan', name: '凉泉乡', level: 'township' },
  },
  elderMode: false,
  phone: null,
  contactPhone: null,
};
const CARD = { grid: PROFILE.homeGrid.grid, village: PROFILE.homeGrid.village, township: PROFILE.homeGrid.township, contacts: [] };

beforeEach(() => {
  phone.reset();
  phone.cloud = (call) =>
    call.action === 'home' ? { ok: true, data: { profile: PROFILE, card: CARD } } : { ok: false, code: 'UNKNOWN_ACTION', message: '' };
});

describe('loadHome', () => {
  it('asks for the profile and the contact card in one call', async () => {
    await expect(loadHome()).resolves.toEqual({ profile: PROFILE, card: CARD });
    expect(phone.calls).toEqual([{ name: 'users', action: 'home', payload: {} }]);
  });

  it('sends the call once more when the weak network dropped it', async () => {
    phone.dropNextCalls = 1;
    await expect(loadHome()).resolves.toEqual({ profile: PROFILE, card: CARD });
    expect(phone.attempts).toEqual(['users.home', 'users.home']);
  });
});
