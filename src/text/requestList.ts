/** UI text of 我的诉求 (a tab page, in the main package) and of the request card every 诉求 list shows. */
export const requestListText = {
  title: '我的诉求',
  open: '办理中',
  done: '已完成',
  empty: '还没有诉求。有事可以点上面的按钮反映。',
  fileNew: '我要反映问题',
  pendingTitle: '等待发送',
  pendingHint: '网络恢复后会自动发送，不会重复提交',
  retry: '重新发送',
  discard: '删除',
  failed: '没有提交成功：',
  following: '关注',
  proxy: '代办',
  confirmDiscard: '确定删除这条还没发送的诉求吗？',
  /** A request nobody holds yet, waiting in the township's duty queue. */
  queued: '待认领',
  /** A request at the county level: who holds it there and until when. */
  county: '县里办理',
} as const;
