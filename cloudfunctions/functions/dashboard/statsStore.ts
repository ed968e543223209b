import { bucketId, type BucketKey } from '../../domain/dashboard/changedBuckets';
import { monthBounds } from '../../domain/dashboard/chinaMonth';
import { STATS_FIELDS, type RequestStatsBucket, type StatsSource } from '../../domain/dashboard/RequestStats';
import { tallyRequests } from '../../domain/dashboard/tallyRequests';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { readAllPages } from '../../shared/readAllPages';
import { readDocs } from '../../shared/readDocs';
import { readMark } from './statsMark';

/** The server's largest page. */
const PAGE = 1000;
/** Bucket writes in flight at once. */
const PARALLEL_WRITES = 8;

type BucketRow = StatsSource & { _id: string; gridId: string; gridName: string; villageName: string; placeIds: string[] };

/** Every request of these grids filed in the month, read in pages continued after the last `_id`. */
async function requestsOf(db: Database, gridIds: string[], month: string): Promise<BucketRow[]> {
  const _ = db.command;
  const { start, end } = monthBounds(month);
  const rows: BucketRow[] = [];
  let after: string | null = null;
  for (;;) {
    const where: Record<string, unknown> = { gridId: _.in(gridIds), createdAt: _.gte(start).and(_.lt(end)) };
    if (after !== null) where._id = _.gt(after);
    const page: BucketRow[] = await readDocs<BucketRow>(
      db.collection(COLLECTIONS.requests).where(where).field(STATS_FIELDS).orderBy('_id', 'asc').limit(PAGE),
    );
    rows.push(...page);
    if (page.length < PAGE) return rows;
    after = page[page.length - 1]._id;
  }
}

async function writeBucket(db: Database, bucket: BucketKey, rows: BucketRow[], now: Date): Promise<void> {
  if (rows.length === 0) {
    await db.collection(COLLECTIONS.requestStats).where({ _id: bucket.id }).remove();
    return;
  }
  const first = rows[0];
  const data: Omit<RequestStatsBucket, '_id'> = {
    ...tallyRequests(rows),
    gridId: bucket.gridId,
    gridName: first.gridName,
    villageName: first.villageName,
    placeIds: first.placeIds,
    month: bucket.month,
    builtAt: now,
  };
  await db.collection(COLLECTIONS.requestStats).doc(bucket.id).set({ data });
}

/**
 * Rebuilds buckets whole from their requests (exact, and harmless to
 * repeat): one read per month for all their grids, then one write each.
 * Starts no write after `deadline`; returns the ids of the buckets written.
 */
export async function rebuildBuckets(db: Database, buckets: BucketKey[], now: Date, deadline: number): Promise<Set<string>> {
  const months = [...new Set(buckets.map((b) => b.month))];
  const rowsByBucket = new Map<string, BucketRow[]>(buckets.map((b) => [b.id, []]));
  for (const month of months) {
    const grids = buckets.filter((b) => b.month === month).map((b) => b.gridId);
    for (const row of await requestsOf(db, grids, month)) rowsByBucket.get(bucketId(row.gridId, month))?.push(row);
  }
  const written = new Set<string>();
  let next = 0;
  const lane = async () => {
    while (next < buckets.length && Date.now() < deadline) {
      const bucket = buckets[next++];
      await writeBucket(db, bucket, rowsByBucket.get(bucket.id)!, now);
      written.add(bucket.id);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_WRITES, buckets.length) }, lane));
  return written;
}

/** Until when the buckets include every request change (null before the first full build). */
export async function statsAsOf(db: Database): Promise<Date | null> {
  return (await readMark(db))?.upTo ?? null;
}

/** The buckets of a subtree for some months: one reader per month, side by side. */
export async function loadBuckets(db: Database, scopeId: string, months: string[]): Promise<RequestStatsBucket[]> {
  const perMonth = await Promise.all(
    months.map((month) => readAllPages<RequestStatsBucket>(db, COLLECTIONS.requestStats, { placeIds: scopeId, month })),
  );
  return perMonth.flat();
}
