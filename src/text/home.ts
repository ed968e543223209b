/** UI text of 首页: the contact card, the links a resident sees first (选择网格's own is gridPicker.ts). */
export const homeText = {
  titles: {
    home: '网格通',
  },

  yourGrid: '您的网格：',
  change: '更换',
  noGridTitle: '欢迎使用网格通',
  noGridText: '请先选择您居住的村和网格，我们会告诉您网格员是谁、怎么联系。',
  chooseGrid: '选择我的网格',
  fileRequest: '我要反映问题',
  fileRequestHint: '路灯坏了、邻里纠纷、办证跑腿……有事找网格员',
  handlerInbox: '网格员待办',
  handlerCounts: (total: number, overdue: number) => (overdue > 0 ? `${total}件在办，${overdue}件已超期` : `${total}件在办`),
  /** Shown on H5 only, when no demo identity has been picked yet. */
  pickDemoIdentity: '去“我的”选择演示身份',
  partyBoard: '党员公示栏',
  partyBoardHint: '看看本网格的党员岗位和服务情况',

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
} as const;
