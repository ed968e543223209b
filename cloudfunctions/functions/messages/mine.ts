import type { Message } from '../../domain/messages/Message';
import { defineAction } from '../../shared/defineAction';
import { COLLECTIONS } from '../../shared/collections';
import { readDocs } from '../../shared/readDocs';
import { templateIdOf } from '../../shared/subscribeTemplates';
import { toMessageSummary } from './toMessageDto';

/** The caller's own messages, newest first, with the template to subscribe to before leaving one. */
export const mine = defineAction('messages', 'mine', {
  access: 'residents',
  run: async (_input, { db, caller, now }) => {
    const messages = await readDocs<Message>(
      db.collection(COLLECTIONS.messages).where({ residentId: caller._id }).orderBy('createdAt', 'desc').limit(100),
    );
    return { items: messages.map((m) => toMessageSummary(m, caller, now)), subscribeTemplateIds: [templateIdOf('messageReply')] };
  },
});
