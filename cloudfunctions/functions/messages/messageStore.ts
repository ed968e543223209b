import type { Message, MessageChange } from '../../domain/messages/Message';
import { applyMessageChange } from '../../domain/messages/messageOutcomes';
import { alreadyPosted } from '../../domain/messages/threadPosts';
import { DomainError } from '../../domain/shared/DomainError';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { conditionalUpdate } from '../../shared/conditionalUpdate';
import { findById } from '../../shared/findById';

export async function loadMessage(db: Database, messageId: string): Promise<Message> {
  const message = await findById<Message>(db, COLLECTIONS.messages, messageId);
  if (!message) throw new DomainError('NOT_FOUND', '没有找到这条留言，请返回列表刷新');
  return message;
}

/**
 * Writes a step as one conditional update on the version it was decided on:
 * the fields and the appended posts and events land together or not at all.
 * Returns the message as written, or null when someone else wrote first.
 */
export async function writeMessageChange(
  db: Database,
  message: Message,
  change: MessageChange,
  condition: Record<string, unknown> = { version: message.version },
): Promise<Message | null> {
  const _ = db.command;
  const data: Record<string, unknown> = { ...change.set, version: _.inc(1) };
  if (change.posts.length > 0) data.posts = _.push(change.posts);
  if (change.events.length > 0) data.events = _.push(change.events);
  const written = await conditionalUpdate(db.collection(COLLECTIONS.messages).where({ _id: message._id, ...condition }), data);
  return written ? applyMessageChange(message, change) : null;
}

/**
 * Decides and writes a keyed step on the message as just read (access has
 * been checked on it); when the write loses a race the message
 * is read again: the same key already applied is the answer (a retry),
 * otherwise the step is decided again on the fresh message once, and a
 * second loss is a conflict.
 */
export async function runMessageStep(
  db: Database,
  loaded: Message,
  opId: string | null,
  decide: (message: Message) => MessageChange | null,
): Promise<Message> {
  const messageId = loaded._id;
  let message = loaded;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (opId !== null && alreadyPosted(message, opId)) return message;
    const change = decide(message);
    if (!change) return message;
    const written = await writeMessageChange(db, message, change);
    if (written) return written;
    message = await loadMessage(db, messageId);
  }
  if (opId !== null && alreadyPosted(message, opId)) return message;
  throw new DomainError('CONFLICT');
}
