import { handOverMessage } from '../../domain/messages/firstInquiry';
import { messageRelation, requireStaff } from '../../domain/messages/messageAccess';
import type { User } from '../../domain/people/User';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { COLLECTIONS } from '../../shared/collections';
import { findById } from '../../shared/findById';
import { loadMessage, runMessageStep } from './support/store';
import { staffOverMessage } from './support/staffColleagues';
import { toMessageDetail } from './support/toMessageDto';

/** The owner hands an unanswered message to a colleague of the same jurisdiction, with a note. */
export const handOver = defineAction('messages', 'handOver', {
  access: 'staff',
  run: async (input, { db, caller, now, fingerprint }) => {
    const loaded = await loadMessage(db, input.messageId);
    requireStaff(messageRelation(caller, loaded));
    const to = await findById<User>(db, COLLECTIONS.users, input.toStaffId);
    if (!to) throw new DomainError('INVALID_INPUT', '请选择本辖区的其他工作人员', [{ path: 'toStaffId', message: '没有这个人' }]);
    const message = await runMessageStep(db, loaded, { opId: input.opId, fingerprint: fingerprint() }, (current) =>
      handOverMessage(current, { by: caller, to, note: input.note, now, opId: input.opId }),
    );
    const colleagues = message.ownerId === caller._id ? await staffOverMessage(db, message) : [];
    return toMessageDetail(message, caller, now, colleagues);
  },
});
