import { messageRelation, requireCanSee } from '../../domain/messages/messageAccess';
import { defineAction } from '../../shared/defineAction';
import { loadMessage } from './support/store';
import { toMessageDetail } from './support/toMessageDto';

/** One thread as the caller may see it; reading never takes ownership (staff use `open`). */
export const detail = defineAction('messages', 'detail', {
  access: 'residentsAndStaff',
  run: async (input, { db, caller, now }) => {
    const message = await loadMessage(db, input.messageId);
    requireCanSee(messageRelation(caller, message));
    return toMessageDetail(message, caller, now);
  },
});
