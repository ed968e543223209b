import type { ResidentRequest } from '../../../domain/requests/ResidentRequest';
import { repointHandler } from '../../../domain/requests/repointHandler';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { conditionalUpdate } from '../../../shared/conditionalUpdate';
import { updatedCount } from '../../../shared/dbResults';
import { readDocs } from '../../../shared/readDocs';

export interface Moved {
  requests: number;
  messages: number;
}

/** Requests read per round; every round moves what it read, so the next reads the rest. */
const PAGE = 100;
/** A request changed by someone else while it was moved is read again, at most this often. */
const MAX_ROUNDS = 50;

type HandledRequest = Pick<ResidentRequest, '_id' | 'version' | 'handler' | 'openHandlerId' | 'handlerIds'>;

/** The update moving a request from `fromId` to `toId` (the version is the caller's to set), or null when `fromId` never held it. */
export function repointUpdate(request: HandledRequest, fromId: string, toId: string, now: Date): Record<string, unknown> | null {
  const patch = repointHandler(request, fromId, toId);
  if (!patch) return null;
  const data: Record<string, unknown> = { openHandlerId: patch.openHandlerId, handlerIds: patch.handlerIds, updatedAt: now };
  if (patch.handler !== request.handler) data['handler.id'] = toId;
  return data;
}

/**
 * Every request `fromId` holds or has held, and every message they own
 * (首问负责), is moved to `toId`: an imported person who now has a WeChat
 * account. Each request is one conditional update on the version read, so
 * a step taken meanwhile is never overwritten (the request is read again).
 * Runs after the take-over and again whenever the phone is bound again, so
 * anything routed to the imported person meanwhile is moved too.
 */
export async function repointPerson(db: Database, fromId: string, toId: string, now: Date): Promise<Moved> {
  const _ = db.command;
  const moved: Moved = { requests: 0, messages: 0 };
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const held = await readDocs<HandledRequest>(
      db
        .collection(COLLECTIONS.requests)
        .where({ handlerIds: fromId })
        .field({ version: true, handler: true, openHandlerId: true, handlerIds: true })
        .limit(PAGE),
    );
    for (const request of held) {
      const data = repointUpdate(request, fromId, toId, now);
      if (!data) continue;
      const written = await conditionalUpdate(db.collection(COLLECTIONS.requests).where({ _id: request._id, version: request.version }), {
        ...data,
        version: _.inc(1),
      });
      if (written) moved.requests += 1;
    }
    if (held.length === 0) break;
  }
  moved.messages = await updatedCount(db.collection(COLLECTIONS.messages).where({ ownerId: fromId }).update({ data: { ownerId: toId } }));
  return moved;
}
