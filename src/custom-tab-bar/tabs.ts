import { commonText } from '../text/common';

/** One tab of the tab bar: the page it opens, its label and its icons (paths from the app's root). */
export interface Tab {
  pagePath: string;
  text: string;
  iconPath: string;
  selectedIconPath: string;
}

/**
 * The three tabs. app.config.ts declares them as `tabBar.list` (WeChat needs the list
 * even with a custom bar, and the H5 build draws its own bar from it); the weapp's
 * custom bar (custom-tab-bar/index.tsx) draws them.
 */
export const TABS: Tab[] = [
  {
    pagePath: 'pages/index/index',
    text: commonText.tabs.home,
    iconPath: 'assets/tabbar/home.png',
    selectedIconPath: 'assets/tabbar/home-active.png',
  },
  {
    pagePath: 'pages/request-list/index',
    text: commonText.tabs.requests,
    iconPath: 'assets/tabbar/requests.png',
    selectedIconPath: 'assets/tabbar/requests-active.png',
  },
  {
    pagePath: 'pages/profile/index',
    text: commonText.tabs.profile,
    iconPath: 'assets/tabbar/profile.png',
    selectedIconPath: 'assets/tabbar/profile-active.png',
  },
];

/** The bar's colours (WeChat's tabBar fields; the custom bar's stylesheet uses the same). */
export const TAB_BAR_COLORS = { color: '#444444', selectedColor: '#1d5fc4', backgroundColor: '#ffffff', borderStyle: 'black' } as const;
