import { isStaffOver } from '../jurisdiction/isStaffOver';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import type { Message, MessageActor } from './Message';

/** How a person stands to a message. */
export interface MessageRelation {
  /** The resident who wrote it. */
  author: boolean;
  /** Staff whose jurisdiction contains the message's village. */
  staff: boolean;
}

export function messageRelation(viewer: User, message: Pick<Message, 'residentId' | 'placeIds'>): MessageRelation {
  return { author: message.residentId === viewer._id, staff: isStaffOver(viewer, message.placeIds) };
}

/** Anyone else is outside the message: it belongs to another person or another jurisdiction. */
export function requireCanSee(relation: MessageRelation): void {
  if (!relation.author && !relation.staff) throw new DomainError('OUT_OF_JURISDICTION');
}

/** Staff of another jurisdiction are outside; the author (not staff here) is refused the staff step. */
export function requireStaff(relation: MessageRelation): void {
  if (relation.staff) return;
  throw new DomainError(relation.author ? 'FORBIDDEN' : 'OUT_OF_JURISDICTION');
}

export function requireAuthor(relation: MessageRelation): void {
  if (relation.author) return;
  throw new DomainError(relation.staff ? 'FORBIDDEN' : 'OUT_OF_JURISDICTION');
}

export function actorOf(user: Pick<User, '_id' | 'name'>, staff: boolean): MessageActor {
  return { id: user._id, name: user.name, staff };
}
