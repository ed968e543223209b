import { TAB_BAR_COLORS, TABS } from './custom-tab-bar/tabs';
import { commonText } from './text/common';

export default defineAppConfig({
  // The main package holds the tab pages only (WeChat requires tab pages there):
  // what a resident's first screen needs. Everything else is a subpackage.
  pages: ['pages/index/index', 'pages/request-list/index', 'pages/profile/index'],
  subPackages: [
    // 我要反映, 诉求详情, 待办 and 代办: preloaded from the tab pages (preloadRule) so they open at once.
    {
      root: 'packages/requests',
      pages: ['new/index', 'detail/index', 'inbox/index', 'proxy-file/index'],
    },
    // 选择网格: a resident's first visit, and the grid change from 我的 or 党员报到.
    {
      root: 'packages/grid',
      pages: ['picker/index'],
    },
    // 党员服务: loaded when first opened, so the main package stays small.
    {
      root: 'packages/party',
      pages: [
        'register/index',
        'posts/index',
        'record/index',
        'log/index',
        'verify/index',
        'board/index',
        'approvals/index',
        'staff-posts/index',
        'post-form/index',
        'totals/index',
        'stars/index',
      ],
    },
    // 便民服务日: its pages and the QR code library stay out of the main package.
    {
      root: 'packages/servicedays',
      pages: ['browse/index', 'session/index', 'my/index', 'manage/index', 'edit/index', 'day/index'],
    },
    // Console: 留言, 网谈回音 and the staff 工作台.
    {
      root: 'packages/console',
      pages: [
        'messages/index',
        'message-new/index',
        'message-detail/index',
        'board/index',
        'staff-messages/index',
        'home/index',
        'plans/index',
      ],
    },
    // 台账导出 and administration (staff, admins): the Excel library stays on the server.
    {
      root: 'packages/admin',
      pages: ['ledger/index', 'system/index'],
    },
    // 民情走访: households, visit diaries written at the door, visit days, supervision.
    {
      root: 'packages/visits',
      pages: [
        'home/index',
        'households/index',
        'household/index',
        'household-form/index',
        'visit-new/index',
        'visit/index',
        'diary/index',
        'supervise/index',
        'rules/index',
        'my-household/index',
      ],
    },
    // 代理代办: the catalogue (and its editor, from 系统管理), 代办件 through its four stages (with the signature pad), the agents' figures, the cases waiting for 改派.
    {
      root: 'packages/proxy',
      pages: ['cases/index', 'new/index', 'case/index', 'my/index', 'figures/index', 'catalogue/index', 'stuck/index'],
    },
  ],
  // Download the subpackages a tab page leads to while it is on screen (any network:
  // these are small, and a resident on a weak network should not wait on the tap).
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/requests', 'packages/grid'] },
    'pages/request-list/index': { network: 'all', packages: ['packages/requests'] },
  },
  // Inject only the components a page uses (WeChat's code-quality check asks for it).
  lazyCodeLoading: 'requiredComponents',
  // Every location API the code calls must be declared here, or WeChat fails
  // the call ("the api need to be declared in the requiredPrivateInfos field")
  // and the mini-program console must approve it (开发管理 → 接口设置).
  // scripts/weapp/checkWeapp.ts (run by npm test) compares this with the code.
  // chooseLocation: 我要反映's 在地图上选位置.
  requiredPrivateInfos: ['chooseLocation'],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f4f5f7',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: commonText.appName,
    navigationBarTextStyle: 'black',
    // WeChat's default; the H5 build reads it to draw Taro's navigation bar (title, and back or
    // home on inner pages), which it leaves out without it.
    navigationStyle: 'default',
  },
  // H5 only: no slide between pages. Taro's router hides the page left behind
  // on a timer when it animates, and a back tap within that time (300 ms) left
  // 我的 blank; a cheap phone also draws less without it. Not in app.json.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  tabBar: {
    // Our own bar (custom-tab-bar/), whose labels grow with 长辈模式: WeChat draws it on each tab
    // page and still needs the list (tab pages, and the bar of base libraries before 2.5.0); on
    // H5 each tab page's PageShell draws it, and Taro's router, which draws none for a custom bar,
    // takes the list for its tab pages only (the icons ship with the bar, custom-tab-bar/h5.ts).
    custom: true,
    ...TAB_BAR_COLORS,
    list: process.env.TARO_ENV === 'h5' ? TABS.map(({ pagePath, text }) => ({ pagePath, text })) : TABS,
  },
});
