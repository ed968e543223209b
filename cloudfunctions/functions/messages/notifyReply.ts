import type { Message, MessagePost } from '../../domain/messages/Message';
import { cloud } from '../../shared/cloud';
import { clip, wechatTime } from '../../shared/subscribeText';
import { MESSAGE_PAGE, MESSAGE_REPLY_TEMPLATE } from './subscribeTemplates';

/** Tells the resident about a staff reply. A failed send is logged and never undoes the reply. */
export async function notifyReply(message: Message, reply: MessagePost): Promise<void> {
  const t = MESSAGE_REPLY_TEMPLATE;
  try {
    await cloud.openapi.subscribeMessage.send({
      touser: message.residentId,
      templateId: t.id,
      page: `${MESSAGE_PAGE}?id=${message._id}`,
      miniprogramState: 'formal',
      data: {
        [t.keys.question]: { value: clip(message.text, 20) },
        [t.keys.reply]: { value: clip(reply.text, 20) },
        [t.keys.replier]: { value: clip(`${message.villageName}工作人员`, 20) },
        [t.keys.time]: { value: wechatTime(reply.at) },
      },
    });
  } catch (error) {
    console.warn(`[messages] reply notice to ${message.residentId} not sent`, error);
  }
}
