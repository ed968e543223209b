/**
 * @jest-environment jsdom
 *
 * The home page (首页) of the compiled weapp build, rendered with
 * miniprogram-simulate (compiler 'official'). Needs `dist/weapp`: run
 * `NODE_ENV=production npx taro build --type weapp` first, or give the jest
 * project `globalSetup: '<rootDir>/tests/mp/globalSetup.ts'`.
 * Environment: jsdom (jest-environment-jsdom; simulate renders into a DOM).
 * Transform: @swc/jest for .ts.
 */
import { bootWeapp, fail, ok, waitFor, waitForText, type CloudCall, type WeappHarness } from './support/weapp';

const township = { id: 'tw-liangquan', name: '凉泉乡', level: 'township' };
const village = { id: 'v-hubin', name: '湖滨村', level: 'village' };
const grid = { id: 'g-hubin-1', name: '第一网格', level: 'grid' };

function profile(overrides: Record<string, unknown> = {}) {
  return {
    registered: true,
    name: '王秀英',
    roles: ['resident'],
    homeGrid: { grid, village, township },
    elderMode: false,
    elderModeSetAt: null,
    ...overrides,
  };
}

const card = {
  grid,
  village,
  township,
  contacts: [
    {
      name: '李建国',
      title: '网格长',
      duties: ['矛盾调解', '帮扶解困'],
      phone: '13912345678',
      firstResponsible: true,
      level: 'grid',
    },
    {
      name: '陈小燕',
      title: '卫生保健员',
      duties: ['卫生保健'],
      phone: '0556-4123456',
      firstResponsible: false,
      level: 'grid',
    },
  ],
};

/** The server of the happy path: a registered resident of 湖滨村 第一网格 (users.home: the profile and the card in one answer). */
function happyServer(me = profile()) {
  return (call: CloudCall) => {
    if (call.name === 'users' && call.action === 'home') return ok({ profile: me, card: me.homeGrid ? card : null });
    return fail('UNKNOWN_ACTION', '暂不支持这个操作，请更新小程序后再试');
  };
}

let harness: WeappHarness;

beforeEach(() => {
  harness = bootWeapp();
});

test('shows the home grid and the contact card with every contact', async () => {
  harness.setCloudHandler(happyServer());
  const page = harness.openPage('pages/index/index');

  const text = await waitForText(page, (t) => t.includes('陈小燕'));

  expect(text).toContain('您的网格：');
  expect(text).toContain('湖滨村 第一网格');
  expect(text).toContain('更换');
  expect(text).toContain('便民联系卡');
  const names = page.querySelectorAll('.gt-contact-card__name').map((n) => n.dom.textContent);
  expect(names).toEqual(['李建国', '陈小燕']);
  const titles = page.querySelectorAll('.gt-contact-card__role').map((n) => n.dom.textContent);
  expect(titles).toEqual(['网格长', '卫生保健员']);
  expect(text).toContain('负责：矛盾调解、帮扶解困');
  expect(text).toContain('第一责任人');
  const numbers = page.querySelectorAll('.gt-contact-card__phone-number').map((n) => n.dom.textContent);
  expect(numbers).toEqual(['139 1234 5678', '0556-4123456']);

  // One event over wx.cloud.callFunction, following the contract: the profile and the card come together.
  // Only after the card, and once, the filing form's options are kept for filing without a network.
  expect(harness.cloudCalls).toEqual([
    { name: 'users', action: 'home', payload: {} },
    { name: 'requests', action: 'formOptions', payload: {} },
  ]);
});

test('tapping a phone number calls wx.makePhoneCall with that contact’s number', async () => {
  harness.setCloudHandler(happyServer());
  const page = harness.openPage('pages/index/index');
  await waitForText(page, (t) => t.includes('陈小燕'));

  const phones = page.querySelectorAll('.gt-contact-card__phone');
  expect(phones).toHaveLength(2);
  phones[1].dispatchEvent('tap');
  await waitFor(() => harness.phoneCalls.length === 1, 'the first call');
  phones[0].dispatchEvent('tap');
  await waitFor(() => harness.phoneCalls.length === 2, 'the second call');

  expect(harness.phoneCalls).toEqual(['05564123456', '13912345678']);
});

test('a first visit without a home grid asks to choose one and loads no card', async () => {
  harness.setCloudHandler(happyServer(profile({ registered: false, name: null, roles: [], homeGrid: null })));
  const page = harness.openPage('pages/index/index');

  const text = await waitForText(page, (t) => t.includes('选择我的网格'));

  expect(text).toContain('欢迎使用网格通');
  expect(page.querySelector('.gt-contact-card')).toBeFalsy();
  expect(harness.cloudCalls.map((c) => `${c.name}.${c.action}`)).toEqual(['users.home']);
});

test('a failed call shows the server’s message and a retry button that reloads', async () => {
  let broken = true;
  const server = happyServer();
  harness.setCloudHandler((call) => (broken ? fail('INTERNAL', '系统开小差了，请稍后再试') : server(call)));
  const page = harness.openPage('pages/index/index');

  await waitForText(page, (t) => t.includes('系统开小差了，请稍后再试'));
  expect(page.querySelector('.gt-contact-card')).toBeFalsy();

  broken = false;
  const retry = page.querySelector('.gt-button');
  expect(retry?.dom.textContent).toContain('重新加载');
  retry!.dispatchEvent('tap');

  await waitForText(page, (t) => t.includes('李建国'));
});

test('a network failure is retried once for a read, then explained in plain words', async () => {
  harness.setCloudHandler(() => {
    throw new Error('timeout');
  });
  const page = harness.openPage('pages/index/index');

  const text = await waitForText(page, (t) => t.includes('网络不太好'));

  expect(text).toContain('重新加载');
  expect(harness.cloudCalls.map((c) => `${c.name}.${c.action}`)).toEqual(['users.home', 'users.home']);
});

test('elder mode from the server profile switches the page shell to the large theme', async () => {
  // Saved on another phone: this one takes it, and remembers when it was saved.
  harness.setCloudHandler(happyServer(profile({ elderMode: true, elderModeSetAt: 1_765_000_000_000 })));
  const page = harness.openPage('pages/index/index');
  await waitForText(page, (t) => t.includes('李建国'));

  const shellClass = () => page.querySelector('.gt-shell')?.dom.getAttribute('class') ?? '';
  await waitFor(() => shellClass().includes('gt-elder'), 'the gt-elder class');
  // …and the choice is remembered on the device for the next launch.
  expect(harness.storage.get('gt.elderMode')).toEqual({
    on: true,
    pending: false,
    savedAt: 1_765_000_000_000,
    // The phone's own key and tap count, which order its saves on the server (none made here).
    device: expect.any(String),
    seq: 0,
  });
});

test('a grid member with visits written offline is told on 首页 how many still wait, to open 民情走访', async () => {
  // The visit outbox ships in the visits subpackage; what it left in storage is all 首页 reads.
  const waiting = { key: 'k', payload: {}, photos: [], label: '张家 · 走访', createdAt: 0, status: 'waiting', error: null };
  harness.storage.set('gt.visitOutbox', [waiting, { ...waiting, key: 'k2', status: 'failed', error: '住户不在您的网格' }]);
  harness.setCloudHandler(happyServer(profile({ roles: ['gridMember'] })));
  const page = harness.openPage('pages/index/index');

  const text = await waitForText(page, (t) => t.includes('李建国'));

  expect(text).toContain('有2条走访记录还没发出，点这里发送');
  expect(page.querySelector('.gt-home__visits-waiting')).toBeTruthy();
});

test('with nothing waiting the 民情走访 card says nothing of it', async () => {
  harness.setCloudHandler(happyServer(profile({ roles: ['gridMember'] })));
  const page = harness.openPage('pages/index/index');

  const text = await waitForText(page, (t) => t.includes('李建国'));

  expect(text).toContain('民情走访');
  expect(page.querySelector('.gt-home__visits-waiting')).toBeFalsy();
});
