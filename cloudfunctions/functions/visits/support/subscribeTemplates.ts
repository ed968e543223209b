/**
 * The subscribe-message template of 提醒走访: the product's 待办任务提醒, the
 * same template (and environment variable) the requests and dashboard
 * functions send handlers' tasks with (README, "Subscribe messages"), so a
 * deployment configures it once for every function that sends it. Until
 * then the placeholder is sent, which WeChat refuses (logged and counted,
 * never failing the reminder).
 */
export const VISIT_TEMPLATES = {
  /** To a cadre: 待办任务提醒 — 任务名称 thing1, 任务类型 phrase2, 截止时间 time3, 备注 thing4. */
  visitReminder: {
    id: process.env.REQUEST_TASK_TEMPLATE_ID || 'REQUEST_TASK',
    keys: { subject: 'thing1', kind: 'phrase2', deadline: 'time3', remark: 'thing4' },
  },
} as const;

/** Which build a message opens: formal (default), trial or developer. */
export const MINIPROGRAM_STATE = process.env.SUBSCRIBE_MINIPROGRAM_STATE || 'formal';

/** The page a reminder opens. */
export const HOUSEHOLD_PAGE = 'packages/visits/household/index';
