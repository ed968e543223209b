import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import type { Message, MessageChange } from './Message';
import { isStaffOver } from '../jurisdiction/isStaffOver';
import { actorOf } from './messageAccess';

/**
 * 首问负责: opening an unanswered, unowned message makes the opener its
 * owner. Null when opening changes nothing (already owned, or answered).
 * The write must be conditional on the message still being unowned, so of
 * two staff opening at once exactly one becomes the owner.
 */
export function openMessage(message: Message, staff: User, now: Date): MessageChange | null {
  if (message.status !== 'waiting' || message.ownerId !== null) return null;
  return {
    set: { ownerId: staff._id, ownerName: staff.name, updatedAt: now },
    posts: [],
    events: [
      {
        id: `${message._id}-e${message.events.length}`,
        at: now,
        kind: 'opened',
        actor: actorOf(staff, true),
        what: `${staff.name} 首先查看，负责答复`,
        note: null,
        opId: null,
      },
    ],
  };
}

/** The owner hands an unanswered message to a colleague over the same village, with a note. */
export function handOverMessage(message: Message, input: { by: User; to: User; note: string; now: Date; opId: string }): MessageChange {
  if (message.status !== 'waiting') throw new DomainError('CONFLICT', '这条留言已经答复，不需要转交');
  if (message.ownerId !== input.by._id) {
    throw new DomainError('MESSAGE_OWNED', '只有负责这条留言的工作人员才能转交');
  }
  if (input.to._id === input.by._id || !isStaffOver(input.to, message.placeIds)) {
    throw new DomainError('INVALID_INPUT', '请选择本辖区的其他工作人员', [{ path: 'toStaffId', message: '不在可选范围内' }]);
  }
  return {
    set: { ownerId: input.to._id, ownerName: input.to.name, updatedAt: input.now },
    posts: [],
    events: [
      {
        id: `${message._id}-e${message.events.length}`,
        at: input.now,
        kind: 'handedOver',
        actor: actorOf(input.by, true),
        what: `${input.by.name} 转交给 ${input.to.name}`,
        note: input.note,
        opId: input.opId,
      },
    ],
  };
}
