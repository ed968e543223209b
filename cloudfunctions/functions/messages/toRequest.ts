import { createHash } from 'node:crypto';
import { requestIdentity } from '../../domain/requests/fileRequest';
import { messageRelation, requireStaff } from '../../domain/messages/messageAccess';
import { convertMessage } from '../../domain/messages/messageOutcomes';
import { defineAction } from '../../shared/defineAction';
import { fileNew } from '../../shared/requests/fileNew';
import { loadMessage, runMessageStep } from './support/store';
import { staffOverMessage } from './support/staffColleagues';
import { toMessageDetail } from './support/toMessageDto';

/**
 * Staff turn a message into a 诉求, filed for the resident in their home grid
 * and routed like any request (the requests filing code, not a copy). The
 * request id derives from the message alone, so a retry or two staff at once
 * make one request; the request is written first, then the message links to
 * it, so a failure in between is healed by the next try.
 */
export const toRequest = defineAction('messages', 'toRequest', {
  access: 'staff',
  run: async (input, context) => {
    const { db, caller, now } = context;
    const source = await loadMessage(db, input.messageId);
    requireStaff(messageRelation(caller, source));
    const seed = `message\n${source._id}`;
    const filed = await fileNew(
      context,
      {
        clientKey: `msg-${source._id}`,
        gridId: source.gridId,
        categoryId: input.categoryId,
        text: source.text,
        answers: {},
        photos: source.posts[0]?.photos ?? [],
        publicName: false,
      },
      { id: source.residentId, name: source.residentName, phone: source.residentPhone, phoneVerified: false, household: null },
      true,
      undefined,
      { seed, sourceMessageId: source._id },
    );
    const { id, code } = requestIdentity(createHash('sha256').update(seed).digest('hex'));
    const message = await runMessageStep(db, source, null, (current) =>
      current.requestId === id ? null : convertMessage(current, { by: caller, requestId: id, code, now }),
    );
    const colleagues = message.ownerId === caller._id ? await staffOverMessage(db, message) : [];
    return { message: await toMessageDetail(message, caller, now, colleagues), requestId: filed.request.id };
  },
});
