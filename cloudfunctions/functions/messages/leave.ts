import { createHash } from 'node:crypto';
import { leaveMessage, messageIdOf } from '../../domain/messages/leaveMessage';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { requireOwnFiles } from '../../shared/uploadFolder';
import { loadPlaceChain } from '../../shared/loadPlaceChain';
import { addMessageOnce, loadMessage } from './support/store';
import { toMessageDetail } from './support/toMessageDto';

/**
 * A resident leaves a message for the village of their home grid. The id
 * comes from (author, key), so a retry of a lost answer hits the same
 * document and returns it instead of posting twice.
 */
export const leave = defineAction('messages', 'leave', {
  access: 'residents',
  run: async (input, { db, caller, now }) => {
    requireOwnFiles('messages', caller._id, input.photos, 'photos');
    if (!caller.homeGridId) throw new DomainError('NOT_REGISTERED');
    const id = messageIdOf(createHash('sha256').update(`${caller._id}\n${input.clientKey}`).digest('hex'));
    const chain = await loadPlaceChain(db, caller.homeGridId);
    const message = leaveMessage({
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
    if (!(await addMessageOnce(db, message))) {
      return { message: await toMessageDetail(await loadMessage(db, id), caller, now), replayed: true };
    }
    return { message: await toMessageDetail(message, caller, now), replayed: false };
  },
});
