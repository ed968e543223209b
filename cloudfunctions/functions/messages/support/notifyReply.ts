import type { Message, MessagePost } from '../../../domain/messages/Message';
import { undeliveredReply } from '../../../domain/messages/undeliveredReply';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { sendSubscribeMessage } from '../../../shared/subscribeMessage';

export const MESSAGE_PAGE = 'packages/console/message-detail/index';

/**
 * Tells the resident about a staff reply (留言回复通知). A refused message
 * never undoes the reply: it is logged and recorded as an event staff see on
 * the thread (one push). Returns the message with that event when there is one.
 */
export async function notifyReply(db: Database, message: Message, reply: MessagePost, now: Date): Promise<Message> {
  const outcome = await sendSubscribeMessage('messageReply', message.residentId, `${MESSAGE_PAGE}?id=${message._id}`, {
    thing1: message.text,
    thing2: reply.text,
    thing3: `${message.villageName}工作人员`,
    time4: reply.at,
  });
  if (outcome.sent) return message;
  const event = undeliveredReply(reply, now, outcome.notAllowed ? 'notAllowed' : 'failed');
  try {
    await db
      .collection(COLLECTIONS.messages)
      .doc(message._id)
      .update({ data: { events: db.command.push([event]) } });
  } catch (error) {
    console.warn(`[messages] could not record the undelivered reply notice of ${message._id}`, error);
    return message;
  }
  return { ...message, events: [...message.events, event] };
}
