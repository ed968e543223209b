import { messageRelation, requireAuthor } from '../../domain/messages/messageAccess';
import { answerMessage } from '../../domain/messages/threadPosts';
import { defineAction } from '../../shared/defineAction';
import { requireOwnFiles } from '../../shared/uploadFolder';
import { loadMessage, runMessageStep } from './support/store';
import { toMessageDetail } from './support/toMessageDto';

/** The resident writes again in their own thread. */
export const answer = defineAction('messages', 'answer', {
  access: 'residents',
  run: async (input, { db, caller, now, fingerprint }) => {
    requireOwnFiles('messages', caller._id, input.photos, 'photos');
    const loaded = await loadMessage(db, input.messageId);
    requireAuthor(messageRelation(caller, loaded));
    const message = await runMessageStep(db, loaded, { opId: input.opId, fingerprint: fingerprint() }, (current) =>
      answerMessage(current, { by: caller, now, opId: input.opId, text: input.text, photos: input.photos }),
    );
    return toMessageDetail(message, caller, now);
  },
});
