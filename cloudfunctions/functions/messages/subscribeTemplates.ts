/**
 * The subscribe-message template of message replies (订阅消息). A deployment
 * picks it in the mini-program console (公共模板库, e.g. 留言回复通知) and
 * puts its id in the function's environment variable
 * MESSAGE_REPLY_TEMPLATE_ID; until then a placeholder is sent, which the local
 * runtime records and WeChat refuses (logged, never failing a reply).
 */
export const MESSAGE_REPLY_TEMPLATE = {
  /** 留言回复通知 — 留言内容 thing1, 回复内容 thing2, 回复人 thing3, 回复时间 time4. */
  id: process.env.MESSAGE_REPLY_TEMPLATE_ID || 'MESSAGE_REPLY',
  keys: { question: 'thing1', reply: 'thing2', replier: 'thing3', time: 'time4' },
} as const;

export const MESSAGE_PAGE = 'packages/console/message-detail/index';
