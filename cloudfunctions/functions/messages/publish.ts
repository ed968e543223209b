import { messageRelation, requireStaff } from '../../domain/messages/messageAccess';
import { publishMessage } from '../../domain/messages/messageOutcomes';
import { defineAction } from '../../shared/defineAction';
import { loadMessage, runMessageStep } from './support/store';
import { toMessageDetail } from './support/toMessageDto';

/** 网谈回音: staff publish an answered message, with the resident's consent; publishing twice changes nothing. */
export const publish = defineAction('messages', 'publish', {
  access: 'staff',
  run: async (input, { db, caller, now }) => {
    const loaded = await loadMessage(db, input.messageId);
    requireStaff(messageRelation(caller, loaded));
    const message = await runMessageStep(db, loaded, null, (current) => publishMessage(current, caller, now));
    return toMessageDetail(message, caller, now);
  },
});
