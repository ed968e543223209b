import { bucketId, type BucketKey } from '../../../domain/dashboard/changedBuckets';
import { monthBounds } from '../../../domain/dashboard/chinaMonth';
import {
  STATS_FIELDS,
  type GridTally,
  type RequestStatsBucket,
  type ScopeFigures,
  type VillageFigures,
} from '../../../domain/dashboard/RequestStats';
import { villageFigures, type VillageRow } from '../../../domain/dashboard/villageFigures';
import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { readAllPages } from '../../../shared/readAllPages';
import { readDocs } from '../../../shared/readDocs';
import { readMark, STATS_LAYOUT } from './statsMark';

/** The server's largest page. */
const PAGE = 1000;
/** Reads, and writes, in flight at once. */
const PARALLEL = 8;

type BucketRow = VillageRow & { _id: string; villageId: string; placeIds: string[] };

/** Every request of these villages filed in the month, read in pages continued after the last `_id`. */
async function requestsOf(db: Database, villageIds: string[], month: string): Promise<BucketRow[]> {
  const _ = db.command;
  const { start, end } = monthBounds(month);
  const rows: BucketRow[] = [];
  let after: string | null = null;
  for (;;) {
    const where: Record<string, unknown> = { placeIds: _.in(villageIds), createdAt: _.gte(start).and(_.lt(end)) };
    if (after !== null) where._id = _.gt(after);
    const page: BucketRow[] = await readDocs<BucketRow>(
      db.collection(COLLECTIONS.requests).where(where).field(STATS_FIELDS).orderBy('_id', 'asc').limit(PAGE),
    );
    rows.push(...page);
    if (page.length < PAGE) return rows;
    after = page[page.length - 1]._id;
  }
}

/** Writes one village's bucket from its requests (or removes it when none are left). */
async function writeBucket(db: Database, bucket: BucketKey, rows: BucketRow[], now: Date): Promise<void> {
  if (rows.length === 0) {
    await db.collection(COLLECTIONS.requestStats).where({ _id: bucket.id }).remove();
    return;
  }
  const first = rows[0];
  const { grids, village } = villageFigures(rows);
  const data: Omit<RequestStatsBucket, '_id'> = {
    villageId: bucket.villageId,
    villageName: first.villageName,
    placeIds: first.placeIds.slice(0, first.placeIds.indexOf(bucket.villageId) + 1),
    month: bucket.month,
    figures: JSON.stringify(village),
    gridFigures: JSON.stringify(grids),
    builtAt: now,
  };
  await db.collection(COLLECTIONS.requestStats).doc(bucket.id).set({ data });
}

/** Runs `work` on the items, `lanes` at a time, starting each only while `mayStart` says so; the items done. */
async function inLanes<T>(
  items: T[],
  lanes: number,
  mayStart: (started: number) => boolean,
  work: (item: T) => Promise<void>,
): Promise<T[]> {
  const done: T[] = [];
  let next = 0;
  const lane = async () => {
    while (next < items.length && mayStart(next)) {
      const item = items[next++];
      await work(item);
      done.push(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
  return done;
}

/**
 * Rebuilds buckets whole from their requests (exact, and harmless to
 * repeat): one read per month for all their villages, then one write each.
 * Starts no write that could end after `deadline` (but the first, with
 * `atLeastOne`, so every run moves on); returns the ids of the buckets written.
 */
export async function rebuildBuckets(
  db: Database,
  buckets: BucketKey[],
  now: Date,
  deadline: number,
  atLeastOne: boolean,
): Promise<Set<string>> {
  const months = [...new Set(buckets.map((b) => b.month))];
  const rowsByBucket = new Map<string, BucketRow[]>(buckets.map((b) => [b.id, []]));
  await inLanes(
    months,
    PARALLEL,
    () => true,
    async (month) => {
      const villages = buckets.filter((b) => b.month === month).map((b) => b.villageId);
      for (const row of await requestsOf(db, villages, month)) rowsByBucket.get(bucketId(row.villageId, month))?.push(row);
    },
  );
  // The longest a write has taken (waiting behind the others included): none starts that close to the deadline.
  let slowest = 0;
  const written = await inLanes(
    buckets,
    PARALLEL,
    (started) => (atLeastOne && started === 0) || Date.now() + slowest < deadline,
    async (bucket) => {
      const started = Date.now();
      await writeBucket(db, bucket, rowsByBucket.get(bucket.id)!, now);
      slowest = Math.max(slowest, Date.now() - started);
    },
  );
  return new Set(written.map((bucket) => bucket.id));
}

/** Until when the buckets include every request change (null before the first full build). */
export async function statsAsOf(db: Database): Promise<Date | null> {
  const mark = await readMark(db);
  return mark && mark.layout === STATS_LAYOUT ? mark.upTo : null;
}

/**
 * What the view adds up for `scope` and some months: one reader per month,
 * side by side (a county's month is some 300 village buckets), each
 * reading the village figures only. A staff member of one grid reads its
 * village's buckets with every grid's whole tally and keeps their own.
 */
export async function loadScopeFigures(db: Database, scope: JurisdictionNode, months: string[]): Promise<ScopeFigures> {
  const _ = db.command;
  if (scope.level === 'grid') {
    const ids = months.map((month) => bucketId(scope.parentId ?? '', month));
    const buckets = await readDocs<RequestStatsBucket>(
      db
        .collection(COLLECTIONS.requestStats)
        .where({ _id: _.in(ids) })
        .field({ figures: false })
        .limit(ids.length),
    );
    const own = buckets
      .filter((bucket) => typeof bucket.gridFigures === 'string')
      .flatMap((bucket) =>
        (JSON.parse(bucket.gridFigures) as GridTally[])
          .filter((grid) => grid.gridId === scope._id)
          .map((grid) => ({ ...grid, villageName: bucket.villageName })),
      );
    return { tallies: own, grids: own };
  }
  const perMonth = await Promise.all(
    months.map((month) =>
      readAllPages<RequestStatsBucket>(db, COLLECTIONS.requestStats, { placeIds: scope._id, month }, { fields: WITHOUT_GRID_FIGURES }),
    ),
  );
  const figures: ScopeFigures = { tallies: [], grids: [] };
  for (const bucket of current(perMonth.flat())) {
    const village = JSON.parse(bucket.figures) as VillageFigures;
    figures.tallies.push(village.tally);
    for (const line of village.grids) figures.grids.push({ ...line, villageName: bucket.villageName });
  }
  return figures;
}

/** Every field but the grids' whole tallies. */
const WITHOUT_GRID_FIGURES: Record<string, true> = {
  _id: true,
  villageId: true,
  villageName: true,
  placeIds: true,
  month: true,
  figures: true,
  builtAt: true,
};

/** Buckets of an older layout are skipped until the timer has replaced them. */
function current(buckets: RequestStatsBucket[]): RequestStatsBucket[] {
  return buckets.filter((bucket) => typeof bucket.figures === 'string');
}
