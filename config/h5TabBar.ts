import path from 'node:path';
import type Chain from 'webpack-chain';

const ROOT = path.resolve(__dirname, '..');
const TARO_ROUTER = path.join(ROOT, 'node_modules', '@tarojs', 'router');

/** What Taro's H5 router gets for its tab bar's web component (see the file). */
export const TARO_TAB_BAR_LEFT_OUT = path.join(ROOT, 'src', 'h5', 'taroTabBarLeftOut.ts');

/**
 * The H5 build draws our own tab bar (app.config's `tabBar.custom`,
 * src/custom-tab-bar), so Taro's router never defines its `taro-tabbar`: but
 * it imports that Stencil web component at its top, which put the Stencil
 * runtime in the framework chunk that every page, 首页 first, waits for.
 * Only the router's import is redirected; a page that uses a Stencil component
 * (Textarea, Picker…) still gets it, and the runtime, in its own chunks.
 */
export function leaveOutTaroTabBar(chain: Chain): void {
  chain.module
    .rule('taroTabBarLeftOut')
    .include.add(TARO_ROUTER)
    .end()
    .resolve.alias.set('@tarojs/components/dist/components$', TARO_TAB_BAR_LEFT_OUT);
}
