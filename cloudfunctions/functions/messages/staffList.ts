import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { staffMessages } from './support/store';
import { toMessageSummary } from './support/toMessageDto';

/** Staff: messages of their subtree: waiting (oldest first), owned by them, or answered (newest first). */
export const staffList = defineAction('messages', 'staffList', {
  access: 'staff',
  run: async (input, { db, caller, now }) => {
    if (!caller.staffScopeId) throw new DomainError('FORBIDDEN');
    const messages = await staffMessages(db, caller.staffScopeId, caller._id, input.view);
    return { items: messages.map((m) => toMessageSummary(m, caller, now)) };
  },
});
