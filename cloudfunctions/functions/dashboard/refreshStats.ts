import { bucketsInOrder, donePrefix, type BucketKey, type ChangedRequest } from '../../domain/dashboard/changedBuckets';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { readDocs } from '../../shared/readDocs';
import { readMark, STATS_LAYOUT, writeMark, type StatsMark, type StatsPass } from './support/statsMark';
import { rebuildBuckets } from './support/statsStore';

/**
 * Changes are listed again this far before the last pass's end: a write
 * stamps `updatedAt` when its function starts and lands at most one
 * function timeout (60 s) later; twice that, for clocks that disagree.
 */
export const OVERLAP_MS = 2 * 60_000;
/** Changed requests listed per read (the server's largest page). */
const LIST_PAGE = 1000;
/** Buckets rebuilt per step: one read per month among them, then their writes. */
const BATCH = 25;

const LISTED_FIELDS = { _id: true, villageId: true, createdAt: true, updatedAt: true } as const;

export interface RefreshResult {
  /** Changed requests read by this run. */
  listed: number;
  /** Buckets this run rebuilt. */
  buckets: number;
  /** The pass reached its end: the figures include every change up to `upTo`. */
  finished: boolean;
  upTo: string | null;
  /** Another run moved the mark meanwhile; this one stopped without writing it. */
  superseded: boolean;
}

function newPass(mark: StatsMark | null, now: Date): StatsPass {
  const since = mark?.upTo ? new Date(mark.upTo.getTime() - OVERLAP_MS) : new Date(0);
  return { since, until: now, after: null };
}

const byStampThenId = (a: ChangedRequest, b: ChangedRequest) =>
  a.updatedAt.getTime() - b.updatedAt.getTime() || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

/**
 * The next requests of the pass, in (updatedAt, _id) order, and whether
 * they are the last. The database sorts by `updatedAt` alone, which its
 * index gives in order (a second sort key would make it sort every changed
 * request); requests stamped at one instant are ordered by `_id` here, or,
 * when a thousand or more share one, read in `_id` order by equality.
 */
async function listChanged(db: Database, pass: StatsPass): Promise<{ rows: ChangedRequest[]; last: boolean }> {
  const _ = db.command;
  const requests = db.collection(COLLECTIONS.requests);
  const stampedAt = (at: Date, afterId: string) =>
    readDocs<ChangedRequest>(
      requests
        .where({ updatedAt: _.eq(at), _id: _.gt(afterId) })
        .field(LISTED_FIELDS)
        .orderBy('_id', 'asc')
        .limit(LIST_PAGE),
    );
  if (pass.after) {
    // The rest of the instant the pass stopped at.
    const rest = await stampedAt(pass.after.at, pass.after.id);
    if (rest.length > 0) return { rows: rest, last: false };
  }
  const from = pass.after ? pass.after.at : pass.since;
  const page = await readDocs<ChangedRequest>(
    requests
      .where({ updatedAt: _.gt(from).and(_.lte(pass.until)) })
      .field(LISTED_FIELDS)
      .orderBy('updatedAt', 'asc')
      .limit(LIST_PAGE),
  );
  if (page.length < LIST_PAGE) return { rows: page.sort(byStampThenId), last: true };
  const lastAt = page[page.length - 1].updatedAt.getTime();
  // One instant fills the page: that instant alone, by _id.
  if (page[0].updatedAt.getTime() === lastAt) return { rows: await stampedAt(page[0].updatedAt, ''), last: false };
  // The page may end inside an instant: that instant is read whole next time.
  return { rows: page.filter((row) => row.updatedAt.getTime() < lastAt).sort(byStampThenId), last: false };
}

/** Which of these buckets were rebuilt at or after `instant` (by an earlier run of the same pass). */
async function builtSince(db: Database, buckets: BucketKey[], instant: Date): Promise<string[]> {
  const _ = db.command;
  const rows = await readDocs<{ _id: string }>(
    db
      .collection(COLLECTIONS.requestStats)
      .where({ _id: _.in(buckets.map((b) => b.id)), builtAt: _.gte(instant) })
      .field({ _id: true })
      .limit(buckets.length),
  );
  return rows.map((row) => row._id);
}

/**
 * Timer `refreshStats` (every minute): rebuilds the buckets of the requests
 * changed since the last pass, listed through the index on `updatedAt` in
 * pages, so its cost follows the changes, not the number of buckets. The
 * mark moves to the pass's end only when every bucket up to it is rebuilt;
 * a run stops at `deadline` and saves where it stopped, and the next run
 * resumes there, so no backlog (a first build, an import) outlives the
 * function's time limit or is lost.
 */
export async function refreshStats(db: Database, now: Date, deadline: number): Promise<RefreshResult> {
  let mark = await readMark(db);
  if (mark && mark.layout !== STATS_LAYOUT) {
    // Buckets of an older shape: removed, and everything is built again from nothing.
    const _ = db.command;
    await db
      .collection(COLLECTIONS.requestStats)
      .where({ gridFigures: _.exists(false) })
      .remove();
    mark = await writeMark(db, mark, { upTo: null, pass: null, layout: STATS_LAYOUT });
    if (!mark) return { listed: 0, buckets: 0, finished: false, upTo: null, superseded: true };
  }
  const resumed = mark?.pass != null;
  let pass = mark?.pass ?? newPass(mark, now);
  const result: RefreshResult = { listed: 0, buckets: 0, finished: false, upTo: mark?.upTo?.toISOString() ?? null, superseded: false };
  const save = async (next: Omit<StatsMark, 'version'>): Promise<boolean> => {
    mark = await writeMark(db, mark, next);
    result.superseded = mark === null;
    return mark !== null;
  };
  const rebuilt = new Set<string>();
  // The longest step so far (a list read, a batch): none starts unless one as long still ends before the deadline.
  let slowest = 0;
  let batches = 0;
  const timed = async <T>(step: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const value = await step();
    slowest = Math.max(slowest, Date.now() - started);
    return value;
  };
  // The run's first batch is always taken, so every run moves on.
  const timeForBatch = () => batches === 0 || Date.now() + slowest < deadline;
  for (;;) {
    if (Date.now() + slowest >= deadline) return result;
    const { rows, last } = await timed(() => listChanged(db, pass));
    result.listed += rows.length;
    let done = 0;
    while (done < rows.length && timeForBatch()) {
      const pending = rows.slice(done);
      const next = bucketsInOrder(pending)
        .filter((bucket) => !rebuilt.has(bucket.id))
        .slice(0, BATCH);
      batches += 1;
      await timed(async () => {
        // An earlier run of this pass may have rebuilt some already (requests of one bucket lie far apart in the list).
        if (resumed) for (const id of await builtSince(db, next, pass.until)) rebuilt.add(id);
        const batch = next.filter((bucket) => !rebuilt.has(bucket.id));
        if (batch.length === 0) return;
        const written = await rebuildBuckets(db, batch, now, deadline, result.buckets === 0);
        for (const id of written) rebuilt.add(id);
        result.buckets += written.size;
      });
      done += donePrefix(pending, rebuilt);
    }
    if (done > 0) pass = { ...pass, after: { at: rows[done - 1].updatedAt, id: rows[done - 1]._id } };
    if (done < rows.length) {
      await save({ upTo: mark?.upTo ?? null, pass, layout: STATS_LAYOUT });
      return result;
    }
    if (last) {
      if (await save({ upTo: pass.until, pass: null, layout: STATS_LAYOUT })) {
        result.finished = true;
        result.upTo = pass.until.toISOString();
      }
      return result;
    }
    if (!(await save({ upTo: mark?.upTo ?? null, pass, layout: STATS_LAYOUT }))) return result;
  }
}
