import type { Message, MessagePost } from '../../domain/messages/Message';
import { sendSubscribeMessage, type SendOutcome } from '../../shared/subscribeMessage';

export const MESSAGE_PAGE = 'packages/console/message-detail/index';

/** Tells the resident about a staff reply (留言回复通知). A refused message is logged and never undoes the reply. */
export function notifyReply(message: Message, reply: MessagePost): Promise<SendOutcome> {
  return sendSubscribeMessage('messageReply', message.residentId, `${MESSAGE_PAGE}?id=${message._id}`, {
    thing1: message.text,
    thing2: reply.text,
    thing3: `${message.villageName}工作人员`,
    time4: reply.at,
  });
}
