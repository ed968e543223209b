import type { Database } from './cloud';
import type { CollectionName } from './collections';
import { readDocs } from './readDocs';

/** The server returns at most 1,000 documents per read. */
const PAGE_SIZE = 1000;

export interface PageOrder {
  /**
   * Read in the order of this field (a dotted path for a nested one; then `_id`), continuing after the last
   * pair seen: with an index on the condition's equality fields, this field
   * and `_id`, every page reads only what it returns. Without it pages go
   * by `_id`, which an index serves only when it ends with `_id` right after
   * the condition's equalities; otherwise each page sorts what is left.
   */
  orderBy?: string;
  /** Only these fields (the order's fields are always included). */
  fields?: Record<string, true>;
}

/** A field's value by its dotted path (`keys.township`). */
function valueAt(doc: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      doc,
    );
}

/**
 * Every document matching `condition`, read in pages of 1,000 in a stable
 * order and continued after the last one seen (never `skip`, which the
 * server walks through again on every page). One read per page.
 */
export async function readAllPages<T extends { _id: string }>(
  db: Database,
  collection: CollectionName,
  condition: object,
  order: PageOrder = {},
): Promise<T[]> {
  const _ = db.command;
  const { orderBy, fields } = order;
  const out: T[] = [];
  let last: T | null = null;
  for (;;) {
    let where: object = condition;
    if (last !== null) {
      const at = orderBy ? valueAt(last, orderBy) : undefined;
      const after = orderBy ? _.or([{ [orderBy]: _.gt(at) }, { [orderBy]: at, _id: _.gt(last._id) }]) : { _id: _.gt(last._id) };
      where = _.and([condition, after]);
    }
    let query = db.collection(collection).where(where);
    if (orderBy) query = query.orderBy(orderBy, 'asc');
    query = query.orderBy('_id', 'asc');
    if (fields) query = query.field({ ...fields, _id: true, ...(orderBy ? { [orderBy]: true } : {}) });
    const page: T[] = await readDocs<T>(query.limit(PAGE_SIZE));
    out.push(...page);
    if (page.length < PAGE_SIZE) return out;
    last = page[page.length - 1];
  }
}
