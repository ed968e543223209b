import type { Message, MessageChange } from '../../../domain/messages/Message';
import { applyMessageChange } from '../../../domain/messages/messageOutcomes';
import { alreadyPosted } from '../../../domain/messages/threadPosts';
import { stampFingerprint } from '../../../domain/shared/clientKeys';
import { DomainError } from '../../../domain/shared/DomainError';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { conditionalUpdate } from '../../../shared/conditionalUpdate';
import { findById } from '../../../shared/findById';
import { isDuplicateKey } from '../../../shared/isDuplicateKey';
import { readDocs } from '../../../shared/readDocs';

/**
 * The messages function's reads and writes, named by what they are for:
 * action files call these, never the database.
 */

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

/** A step's key from the phone and the fingerprint of the request it came with (context.fingerprint()). */
export interface StepKey {
  opId: string;
  fingerprint: string;
}

/** The change with the fingerprint on what the keyed step writes, so its retry is told from another request. */
function stamped(change: MessageChange, key: StepKey | null): MessageChange {
  if (key === null) return change;
  return {
    ...change,
    posts: stampFingerprint(change.posts, [key.opId], key.fingerprint),
    events: stampFingerprint(change.events, [key.opId], key.fingerprint),
  };
}

/**
 * Decides and writes a keyed step on the message as just read (access has
 * been checked on it); when the write loses a race the message
 * is read again: the same request under the key already applied is the
 * answer (a retry), the key under another request is KEY_REUSED; otherwise
 * the step is decided again on the fresh message once, and a second loss
 * is a conflict.
 */
export async function runMessageStep(
  db: Database,
  loaded: Message,
  key: StepKey | null,
  decide: (message: Message) => MessageChange | null,
): Promise<Message> {
  const done = (message: Message) => key !== null && alreadyPosted(message, key.opId, key.fingerprint);
  const messageId = loaded._id;
  let message = loaded;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (done(message)) return message;
    const change = decide(message);
    if (!change) return message;
    const written = await writeMessageChange(db, message, stamped(change, key));
    if (written) return written;
    message = await loadMessage(db, messageId);
  }
  if (done(message)) return message;
  throw new DomainError('CONFLICT');
}

/** 网谈回音: the latest published questions and answers. */
export function publishedMessages(db: Database): Promise<Message[]> {
  return readDocs<Message>(db.collection(COLLECTIONS.messages).where({ published: true }).orderBy('publishedAt', 'desc').limit(50));
}

/** A resident's own messages, newest first. */
export function messagesOf(db: Database, residentId: string): Promise<Message[]> {
  return readDocs<Message>(db.collection(COLLECTIONS.messages).where({ residentId }).orderBy('createdAt', 'desc').limit(100));
}

export type StaffView = 'mine' | 'waiting' | 'answered';

/** Messages of a staff member's subtree: owned by them or waiting (oldest first), or answered (newest first). */
export function staffMessages(db: Database, scopeId: string, staffId: string, view: StaffView): Promise<Message[]> {
  const collection = db.collection(COLLECTIONS.messages);
  const inScope = { placeIds: scopeId };
  const query =
    view === 'mine'
      ? collection.where({ ...inScope, ownerId: staffId }).orderBy('waitingSince', 'asc')
      : view === 'waiting'
        ? collection.where({ ...inScope, status: 'waiting' }).orderBy('waitingSince', 'asc')
        : collection.where({ ...inScope, status: 'answered' }).orderBy('updatedAt', 'desc');
  return readDocs<Message>(query.limit(100));
}

/**
 * Adds a new message under its id, once: false when a message with that id
 * is already there (a retry of the same key), which is then the answer.
 */
export async function addMessageOnce(db: Database, message: Message): Promise<boolean> {
  try {
    await db.collection(COLLECTIONS.messages).add({ data: message });
    return true;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return false;
  }
}
