/**
 * Subscribe-message templates (订阅消息). A deployment picks two templates in
 * the mini-program console (公共模板库) and puts their ids in the function's
 * environment variables (README, "Subscribe messages"); the keys of `data`
 * must be the keywords of the chosen template. Until then placeholders are
 * sent, which the local runtime accepts and WeChat refuses (logged, never
 * failing a step).
 */
export const SUBSCRIBE_TEMPLATES = {
  /** To the resident: 诉求办理进度通知 — 事项 thing1, 办理状态 phrase2, 办理人 thing3, 更新时间 time4, 备注 thing5. */
  residentProgress: {
    id: process.env.REQUEST_PROGRESS_TEMPLATE_ID || 'REQUEST_PROGRESS',
    keys: { subject: 'thing1', status: 'phrase2', handler: 'thing3', time: 'time4', remark: 'thing5' },
  },
  /** To grid members and staff: 待办任务提醒 — 任务名称 thing1, 任务类型 phrase2, 截止时间 time3, 备注 thing4. */
  handlerTask: {
    id: process.env.REQUEST_TASK_TEMPLATE_ID || 'REQUEST_TASK',
    keys: { subject: 'thing1', kind: 'phrase2', deadline: 'time3', remark: 'thing4' },
  },
} as const;

/** The page a message opens. */
export const REQUEST_PAGE = 'pages/request-detail/index';
