/**
 * The subscribe-message template of 民情走访 (README, "Subscribe messages").
 * A deployment puts the id of its 待办任务提醒 template in the function's
 * environment; until then a placeholder is sent, which WeChat refuses
 * (logged with the reminder, never failing it).
 */
export const VISIT_TEMPLATES = {
  /** To a cadre: 待办任务提醒 — 任务名称 thing1, 任务类型 phrase2, 截止时间 time3, 备注 thing4. */
  visitReminder: {
    id: process.env.VISIT_REMINDER_TEMPLATE_ID || 'VISIT_REMINDER',
    keys: { subject: 'thing1', kind: 'phrase2', deadline: 'time3', remark: 'thing4' },
  },
} as const;

/** Which build a message opens: formal (default), trial or developer. */
export const MINIPROGRAM_STATE = process.env.SUBSCRIBE_MINIPROGRAM_STATE || 'formal';

/** The page a reminder opens. */
export const HOUSEHOLD_PAGE = 'packages/visits/household/index';
