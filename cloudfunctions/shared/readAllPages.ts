import type { Database } from './cloud';
import type { CollectionName } from './collections';
import { readDocs } from './readDocs';

/** The server returns at most 1,000 documents per read. */
const PAGE_SIZE = 1000;

/**
 * Every document matching `condition` (only `fields`, when given), read in
 * pages of 1,000 ordered by `_id` and continued after the last id seen (no
 * `skip`, which the server walks through again on every page). One read per page.
 */
export async function readAllPages<T extends { _id: string }>(
  db: Database,
  collection: CollectionName,
  condition: object,
  fields?: Record<string, boolean>,
): Promise<T[]> {
  const _ = db.command;
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const where: object = after === null ? condition : _.and([condition, { _id: _.gt(after) }]);
    const query = db.collection(collection).where(where);
    const page: T[] = await readDocs<T>((fields ? query.field({ ...fields, _id: true }) : query).orderBy('_id', 'asc').limit(PAGE_SIZE));
    out.push(...page);
    if (page.length < PAGE_SIZE) return out;
    after = page[page.length - 1]._id;
  }
}
