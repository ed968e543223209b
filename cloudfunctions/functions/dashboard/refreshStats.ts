import { bucketsInOrder, donePrefix, type ChangedRequest } from '../../domain/dashboard/changedBuckets';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { readDocs } from '../../shared/readDocs';
import { readMark, writeMark, type StatsMark, type StatsPass } from './statsMark';
import { rebuildBuckets } from './statsStore';

/**
 * Changes are listed again this far before the last pass's end: a write
 * stamps `updatedAt` when its function starts and lands at most one
 * function timeout (60 s) later; twice that, for clocks that disagree.
 */
export const OVERLAP_MS = 2 * 60_000;
/** Changed requests listed per read (the server's largest page). */
const LIST_PAGE = 1000;
/** Buckets rebuilt per step: one read per month among them, then their writes. */
const BATCH = 50;

const LISTED_FIELDS = { _id: true, gridId: true, createdAt: true, updatedAt: true } as const;

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

/**
 * The next requests of the pass in (updatedAt, _id) order, through the
 * index on `updatedAt`: first those stamped at the very instant the pass
 * stopped at (after it by `_id`), then those stamped later.
 */
async function listChanged(db: Database, pass: StatsPass): Promise<ChangedRequest[]> {
  const _ = db.command;
  const requests = db.collection(COLLECTIONS.requests);
  const rows: ChangedRequest[] = [];
  if (pass.after) {
    rows.push(
      ...(await readDocs<ChangedRequest>(
        requests.where({ updatedAt: _.eq(pass.after.at), _id: _.gt(pass.after.id) }).field(LISTED_FIELDS).orderBy('_id', 'asc').limit(LIST_PAGE),
      )),
    );
    if (rows.length === LIST_PAGE) return rows;
  }
  const from = pass.after ? pass.after.at : pass.since;
  rows.push(
    ...(await readDocs<ChangedRequest>(
      requests
        .where({ updatedAt: _.gt(from).and(_.lte(pass.until)) })
        .field(LISTED_FIELDS)
        .orderBy('updatedAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(LIST_PAGE - rows.length),
    )),
  );
  return rows;
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
  let pass = mark?.pass ?? newPass(mark, now);
  const result: RefreshResult = { listed: 0, buckets: 0, finished: false, upTo: mark?.upTo?.toISOString() ?? null, superseded: false };
  const save = async (next: Omit<StatsMark, 'version'>): Promise<boolean> => {
    mark = await writeMark(db, mark, next);
    result.superseded = mark === null;
    return mark !== null;
  };
  const rebuilt = new Set<string>();
  for (;;) {
    if (Date.now() >= deadline) return result;
    const rows = await listChanged(db, pass);
    result.listed += rows.length;
    let done = 0;
    while (done < rows.length && Date.now() < deadline) {
      const pending = rows.slice(done);
      const batch = bucketsInOrder(pending)
        .filter((bucket) => !rebuilt.has(bucket.id))
        .slice(0, BATCH);
      const written = await rebuildBuckets(db, batch, now, deadline);
      for (const id of written) rebuilt.add(id);
      result.buckets += written.size;
      done += donePrefix(pending, rebuilt);
    }
    if (done > 0) pass = { ...pass, after: { at: rows[done - 1].updatedAt, id: rows[done - 1]._id } };
    if (done < rows.length) {
      await save({ upTo: mark?.upTo ?? null, pass });
      return result;
    }
    if (rows.length < LIST_PAGE) {
      if (await save({ upTo: pass.until, pass: null })) {
        result.finished = true;
        result.upTo = pass.until.toISOString();
      }
      return result;
    }
    if (!(await save({ upTo: mark?.upTo ?? null, pass }))) return result;
  }
}
