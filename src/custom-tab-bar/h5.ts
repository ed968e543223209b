import homeActive from '../assets/tabbar/home-active.png';
import home from '../assets/tabbar/home.png';
import profileActive from '../assets/tabbar/profile-active.png';
import profile from '../assets/tabbar/profile.png';
import requestsActive from '../assets/tabbar/requests-active.png';
import requests from '../assets/tabbar/requests.png';

/**
 * The H5 build's icons, by their path in tabs.ts: the build inlines these
 * small files, so the bar shows them with its first paint (WeChat reads the
 * same paths from the package).
 */
const ICONS: Record<string, string> = {
  'assets/tabbar/home.png': home as string,
  'assets/tabbar/home-active.png': homeActive as string,
  'assets/tabbar/requests.png': requests as string,
  'assets/tabbar/requests-active.png': requestsActive as string,
  'assets/tabbar/profile.png': profile as string,
  'assets/tabbar/profile-active.png': profileActive as string,
};

export function iconSrc(path: string): string {
  const src = ICONS[path];
  if (!src) throw new Error(`No H5 icon for the tab bar's ${path} (custom-tab-bar/h5.ts)`);
  return src;
}
