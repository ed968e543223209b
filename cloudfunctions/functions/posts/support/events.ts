import type { PostEvent } from '../../../domain/posts/PostEvent';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';

/** Appends to the history; events are never updated or removed. */
export async function appendEvent(db: Database, event: PostEvent): Promise<void> {
  await db.collection(COLLECTIONS.postEvents).add({ data: event });
}
