import type { MessageEvent, MessagePost } from './Message';

/** Why the reply's message did not reach the resident: no unused permission for it (WeChat's 43101), or the sending failed. */
export type UndeliveredReason = 'notAllowed' | 'failed';

const NOTES: Record<UndeliveredReason, string> = {
  notAllowed: '群众没有开启或已用完回复提醒，需要时请电话告知',
  failed: '微信消息发送失败，需要时请电话告知',
};

/**
 * An event for staff: the subscribe message about this reply did not reach
 * the resident (the reply itself is posted). Its id comes from the reply's,
 * so it never collides with the events of later steps.
 */
export function undeliveredReply(reply: MessagePost, at: Date, reason: UndeliveredReason): MessageEvent {
  return {
    id: `${reply.id}-notice`,
    at,
    kind: 'noticeFailed',
    actor: { id: 'system', name: '系统', staff: true },
    what: '回复的微信消息未送达群众',
    note: NOTES[reason],
    opId: null,
  };
}
