/**
 * @jest-environment jsdom
 *
 * The weapp's custom tab bar (src/custom-tab-bar, app.json `tabBar.custom`), rendered
 * from the real build with miniprogram-simulate: WeChat's own bar takes no font size,
 * so this one must grow its labels with 长辈模式, live, and mark the tab on screen.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bootWeapp, fail, ok, waitFor, WEAPP_ROOT, type CloudCall, type RenderedPage, type WeappHarness } from './support/weapp';

const grid = { id: 'g-hubin-1', name: '第一网格', level: 'grid' };
const village = { id: 'v-hubin', name: '湖滨村', level: 'village' };
const township = { id: 'tw-liangquan', name: '凉泉乡', level: 'township' };

function server(elderMode: boolean) {
  const profile = { registered: true, name: '王秀英', roles: ['resident'], homeGrid: { grid, village, township }, elderMode };
  return (call: CloudCall) => {
    if (call.name === 'users' && call.action === 'home') return ok({ profile, card: { grid, village, township, contacts: [] } });
    return fail('UNKNOWN_ACTION', '暂不支持这个操作，请更新小程序后再试');
  };
}

let harness: WeappHarness;
const switched: string[] = [];

beforeEach(() => {
  harness = bootWeapp();
  switched.length = 0;
  const wx = (global as unknown as { wx: Record<string, unknown> }).wx;
  wx.switchTab = (options: { url: string; success?: (res: unknown) => void; complete?: (res: unknown) => void }) => {
    switched.push(options.url);
    options.success?.({ errMsg: 'switchTab:ok' });
    options.complete?.({ errMsg: 'switchTab:ok' });
  };
});

const barClass = (bar: RenderedPage) => bar.querySelector('.gt-tab-bar')?.dom.getAttribute('class') ?? '';
const labels = (bar: RenderedPage) => bar.querySelectorAll('.gt-tab-bar__label').map((label) => label.dom.textContent);
const selected = (bar: RenderedPage) => bar.querySelectorAll('.gt-tab-bar__item--selected').map((item) => item.dom.textContent?.trim());

/** The declarations of the first rule in a stylesheet whose selector is exactly `selector`. */
function rule(css: string, selector: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|[},])${escaped}\\{([^}]*)\\}`).exec(css);
  if (!match) throw new Error(`no rule for ${selector}`);
  return match[1];
}

test('app.json asks for the custom bar and still lists the three tabs, with the bar component beside it', () => {
  const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP_ROOT, 'app.json'), 'utf8')) as {
    tabBar: { custom?: boolean; list: { pagePath: string }[] };
  };
  expect(appJson.tabBar.custom).toBe(true);
  expect(appJson.tabBar.list.map((tab) => tab.pagePath)).toEqual(['pages/index/index', 'pages/request-list/index', 'pages/profile/index']);
  expect(JSON.parse(fs.readFileSync(path.join(WEAPP_ROOT, 'custom-tab-bar/index.json'), 'utf8'))).toMatchObject({ component: true });
});

test('the tab on screen is marked, and a tap on another tab switches to it', async () => {
  harness.setCloudHandler(server(false));
  const bar = harness.openComponent('custom-tab-bar/index');
  await waitFor(() => labels(bar).length === 3, 'three tabs');
  expect(labels(bar)).toEqual(['首页', '诉求', '我的']);

  harness.openPage('pages/index/index');
  await waitFor(() => selected(bar).length === 1, 'a selected tab');
  expect(selected(bar)).toEqual(['首页']);

  bar.querySelectorAll('.gt-tab-bar__item')[2].dispatchEvent('tap');
  await waitFor(() => switched.length === 1, 'wx.switchTab');
  expect(switched).toEqual(['/pages/profile/index']);
});

test('its labels grow with 长辈模式 as soon as it is on, to at least 18 px on a 375-wide phone', async () => {
  harness.setCloudHandler(server(true));
  const bar = harness.openComponent('custom-tab-bar/index');
  await waitFor(() => labels(bar).length === 3, 'three tabs');
  expect(barClass(bar)).not.toContain('gt-tab-bar--elder');

  // The server's profile turns 长辈模式 on while the bar is on screen.
  harness.openPage('pages/index/index');
  await waitFor(() => barClass(bar).includes('gt-tab-bar--elder'), 'the elder class on the bar');

  const css = fs.readFileSync(path.join(WEAPP_ROOT, 'custom-tab-bar/index.wxss'), 'utf8');
  const rpx = (declarations: string) => Number(/font-size:(\d+)rpx/.exec(declarations)?.[1]);
  // 750 rpx span the screen: 18 px on a 375-px-wide phone is 36 rpx.
  expect(rpx(rule(css, '.gt-tab-bar--elder .gt-tab-bar__label'))).toBeGreaterThanOrEqual(36);
  expect(rpx(rule(css, '.gt-tab-bar__label'))).toBeLessThan(rpx(rule(css, '.gt-tab-bar--elder .gt-tab-bar__label')));
});
