import { openMessage } from '../../domain/messages/firstInquiry';
import { messageRelation, requireStaff } from '../../domain/messages/messageAccess';
import { defineAction } from '../../shared/defineAction';
import { loadMessage, writeMessageChange } from './support/store';
import { staffOverMessage } from './support/staffColleagues';
import { toMessageDetail } from './support/toMessageDto';

/**
 * 首问负责: staff open a message; if it is unanswered and nobody owns it,
 * the opener becomes its owner. The write is conditional on `ownerId` still
 * being null, so of two staff opening at once exactly one owns it; the other
 * sees the winner as owner.
 */
export const open = defineAction('messages', 'open', {
  access: 'staff',
  run: async (input, { db, caller, now }) => {
    let message = await loadMessage(db, input.messageId);
    requireStaff(messageRelation(caller, message));
    const change = openMessage(message, caller, now);
    if (change) {
      const written = await writeMessageChange(db, message, change, { ownerId: null, status: 'waiting' });
      message = written ?? (await loadMessage(db, input.messageId));
    }
    const colleagues = message.ownerId === caller._id ? await staffOverMessage(db, message) : [];
    return toMessageDetail(message, caller, now, colleagues);
  },
});
