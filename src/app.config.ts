import { zh } from './text/zh';

export default defineAppConfig({
  pages: ['pages/index/index', 'pages/grid-picker/index', 'pages/profile/index'],
  // 便民服务日 in its own subpackage: its pages and the QR code library stay out of the main package.
  subPackages: [
    {
      root: 'packageServiceDays',
      pages: ['browse/index', 'session/index', 'my/index', 'manage/index', 'edit/index', 'day/index'],
    },
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f4f5f7',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: zh.appName,
    navigationBarTextStyle: 'black',
  },
  tabBar: {
    color: '#444444',
    selectedColor: '#1d5fc4',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: zh.tabs.home,
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/profile/index',
        text: zh.tabs.profile,
        iconPath: 'assets/tabbar/profile.png',
        selectedIconPath: 'assets/tabbar/profile-active.png',
      },
    ],
  },
});
