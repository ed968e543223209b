/**
 * Which tab is on screen, for the weapp's custom tab bar. WeChat gives every tab
 * page its own instance of the bar, so each tab page marks itself when it is
 * shown (PageShell's `tabPage`) and every instance reads the one value here.
 */
import { useSyncExternalStore } from 'react';

let current = '';
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const read = () => current;

/** Marks the tab page at `pagePath` (as in app.config's tabBar.list) as the one on screen. */
export function selectTab(pagePath: string): void {
  if (pagePath === current) return;
  current = pagePath;
  listeners.forEach((listener) => listener());
}

/** The page path of the tab on screen; re-renders when it changes. */
export function useCurrentTab(): string {
  return useSyncExternalStore(subscribe, read, read);
}
