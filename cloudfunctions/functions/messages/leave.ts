import { createHash } from 'node:crypto';
import { leaveMessage, messageIdOf } from '../../domain/messages/leaveMessage';
import { stampFingerprint } from '../../domain/shared/clientKeys';
import { DomainError } from '../../domain/shared/DomainError';
import { alreadyPosted } from '../../domain/messages/threadPosts';
import { defineAction } from '../../shared/defineAction';
import { requireOwnFiles } from '../../shared/uploadFolder';
import { loadPlaceChain } from '../../shared/loadPlaceChain';
import { addMessageOnce, loadMessage } from './support/store';
import { toMessageDetail } from './support/toMessageDto';

/**
 * A resident leaves a message for the village of their home grid. The id
 * comes from (author, key), so a retry of a lost answer hits the same
 * document and returns it instead of posting twice; the key sent with
 * other words is refused (KEY_REUSED), never answered with the first.
 */
export const leave = defineAction('messages', 'leave', {
  access: 'residents',
  run: async (input, { db, caller, now, fingerprint }) => {
    requireOwnFiles('messages', caller._id, input.photos, 'photos');
    if (!caller.homeGridId) throw new DomainError('NOT_REGISTERED');
    const id = messageIdOf(createHash('sha256').update(`${caller._id}\n${input.clientKey}`).digest('hex'));
    const chain = await loadPlaceChain(db, caller.homeGridId);
    const left = leaveMessage({
      id,
      clientKey: input.clientKey,
      now,
      author: caller,
      grid: chain.grid,
      village: chain.village,
      text: input.text,
      photos: input.photos,
      publicConsent: input.publicConsent,
    });
    const message = { ...left, posts: stampFingerprint(left.posts, [input.clientKey], fingerprint()) };
    if (!(await addMessageOnce(db, message))) {
      // The key's message exists: the same message retried is answered with it, other words under the key are KEY_REUSED.
      const earlier = await loadMessage(db, id);
      if (!alreadyPosted(earlier, input.clientKey, fingerprint())) throw new DomainError('KEY_REUSED');
      return { message: await toMessageDetail(earlier, caller, now), replayed: true };
    }
    return { message: await toMessageDetail(message, caller, now), replayed: false };
  },
});
