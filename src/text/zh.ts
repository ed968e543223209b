/**
 * Every piece of Chinese text the app shows, in one place.
 * Server error messages come from the contract (cloudfunctions/contract/errors.ts)
 * and arrive with each failed call; the client only adds its own texts here.
 */
import type { Role } from '@contract';

export const zh = {
  appName: '网格通',

  tabs: {
    home: '首页',
    profile: '我的',
  },

  pageTitles: {
    home: '网格通',
    gridPicker: '选择网格',
    profile: '我的',
  },

  common: {
    loading: '正在加载，请稍候…',
    retry: '重新加载',
    saving: '正在保存…',
    saved: '已保存',
    networkError: '网络不太好，请检查网络后点“重新加载”',
    unknownError: '出了点问题，请稍后再试',
  },

  home: {
    yourGrid: '您的网格：',
    change: '更换',
    noGridTitle: '欢迎使用网格通',
    noGridText: '请先选择您居住的村和网格，我们会告诉您网格员是谁、怎么联系。',
    chooseGrid: '选择我的网格',
    /** Shown on H5 only, when no demo identity has been picked yet. */
    pickDemoIdentity: '去“我的”选择演示身份',
  },

  contactCard: {
    title: '便民联系卡',
    subtitle: (village: string, grid: string) => `${village} ${grid}`,
    firstResponsible: '第一责任人',
    villageLevel: '村里负责人',
    villageFallbackHint: '本网格暂时没有网格员，有事请先联系村里的负责人。',
    duties: '负责：',
    call: '拨打',
    callLabel: (name: string, phone: string) => `拨打${name}的电话 ${phone}`,
    empty: '暂时没有联系人信息，请联系村委会。',
  },

  gridPicker: {
    intro: '请点选您居住的网格',
    township: '乡镇',
    current: '当前',
    noGrids: '这个村还没有划分网格',
    noVillages: '暂时没有可选的村',
    chosen: (village: string, grid: string) => `已选择：${village} ${grid}`,
  },

  profile: {
    identity: '我的身份',
    name: '姓名',
    unnamed: '未填写',
    roles: '身份',
    homeGrid: '所在网格',
    noHomeGrid: '还没有选择网格',
    notRegistered: '还没有登记，请先在首页选择您的网格',
    settings: '显示设置',
    elderMode: '长辈模式',
    elderModeHint: '字更大、按钮更大、颜色更清楚',
    elderModeSyncFailed: '已在本机开启，网络恢复后会自动保存',
  },

  roles: {
    resident: '居民',
    gridMember: '网格员',
    partyMember: '党员',
    staff: '工作人员',
    admin: '管理员',
  } satisfies Record<Role, string>,

  devIdentity: {
    title: '演示身份（仅本地调试）',
    hint: '选择一个身份，页面会以这个人的身份重新加载',
    current: '当前身份',
    none: '未选择',
    loadFailed: '没有取到演示身份列表，请确认本地云服务已启动',
  },
} as const;
