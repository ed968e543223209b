import { createHash } from 'node:crypto';
import { nextPersonVersion } from '../../../domain/people/personVersion';
import type { User } from '../../../domain/people/User';
import type { HouseholdEntry } from '../../../domain/roster/householdEntry';
import { isImportWritten, type RosterImport } from '../../../domain/roster/RosterImport';
import { applyRosterEntry } from '../../../domain/roster/rosterEntry';
import type { RosterChange } from '../../../domain/roster/validateRoster';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { isDuplicateKey } from '../../../shared/isDuplicateKey';
import { readDocs } from '../../../shared/readDocs';
import { getInTransaction, runTransaction } from '../../../shared/transaction';
import { stageHouseholds, writeNextHouseholds } from './householdImports';
import { writeLoggedChange } from './recordChange';

/**
 * People written per transaction: two operations each (the person, their log
 * entry) and two for the import record, 82 in all, within the 100 a
 * transaction may make, and a few seconds on the real service.
 */
export const ENTRIES_PER_TRANSACTION = 40;

function imports(db: Database) {
  return db.collection(COLLECTIONS.rosterImports);
}

/** The same administrator sending the same upload again gets the same import. */
export function rosterImportId(adminId: string, fileID: string): string {
  return `ri-${createHash('sha256').update(`${adminId}\n${fileID}`).digest('hex').slice(0, 24)}`;
}

export async function findRosterImport(db: Database, id: string): Promise<RosterImport | null> {
  const [found] = await readDocs<RosterImport>(imports(db).where({ _id: id }).limit(1));
  return found ?? null;
}

/** What a checked file gives to write: the people it changes (and how many it leaves as they were) and its households. */
export interface AcceptedRoster {
  changes: RosterChange[];
  unchanged: number;
  households: HouseholdEntry[];
}

/**
 * Records an accepted import before any of it is written (nothing else reads
 * it); its households are kept first, in chunk documents the record then
 * refers to.
 */
export async function startRosterImport(
  db: Database,
  id: string,
  author: Pick<User, '_id' | 'name'>,
  fileID: string,
  { changes, unchanged, households }: AcceptedRoster,
  now: Date,
): Promise<RosterImport> {
  if (households.length) await stageHouseholds(db, id, households);
  const record: RosterImport = {
    _id: id,
    by: author._id,
    byName: author.name,
    at: now,
    fileID,
    status: 'applying',
    entries: changes.map((change) => change.entry),
    applied: 0,
    created: 0,
    updated: 0,
    unchanged,
    finishedAt: null,
    ...(households.length ? { households: { total: households.length, applied: 0, created: 0, updated: 0, unchanged: 0 } } : {}),
  };
  try {
    await imports(db).add({ data: record });
    return record;
  } catch (error) {
    // The same upload sent twice at once: the first one's record stands.
    if (!isDuplicateKey(error)) throw error;
    const existing = await findRosterImport(db, id);
    if (!existing) throw error;
    return existing;
  }
}

/**
 * Writes the next entries of an import, each person with their admin log
 * entry, in one transaction that also moves the record on: an entry is
 * written exactly once, whoever finishes the import. Each person is written
 * as the row makes them from how they are now, so a change made to them
 * since the check is kept.
 */
function writeNextEntries(db: Database, id: string, now: Date): Promise<RosterImport> {
  return runTransaction(db, async (tx) => {
    // The first operation fixes the snapshot; the people are read after it, so
    // anyone changed since makes our write of them fail and this run start over.
    const record = await getInTransaction<RosterImport>(tx, COLLECTIONS.rosterImports, id);
    if (record.status === 'done') return record;
    const entries = record.entries.slice(record.applied, record.applied + ENTRIES_PER_TRANSACTION);
    const _ = db.command;
    const ids = entries.map((entry) => entry.personId);
    const phones = entries.map((entry) => entry.phone);
    const people = await readDocs<User>(
      db
        .collection(COLLECTIONS.users)
        .where(_.or([{ _id: _.in(ids) }, { phone: _.in(phones) }]))
        .limit(1000),
    );
    const byId = new Map(people.map((person) => [person._id, person]));
    const byPhone = new Map(people.map((person) => [person.phone, person]));
    let { created, updated, unchanged } = record;
    for (const [offset, entry] of entries.entries()) {
      // Someone who took this phone since the check (e.g. bound it in the mini-program) is updated, not doubled.
      const before = byId.get(entry.personId) ?? byPhone.get(entry.phone) ?? null;
      const made = applyRosterEntry(before, entry, now);
      if (JSON.stringify(before) === JSON.stringify(made)) {
        unchanged += 1;
        continue;
      }
      // A screen opened before the import saves on the version it showed: CONFLICT, not an overwrite of the roster's change.
      const after = { ...made, version: nextPersonVersion(before) };
      const change = { action: 'importRoster', collection: COLLECTIONS.users, before, after };
      await writeLoggedChange(tx, { _id: record.by, name: record.byName }, now, change, `${id}-${record.applied + offset}`);
      if (before) updated += 1;
      else created += 1;
    }
    const applied = record.applied + entries.length;
    const done = isImportWritten({ ...record, applied });
    const progress = {
      applied,
      created,
      updated,
      unchanged,
      status: done ? ('done' as const) : ('applying' as const),
      finishedAt: done ? now : null,
    };
    await tx.collection(COLLECTIONS.rosterImports).doc(id).update({ data: progress });
    return { ...record, ...progress };
  });
}

/**
 * How long one run writes households before it answers (the admin
 * function's limit is 60 s): what is left is written when the same upload
 * is sent again (the page does so at once) or by the next import.
 */
export const HOUSEHOLD_WORK_MS = 40_000;

/**
 * Writes whatever of the import is not written yet, its people first (a
 * file holds at most 200), then its households until `until` (ms since
 * the epoch); gives the record as far as it got.
 */
export async function finishRosterImport(db: Database, id: string, now: Date, until: number): Promise<RosterImport> {
  let record = await writeNextEntries(db, id, now);
  while (record.status !== 'done' && record.applied < record.entries.length) record = await writeNextEntries(db, id, now);
  while (record.status !== 'done' && Date.now() < until) record = await writeNextHouseholds(db, record, now);
  return record;
}

/** Imports some function accepted and did not finish (it stopped half way): finished first. */
export async function finishInterruptedImports(db: Database, now: Date, until: number): Promise<void> {
  const unfinished = await readDocs<Pick<RosterImport, '_id'>>(imports(db).where({ status: 'applying' }).field({ _id: true }).limit(100));
  for (const { _id } of unfinished) await finishRosterImport(db, _id, now, until);
}
