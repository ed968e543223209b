import type { Message } from '../../domain/messages/Message';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { COLLECTIONS } from '../../shared/collections';
import { readDocs } from '../../shared/readDocs';
import { toMessageSummary } from './toMessageDto';

/** Staff: messages of their subtree: waiting (oldest first), owned by them, or answered (newest first). */
export const staffList = defineAction('messages', 'staffList', {
  access: 'staff',
  run: async (input, { db, caller, now }) => {
    if (!caller.staffScopeId) throw new DomainError('FORBIDDEN');
    const collection = db.collection(COLLECTIONS.messages);
    const inScope = { placeIds: caller.staffScopeId };
    const query =
      input.view === 'mine'
        ? collection.where({ ...inScope, ownerId: caller._id }).orderBy('waitingSince', 'asc')
        : input.view === 'waiting'
          ? collection.where({ ...inScope, status: 'waiting' }).orderBy('waitingSince', 'asc')
          : collection.where({ ...inScope, status: 'answered' }).orderBy('updatedAt', 'desc');
    const messages = await readDocs<Message>(query.limit(100));
    return { items: messages.map((m) => toMessageSummary(m, caller, now)) };
  },
});
