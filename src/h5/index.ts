/**
 * What only the browser build has. Taro's H5 router draws the navigation bar
 * (title, back, home: `window.navigationStyle: 'default'` in app.config.ts)
 * outside the pages, so PageShell's `gt-elder` cannot reach it: the root
 * element carries 长辈模式 for it instead (`gt-elder-root`); the tab bar is
 * our own, drawn inside the tab pages (custom-tab-bar/).
 * Loaded by app.tsx behind `process.env.TARO_ENV === 'h5'`, so the weapp
 * build carries none of it (its navigation bar is WeChat's own).
 */
import { isElderMode, subscribeElderMode } from '@/state/elderMode';
import { installSendLock } from '@/state/sendLock';
import { webLocksSendLock } from './webLocksSendLock';
import './index.scss';

export { startHomeCallEarly } from './earlyHome';

/** The tabs of one site share Web Locks, so two tabs never send the same filing (where the browser has them). */
export function shareSendLockBetweenTabs(): void {
  const locks = (navigator as Partial<Navigator>).locks;
  if (locks) installSendLock(webLocksSendLock(locks));
}

export function startBrowserChrome(): void {
  const apply = () => {
    document.documentElement.classList.toggle('gt-elder-root', isElderMode());
  };
  apply();
  subscribeElderMode(apply);
}
