import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import type { Message, MessageChange } from './Message';
import { actorOf } from './messageAccess';

/** The message became a 诉求: the link is recorded with an event. */
export function convertMessage(message: Message, input: { by: User; requestId: string; code: string; now: Date }): MessageChange {
  if (message.requestId !== null && message.requestId !== input.requestId) throw new DomainError('CONFLICT');
  return {
    set: { requestId: input.requestId, updatedAt: input.now },
    posts: [],
    events: [
      {
        id: `${message._id}-e${message.events.length}`,
        at: input.now,
        kind: 'converted',
        actor: actorOf(input.by, true),
        what: `${input.by.name} 转为诉求 ${input.code}`,
        note: null,
        opId: null,
      },
    ],
  };
}

/** 网谈回音: only with the resident's consent, and only once staff have answered. */
export function publishMessage(message: Message, by: User, now: Date): MessageChange | null {
  if (message.published) return null;
  if (!message.publicConsent) throw new DomainError('NO_PUBLIC_CONSENT');
  if (!message.posts.some((post) => post.by.staff)) throw new DomainError('NOT_ANSWERED');
  return {
    set: { published: true, publishedAt: now, updatedAt: now },
    posts: [],
    events: [
      {
        id: `${message._id}-e${message.events.length}`,
        at: now,
        kind: 'published',
        actor: actorOf(by, true),
        what: `${by.name} 公开到网谈回音（隐去姓名）`,
        note: null,
        opId: null,
      },
    ],
  };
}

export function applyMessageChange(message: Message, change: MessageChange): Message {
  return {
    ...message,
    ...change.set,
    version: message.version + 1,
    posts: [...message.posts, ...change.posts],
    events: [...message.events, ...change.events],
  };
}
