/**
 * H5 only (PageShell requires it there): the tab bar a tab page draws, the same
 * component WeChat draws on each tab page of the weapp (app.config's `tabBar.custom`).
 */
export { default as TabBar } from '@/custom-tab-bar';
