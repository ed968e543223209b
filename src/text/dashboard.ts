/** UI text of the staff 工作台 (the console subpackage): request figures, overdue work, rankings, activity. */
export const dashboardText = {
  titles: {
    home: '工作台',
  },

  periods: { month: '本月', quarter: '近三个月', year: '近一年' },
  /** 代理代办 on the 工作台: what each agent's allowance (代办补贴) is set from. */
  proxyAgents: {
    heading: '代理代办 · 代办员补贴依据',
    month: '按月',
    quarter: '按季度',
    monthN: (n: number) => `${n}月`,
    quarterN: (n: number) => `第${n}季度`,
    total: (n: number) => `辖区有 ${n} 名代办员在这段时间收件或交还了代办件，按交还件数、按时办结、群众评分排列`,
    none: '这段时间辖区里没有收件或交还的代办件',
    end: (n: number) => `已经到底了，共${n}名代办员`,
    hint: '收件按收件日期统计，交还、按时和评分按交还日期统计；按时 = 每一环节都在时限内',
    received: '收件',
    handled: '交还办结',
    onTime: '按时办结',
    rating: '群众评分',
    stuck: '待改派的代办件',
  },
  asOf: (time: string) => `诉求数据更新于 ${time}（每分钟更新）`,
  asOfNone: '诉求数据还在生成，请稍后再看',
  requestsHeading: '诉求情况',
  total: (n: number) => `共 ${n} 件`,
  byState: '按状态',
  byCategory: '按类别',
  onTimeRate: '按时办结率',
  avgResolve: '平均办结用时',
  hours: (h: number) => `${h} 小时`,
  avgStars: '平均评分',
  notSolvedShare: '“没解决”占比',
  /** Ended without a solution, counted apart from 办结 (and its ratings). */
  notNow: '已解释 / 纳入规划',
  goPlans: '中长期规划',
  plans: {
    title: '中长期规划',
    all: '全部规划',
    due: '已到期',
    empty: '辖区里没有待完成的规划',
    emptyDue: '没有已到期的规划',
    dueMark: '已到期，重新办理中',
    until: (date: string) => `计划 ${date} 完成`,
    plannedBy: (who: string) => `规划人：${who}`,
  },
  notNowCounts: (explained: number, planned: number) => ({ value: `${explained} / ${planned}`, count: '（件）' }),
  none: '—',
  /** A rate with the counts it rests on: 8.3%（1/12）; nothing to count: 暂无. */
  rate: (rate: number | null, part: number, whole: number) =>
    rate === null ? { value: '暂无', count: '' } : { value: `${Math.round(rate * 1000) / 10}%`, count: `（${part}/${whole}）` },
  /** Average stars with how many rated: 4.5（12人评）. */
  stars: (stars: number | null, rated: number) =>
    stars === null ? { value: '暂无评分', count: '' } : { value: String(stars), count: `（${rated}人评）` },
  finishedCount: (n: number) => `（${n}件办结）`,
  /** Under a ranked grid or member: what its score rests on. */
  assessment: (a: { finished: number; onTime: number; rated: number; avgStars: number | null }) =>
    a.finished === 0
      ? '还没有办结的诉求'
      : `按时办结 ${a.onTime}/${a.finished} · ${a.avgStars === null ? '暂无评分' : `评分 ${a.avgStars}（${a.rated}人评）`}`,
  overdueHeading: '超期督办',
  overdueEmpty: '没有超期的诉求',
  overdueLine: (days: number) => (days > 0 ? `已超期${days}天` : '今天到期'),
  remind: '一键督办',
  reminded: '已提醒办理人',
  remindedAt: (time: string) => `上次督办 ${time}`,
  gridsHeading: '网格考核排名',
  membersHeading: '网格员考核排名',
  score: (n: number | null) => (n === null ? '暂无' : `${n}分`),
  lowScore: '低于80分',
  scoreHint: '考核分 = 100 ×（0.6 × 按时办结率 + 0.4 × 平均评分 ÷ 5）；没有评分时按时办结率占全部',
  activityHeading: '便民服务和党员服务',
  bookings: '服务日预约',
  noShows: '爽约',
  activeClaims: '在岗认领',
  approvedHours: '审核通过服务时长',
  messagesHeading: '群众留言',
  waitingCount: (n: number) => `待答复 ${n} 条`,
  lateMessages: '超过24小时未答复',
  waitingHours: (h: number) => `已等${h}小时`,
  goMessages: '去答复留言',

  /** 谁该走访了: the 走访 panel. */
  visitsPanel: {
    heading: '谁该走访了',
    total: (place: string, n: number) => (n > 0 ? `${place}有${n}户重点户超过走访周期` : `${place}的重点户都按时走访了`),
    overdue: (days: number | null) => (days && days > 0 ? `超期${days}天` : '今天到期'),
    all: '查看全部、提醒干部',
  },
} as const;
