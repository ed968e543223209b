/**
 * Which tab is on screen, for the weapp's custom tab bar. WeChat gives every tab
 * page its own instance of the bar, so each tab page marks itself when it is
 * shown (PageShell's `tabPage`) and every instance reads the one value here.
 */
import { useSyncExternalStore } from 'react';
import { createListeners } from './listeners';

let current = '';
const { subscribe, notify } = createListeners();

const read = () => current;

/** Marks the tab page at `pagePath` (as in app.config's tabBar.list) as the one on screen. */
export function selectTab(pagePath: string): void {
  if (pagePath === current) return;
  current = pagePath;
  notify();
}

/** The page path of the tab on screen; re-renders when it changes. */
export function useCurrentTab(): string {
  return useSyncExternalStore(subscribe, read, read);
}
