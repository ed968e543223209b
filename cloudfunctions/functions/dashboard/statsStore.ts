import { chinaMonth, monthBounds } from '../../domain/dashboard/chinaMonth';
import { CHINA_OFFSET_MS } from '../../domain/shared/chinaTime';
import { STATS_FIELDS, type RequestStatsBucket, type StatsSource } from '../../domain/dashboard/RequestStats';
import { tallyRequests } from '../../domain/dashboard/tallyRequests';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { findById } from '../../shared/findById';
import { readDocs } from '../../shared/readDocs';

/** Settings document: every request change up to `upTo` is in the buckets. */
export const STATS_MARK_ID = 'requestStatsMark';
/** Changes are read again this far back, for writes that carried an earlier `updatedAt` but landed late. */
const OVERLAP_MS = 5 * 60_000;
const PAGE = 1000;

type BucketRow = StatsSource & { _id: string; gridId: string; gridName: string; villageName: string; placeIds: string[] };

export function bucketId(gridId: string, month: string): string {
  return `${gridId}_${month}`;
}

/** Rebuilds one bucket from the requests of the grid filed in the month: exact, and harmless to repeat. */
export async function rebuildBucket(db: Database, gridId: string, month: string, now: Date): Promise<void> {
  const _ = db.command;
  const { start, end } = monthBounds(month);
  const rows: BucketRow[] = [];
  for (let page = 0; ; page += 1) {
    const batch = await readDocs<BucketRow>(
      db
        .collection(COLLECTIONS.requests)
        .where({ createdAt: _.gte(start).and(_.lt(end)), gridId })
        .field(STATS_FIELDS)
        .orderBy('_id', 'asc')
        .skip(page * PAGE)
        .limit(PAGE),
    );
    rows.push(...batch);
    if (batch.length < PAGE) break;
  }
  const id = bucketId(gridId, month);
  if (rows.length === 0) {
    await db.collection(COLLECTIONS.requestStats).where({ _id: id }).remove();
    return;
  }
  const first = rows[0];
  const bucket: Omit<RequestStatsBucket, '_id'> = {
    ...tallyRequests(rows),
    gridId,
    gridName: first.gridName,
    villageName: first.villageName,
    placeIds: first.placeIds,
    month,
    builtAt: now,
  };
  await db.collection(COLLECTIONS.requestStats).doc(id).set({ data: bucket });
}

/**
 * Brings the buckets up to date: one aggregate names the (grid, month)
 * buckets of the requests changed since the last run (an index on
 * `updatedAt`), each is rebuilt, then the mark moves to `now`. Run by the
 * timer every minute (a bucket is rebuilt whole, which costs too much to do
 * inside a view when a grid has thousands of requests a month).
 */
export async function refreshStats(db: Database, now: Date): Promise<{ buckets: number }> {
  const _ = db.command;
  const $ = _.aggregate;
  const upTo = await statsAsOf(db);
  const since = upTo ? new Date(upTo.getTime() - OVERLAP_MS) : new Date(0);
  const result = (await db
    .collection(COLLECTIONS.requests)
    .aggregate()
    .match({ updatedAt: _.gt(since) })
    .project({ gridId: 1, local: $.add(['$createdAt', CHINA_OFFSET_MS]) })
    .group({ _id: { gridId: '$gridId', year: $.year('$local'), month: $.month('$local') } })
    .end()) as { list: Array<{ _id: { gridId: string; year: number; month: number } }> };
  const buckets = result.list.map(({ _id }) => ({
    gridId: _id.gridId,
    month: chinaMonth(new Date(Date.UTC(_id.year, _id.month - 1, 15) - CHINA_OFFSET_MS)),
  }));
  for (const bucket of buckets) await rebuildBucket(db, bucket.gridId, bucket.month, now);
  await db.collection(COLLECTIONS.settings).doc(STATS_MARK_ID).set({ data: { upTo: now } });
  return { buckets: buckets.length };
}

/** Until when the buckets include every request change (null before the timer's first run). */
export async function statsAsOf(db: Database): Promise<Date | null> {
  const mark = await findById<{ upTo: Date }>(db, COLLECTIONS.settings, STATS_MARK_ID);
  return mark ? mark.upTo : null;
}

/** The buckets of a subtree for some months. */
export async function loadBuckets(db: Database, scopeId: string, months: string[]): Promise<RequestStatsBucket[]> {
  const _ = db.command;
  const buckets: RequestStatsBucket[] = [];
  for (let page = 0; ; page += 1) {
    const batch = await readDocs<RequestStatsBucket>(
      db
        .collection(COLLECTIONS.requestStats)
        .where({ placeIds: scopeId, month: _.in(months) })
        .orderBy('_id', 'asc')
        .skip(page * PAGE)
        .limit(PAGE),
    );
    buckets.push(...batch);
    if (batch.length < PAGE) break;
  }
  return buckets;
}
