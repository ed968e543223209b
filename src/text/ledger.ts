/** UI text of 台账导出 (the admin subpackage; its link on 我的 is in entries.ts). */
export const ledgerText = {
  title: '台账导出',
  place: '导出哪里的台账',
  from: '开始日期',
  to: '结束日期',
  rangeHint: '诉求按提交日期、预约按服务日期、党员服务按服务日期计入，一次最多一年',
  generate: '生成台账',
  generating: '正在生成台账，请稍候…',
  ready: '台账已生成',
  counts: (c: { requests: number; timelineRows: number; bookings: number; serviceLogs: number; visits: number; proxyCases: number }) =>
    `诉求${c.requests}件（办理记录${c.timelineRows}条） · 预约${c.bookings}条 · 党员服务${c.serviceLogs}条 · 民情走访${c.visits}次 · 代理代办${c.proxyCases}件`,
  open: '打开 / 下载台账',
} as const;
