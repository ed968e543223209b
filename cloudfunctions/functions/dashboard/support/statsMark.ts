import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { conditionalUpdate } from '../../../shared/conditionalUpdate';
import { findById } from '../../../shared/findById';
import { isDuplicateKey } from '../../../shared/isDuplicateKey';

/** Settings document holding how far the figures are built. */
export const STATS_MARK_ID = 'requestStatsMark';
/** The shape of the buckets the mark speaks for (2: one per village and month); another means rebuild from nothing. */
export const STATS_LAYOUT = 2;

/**
 * A refresh under way: the requests whose `updatedAt` lies in
 * (since, until], listed in (updatedAt, _id) order; those up to and
 * including `after` have their buckets rebuilt. It may take several timer
 * runs (a first build, a large import); each resumes after `after`.
 */
export interface StatsPass {
  since: Date;
  until: Date;
  after: { at: Date; id: string } | null;
}

export interface StatsMark {
  /** Every request change stamped up to this instant is in the buckets; null before the first pass ends. */
  upTo: Date | null;
  pass: StatsPass | null;
  layout: number;
  /** Bumped by every write: of two runs at once only one moves the mark, the other stops. */
  version: number;
}

type StoredMark = Partial<StatsMark> & { _id: string };

export async function readMark(db: Database): Promise<StatsMark | null> {
  const stored = await findById<StoredMark>(db, COLLECTIONS.settings, STATS_MARK_ID);
  if (!stored) return null;
  return { upTo: stored.upTo ?? null, pass: stored.pass ?? null, layout: stored.layout ?? 1, version: stored.version ?? 0 };
}

/**
 * Writes the mark on condition that it is still the one `seen` (null: none
 * yet) and returns it as written; null when another run moved it
 * meanwhile (nothing is written).
 */
export async function writeMark(db: Database, seen: StatsMark | null, next: Omit<StatsMark, 'version'>): Promise<StatsMark | null> {
  const settings = db.collection(COLLECTIONS.settings);
  if (!seen) {
    const created = { ...next, version: 1 };
    try {
      await settings.add({ data: { _id: STATS_MARK_ID, ...created } });
      return created;
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
  }
  const _ = db.command;
  const written = { ...next, version: seen.version + 1 };
  const unchanged = seen.version === 0 ? { _id: STATS_MARK_ID, version: _.exists(false) } : { _id: STATS_MARK_ID, version: seen.version };
  // An object in an update is merged field by field: `pass` is replaced whole.
  const pass = next.pass ? _.set(next.pass) : null;
  return (await conditionalUpdate(settings.where(unchanged), { upTo: next.upTo, pass, layout: next.layout, version: written.version }))
    ? written
    : null;
}
