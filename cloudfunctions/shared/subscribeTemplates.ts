/**
 * Every subscribe-message template (订阅消息) the product sends: the one list
 * the functions and the local cloud read. A deployment picks a template with
 * these keywords in the mini-program console (公共模板库) and puts its id in
 * the environment variable of every function listed in `senders`
 * (云开发控制台 → 云函数 → 函数配置 → 环境变量). Until then the placeholder
 * is sent: the local cloud knows it, WeChat refuses it (logged, never
 * failing a step).
 *
 * A keyword's name is WeChat's: its type and a number (`thing1`, `time4`),
 * so the type of every value is known from its key (keywordTypeOf).
 */
export interface SubscribeTemplate {
  title: string;
  /** The environment variable holding the id in each function that sends it. */
  envVar: string;
  placeholderId: string;
  /** Functions that send it: each needs `envVar` set. */
  senders: readonly string[];
  /** Keyword → the title WeChat shows beside its value. */
  keywords: Readonly<Record<string, string>>;
}

export const SUBSCRIBE_TEMPLATES = {
  /** To the resident (and followers): how their request moves. */
  requestProgress: {
    title: '诉求办理进度通知',
    envVar: 'REQUEST_PROGRESS_TEMPLATE_ID',
    placeholderId: 'REQUEST_PROGRESS',
    senders: ['requests'],
    keywords: { thing1: '事项', phrase2: '办理状态', thing3: '办理人', time4: '更新时间', thing5: '备注' },
  },
  /** To handlers and staff: a request to take, supervise or hurry (dashboard's 一键督办 too); to cadres, 提醒走访; to an agent, a 代办件 改派 to them. */
  requestTask: {
    title: '待办任务提醒',
    envVar: 'REQUEST_TASK_TEMPLATE_ID',
    placeholderId: 'REQUEST_TASK',
    senders: ['requests', 'dashboard', 'visits', 'proxy'],
    keywords: { thing1: '任务名称', phrase2: '任务类型', time3: '截止时间', thing4: '备注' },
  },
  /** To the resident: staff answered their 留言. */
  messageReply: {
    title: '留言回复通知',
    envVar: 'MESSAGE_REPLY_TEMPLATE_ID',
    placeholderId: 'MESSAGE_REPLY',
    senders: ['messages'],
    keywords: { thing1: '留言内容', thing2: '回复内容', thing3: '回复人', time4: '回复时间' },
  },
  /** The evening before a booked service day. */
  servicedayReminder: {
    title: '预约提醒',
    envVar: 'SERVICEDAY_REMINDER_TEMPLATE_ID',
    placeholderId: 'SERVICEDAY_REMINDER',
    senders: ['servicedays'],
    keywords: { thing1: '办理事项', time2: '预约时间', thing3: '地点', character_string4: '预约码', thing5: '温馨提示' },
  },
  /** Staff cancelled a whole service date. */
  servicedayCancelled: {
    title: '预约取消通知',
    envVar: 'SERVICEDAY_CANCELLED_TEMPLATE_ID',
    placeholderId: 'SERVICEDAY_CANCELLED',
    senders: ['servicedays'],
    keywords: { thing1: '办理事项', time2: '预约时间', thing3: '取消原因', thing4: '备注' },
  },
} as const satisfies Record<string, SubscribeTemplate>;

export type TemplateName = keyof typeof SUBSCRIBE_TEMPLATES;
export type KeywordOf<N extends TemplateName> = keyof (typeof SUBSCRIBE_TEMPLATES)[N]['keywords'] & string;

/** WeChat's keyword types (订阅消息参数值内容限制说明). */
export const KEYWORD_TYPES = [
  'thing',
  'number',
  'letter',
  'symbol',
  'character_string',
  'time',
  'date',
  'amount',
  'phone_number',
  'car_number',
  'name',
  'phrase',
] as const;
export type KeywordType = (typeof KEYWORD_TYPES)[number];

/** `thing1` → `thing`, `character_string4` → `character_string`; null for a name that is not a keyword. */
export function keywordTypeOf(keyword: string): KeywordType | null {
  const match = /^([a-z_]+?)(\d+)$/.exec(keyword);
  const type = match?.[1];
  return type && (KEYWORD_TYPES as readonly string[]).includes(type) ? (type as KeywordType) : null;
}

type Env = Record<string, string | undefined>;

/** The id this deployment configured for a template (the calling function's environment), else its placeholder. */
export function templateIdOf(name: TemplateName, env: Env = process.env): string {
  const template: SubscribeTemplate = SUBSCRIBE_TEMPLATES[name];
  return env[template.envVar] || template.placeholderId;
}

/** The variable that says which build a message opens: `formal` (default), `trial` or `developer`. */
export const MINIPROGRAM_STATE_VAR = 'SUBSCRIBE_MINIPROGRAM_STATE';

/**
 * Which mini-program build a message opens, from the function's
 * configuration. A wrong value is passed on as it is: WeChat (and the local
 * cloud) refuse it, and every refusal is logged with that reason.
 */
export function miniprogramStateOf(env: Env = process.env): string {
  return env[MINIPROGRAM_STATE_VAR] || 'formal';
}
