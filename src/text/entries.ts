import type { RegistrationStatus } from '@contract';

/** The main package's links into the subpackages (on 首页 and 我的): their words live here, so opening 首页 or 我的 loads no subpackage text. */
export const entriesText = {
  party: {
    title: '党员服务',
    links: {
      register: '到社区报到',
      posts: '认领岗位',
      record: '我的岗位和服务记录',
      verify: '服务审核',
      board: '党员公示栏',
      approvals: '党员报到审核',
      staffPosts: '岗位管理',
      totals: '服务统计',
      stars: '五星评定',
    },
    registrationState: {
      pending: '报到审核中',
      approved: '已报到',
      rejected: '报到未通过',
      ended: '报到已撤销',
    } satisfies Record<RegistrationStatus, string>,
    waiting: (count: number) => `${count}条待处理`,
  },

  console: {
    entryMessages: '我的留言',
    entryMessagesHint: '有事找村里，写下来，工作人员会答复您',
    entryBoard: '网谈回音：看看大家问了什么',
    entryConsole: '工作台（督办、留言、考核）',
    staffMessages: '群众留言',
  },

  proxy: {
    title: '代理代办',
    agent: '代办件（收件、送办、办结、交还）',
    figures: '代办统计（补贴依据）',
    mine: '我的代办：看进度、评价',
  },

  serviceDays: {
    homeEntry: '便民服务日预约',
    homeEntryHint: '到乡里、村里办事，先在网上约个时间',
    myBookingsEntry: '我的预约',
    manageEntry: '服务日管理（工作人员）',
  },

  visits: {
    title: '民情走访',
    cadre: '民情走访',
    cadreHint: '住户档案、记走访、走访天数',
    supervise: '走访督导',
    rules: '走访设置（户类、周期、天数）',
    myHousehold: '我家的民情档案',
    waiting: (count: number) => `有${count}条走访记录还没发出，点这里发送`,
  },

  staffTools: {
    ledger: '台账导出',
    ledgerHint: '把诉求办理、服务日预约、党员服务记录导出成 Excel 表格',
    system: '系统管理',
    systemHint: '管理区划、工作人员、网格员职责、节假日和花名册',
  },
} as const;
