import type { Database } from './cloud';
import type { CollectionName } from './collections';
import { isDuplicateKey } from './isDuplicateKey';

/** Adds a document by its own `_id`; false when one with that id exists already (a retry, or a second of what one may hold once). */
export async function addOnce<T extends { _id: string }>(db: Database, collection: CollectionName, doc: T): Promise<boolean> {
  try {
    await db.collection(collection).add({ data: doc });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}
