import { messageRelation, requireStaff } from '../../domain/messages/messageAccess';
import { alreadyPosted, replyToMessage } from '../../domain/messages/threadPosts';
import { defineAction } from '../../shared/defineAction';
import { requireOwnFiles } from '../../shared/uploadFolder';
import { loadMessage, runMessageStep } from './support/store';
import { notifyReply } from './support/notifyReply';
import { toMessageDetail } from './support/toMessageDto';

/** Staff reply; the resident gets a subscribe message (once, even when the phone retries). */
export const reply = defineAction('messages', 'reply', {
  access: 'staff',
  run: async (input, { db, caller, now, fingerprint }) => {
    requireOwnFiles('messages', caller._id, input.photos, 'photos');
    const before = await loadMessage(db, input.messageId);
    requireStaff(messageRelation(caller, before));
    const key = { opId: input.opId, fingerprint: fingerprint() };
    const retried = alreadyPosted(before, key.opId, key.fingerprint);
    const written = await runMessageStep(db, before, key, (current) =>
      replyToMessage(current, { by: caller, now, opId: input.opId, text: input.text, photos: input.photos }),
    );
    const posted = written.posts.find((post) => post.opId === input.opId);
    const message = !retried && posted && posted.at.getTime() === now.getTime() ? await notifyReply(db, written, posted, now) : written;
    return toMessageDetail(message, caller, now);
  },
});
