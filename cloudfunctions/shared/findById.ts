import type { Database } from './cloud';
import { readDocs } from './readDocs';

/**
 * Reads one document by id, or null. `doc(id).get()` fails on a missing
 * document on WeChat cloud, which would turn "not found" into an exception.
 */
export async function findById<T>(db: Database, collection: string, id: string): Promise<T | null> {
  const [doc] = await readDocs<T>(db.collection(collection).where({ _id: id }).limit(1));
  return doc ?? null;
}
