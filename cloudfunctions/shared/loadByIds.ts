import type { Database } from './cloud';
import type { CollectionName } from './collections';
import { readDocs } from './readDocs';

/** The server never returns more than 1,000 documents per read. */
export const MAX_READ = 1000;

/** Documents by id (one read), keyed by id; ids not found are simply absent. */
export async function loadByIds<T extends { _id: string }>(
  db: Database,
  collection: CollectionName,
  ids: Iterable<string>,
): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const found = new Map<string, T>();
  for (let start = 0; start < unique.length; start += MAX_READ) {
    const chunk = unique.slice(start, start + MAX_READ);
    const docs = await readDocs<T>(
      db
        .collection(collection)
        .where({ _id: db.command.in(chunk) })
        .limit(MAX_READ),
    );
    for (const doc of docs) found.set(doc._id, doc);
  }
  return found;
}
