import { defineAction } from '../../shared/defineAction';
import { templateIdOf } from '../../shared/subscribeTemplates';
import { messagesOf } from './support/store';
import { toMessageSummary } from './support/toMessageDto';

/** The caller's own messages, newest first, with the template to subscribe to before leaving one. */
export const mine = defineAction('messages', 'mine', {
  access: 'residents',
  run: async (_input, { db, caller, now }) => {
    const messages = await messagesOf(db, caller._id);
    return { items: messages.map((m) => toMessageSummary(m, caller, now)), subscribeTemplateIds: [templateIdOf('messageReply')] };
  },
});
