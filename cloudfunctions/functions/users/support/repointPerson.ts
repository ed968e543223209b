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
 * account. One multi-document update per field, whatever the number of
 * requests, each atomic per request (a step taken meanwhile is never
 * overwritten: each update bumps the version, so a step read before it is
 * refused and read again). The order keeps the account able to act at every
 * moment: it joins `handlerIds` first, takes the current and open handler's
 * places, and the imported id leaves last. Names and the ledger stay: it is
 * the same person. Idempotent: running it again moves what reached `fromId`
 * meanwhile and nothing else.
 */
export async function repointPerson(db: Database, fromId: string, toId: string, now: Date): Promise<Moved> {
  const _ = db.command;
  const requests = db.collection(COLLECTIONS.requests);
  const stamp = { updatedAt: now, version: _.inc(1) };
  const held = await updatedCount(requests.where({ handlerIds: fromId }).update({ data: { handlerIds: _.addToSet(toId), ...stamp } }));
  await requests.where({ 'handler.id': fromId }).update({ data: { 'handler.id': toId, ...stamp } });
  await requests.where({ openHandlerId: fromId }).update({ data: { openHandlerId: toId, ...stamp } });
  await requests.where({ handlerIds: fromId }).update({ data: { handlerIds: _.pull(fromId), ...stamp } });
  const messages = await updatedCount(
    db
      .collection(COLLECTIONS.messages)
      .where({ ownerId: fromId })
      .update({ data: { ownerId: toId } }),
  );
  return { requests: held, messages };
}
