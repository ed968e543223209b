import type { User } from '../people/User';
import { isRetryOf } from '../shared/clientKeys';
import { DomainError } from '../shared/DomainError';
import type { Message, MessageChange, MessagePost } from './Message';
import { actorOf } from './messageAccess';

interface PostInput {
  by: User;
  now: Date;
  opId: string;
  text: string;
  photos: string[];
}

/**
 * True when the post or event with this key is already in the thread: the
 * same request retried. The key under another request (other words, another
 * step, another person) is KEY_REUSED (domain/shared/clientKeys).
 */
export function alreadyPosted(message: Pick<Message, 'posts' | 'events'>, opId: string, fingerprint: string): boolean {
  return isRetryOf([...message.posts, ...message.events], opId, fingerprint);
}

function post(message: Message, input: PostInput, staff: boolean): MessagePost {
  return {
    id: `${message._id}-p${message.posts.length}`,
    at: input.now,
    by: actorOf(input.by, staff),
    text: input.text,
    photos: input.photos,
    opId: input.opId,
  };
}

/** The resident writes again: the thread waits for staff once more (and the 24-hour clock starts again). */
export function answerMessage(message: Message, input: PostInput): MessageChange {
  const waitingSince = message.status === 'waiting' ? message.waitingSince : input.now;
  return {
    set: { status: 'waiting', waitingSince, updatedAt: input.now },
    posts: [post(message, input, false)],
    events: [],
  };
}

/**
 * Staff reply. An owned message is answered by its owner (首问负责); an
 * unowned one by whoever replies. The answer ends the ownership.
 */
export function replyToMessage(message: Message, input: PostInput): MessageChange {
  if (message.ownerId !== null && message.ownerId !== input.by._id) {
    throw new DomainError('MESSAGE_OWNED', `这条留言由${message.ownerName ?? '其他工作人员'}负责答复`);
  }
  return {
    set: { status: 'answered', waitingSince: null, ownerId: null, ownerName: null, updatedAt: input.now },
    posts: [post(message, input, true)],
    events: [],
  };
}
