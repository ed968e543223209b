import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { updatedCount } from '../../../shared/dbResults';

export interface Moved {
  requests: number;
  messages: number;
}

/**
 * Every request `fromId` holds or has held, and every message they own
 * (首问负责), is moved to `toId`: an imported person who now has a WeChat
 * account. Three multi-document updates of requests and one of messages,
 * whatever their number: the requests open with them (open handler, handler,
 * their place in `handlerIds`), then the others they are the handler of, then
 * those that only name them in `handlerIds`. Each request changes once, in
 * one atomic update that takes `fromId`'s place in `handlerIds` (`handlerIds.$`,
 * the element the query matched) and bumps the version, so a step read before
 * it is refused and read again, and at no moment is a request with neither.
 * Names and the ledger stay: it is the same person. Idempotent: running it
 * again moves what reached `fromId` meanwhile and nothing else.
 */
export async function repointPerson(db: Database, fromId: string, toId: string, now: Date): Promise<Moved> {
  const requests = db.collection(COLLECTIONS.requests);
  const stamp = { updatedAt: now, version: db.command.inc(1), 'handlerIds.$': toId };
  const open = await updatedCount(
    requests.where({ openHandlerId: fromId, handlerIds: fromId }).update({ data: { openHandlerId: toId, 'handler.id': toId, ...stamp } }),
  );
  const handled = await updatedCount(
    requests.where({ 'handler.id': fromId, handlerIds: fromId }).update({ data: { 'handler.id': toId, ...stamp } }),
  );
  const past = await updatedCount(requests.where({ handlerIds: fromId }).update({ data: stamp }));
  const messages = await updatedCount(
    db
      .collection(COLLECTIONS.messages)
      .where({ ownerId: fromId })
      .update({ data: { ownerId: toId } }),
  );
  return { requests: open + handled + past, messages };
}
