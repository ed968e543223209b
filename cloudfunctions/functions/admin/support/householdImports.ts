import { createHash } from 'node:crypto';
import { rosterHouseholdKey, type HouseholdEntry } from '../../../domain/roster/householdEntry';
import { importHousehold, type HouseholdOutcome, type HouseholdWrite, type ImportStep } from '../../../domain/roster/importHousehold';
import { householdChunkId, HOUSEHOLDS_PER_CHUNK, isImportWritten, type RosterImport } from '../../../domain/roster/RosterImport';
import { DomainError } from '../../../domain/shared/DomainError';
import type { Household } from '../../../domain/visits/Household';
import type { HouseholdChange } from '../../../domain/visits/householdRecord';
import { readVisitRules, visitRulesId, type VisitRules } from '../../../domain/visits/VisitRules';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { conditionalUpdate } from '../../../shared/conditionalUpdate';
import { findById } from '../../../shared/findById';
import { isDuplicateKey } from '../../../shared/isDuplicateKey';
import { readDocs } from '../../../shared/readDocs';

/**
 * Households written per step: one read finds those already recorded, one
 * action adds the new ones, each changed one is one conditional write (all
 * at once), then the import record moves on (one conditional write). Each
 * write is idempotent by itself (a derived id, the step's key in the
 * household's log), so a step cut short is simply run again.
 */
export const HOUSEHOLDS_PER_STEP = 100;
/** Tries of one household's conditional edit before a keeper's concurrent edits make it give up. */
const EDIT_TRIES = 3;

interface HouseholdChunk {
  _id: string;
  importId: string;
  households: HouseholdEntry[];
}

/** The county's rules (tags, their visit rules) as the visits function reads them. */
export async function countyVisitRules(db: Database, countyId: string): Promise<VisitRules> {
  return readVisitRules(countyId, await findById<Partial<VisitRules>>(db, COLLECTIONS.settings, visitRulesId(countyId)));
}

/** Keeps the checked households in chunk documents, before the import that refers to them is recorded (a resend finds them written). */
export async function stageHouseholds(db: Database, importId: string, households: HouseholdEntry[]): Promise<void> {
  const writes: Array<Promise<void>> = [];
  for (let index = 0; index * HOUSEHOLDS_PER_CHUNK < households.length; index += 1) {
    const chunk: HouseholdChunk = {
      _id: householdChunkId(importId, index),
      importId,
      households: households.slice(index * HOUSEHOLDS_PER_CHUNK, (index + 1) * HOUSEHOLDS_PER_CHUNK),
    };
    writes.push(
      (async () => {
        try {
          await db.collection(COLLECTIONS.rosterImports).add({ data: chunk });
        } catch (error) {
          if (!isDuplicateKey(error)) throw error;
        }
      })(),
    );
  }
  await Promise.all(writes);
}

/** A household new to the roster: its id from the import and its grid and 户号. */
export function importedHouseholdId(importId: string, rosterKey: string): string {
  return `hr${createHash('sha256').update(`${importId}\n${rosterKey}`).digest('hex').slice(0, 30)}`;
}

async function householdsByRosterKey(db: Database, keys: string[]): Promise<Map<string, Household>> {
  const found = await readDocs<Household>(
    db
      .collection(COLLECTIONS.households)
      .where({ rosterKey: db.command.in(keys) })
      .limit(1000),
  );
  const byKey = new Map<string, Household>();
  // Oldest first, should two ever share a key: the first recorded is the one a file updates.
  for (const household of found.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()))
    if (household.rosterKey && !byKey.has(household.rosterKey)) byKey.set(household.rosterKey, household);
  return byKey;
}

/** The household changed if nobody changed it since it was read. */
function writeChange(db: Database, household: Household, change: HouseholdChange): Promise<boolean> {
  const _ = db.command;
  const data: Record<string, unknown> = { version: _.inc(1), log: _.push(change.log) };
  for (const [key, value] of Object.entries(change.set)) {
    // Objects and arrays are replaced whole (the SDK would merge objects key by key).
    data[key] = value !== null && typeof value === 'object' && !(value instanceof Date) ? _.set(value) : value;
  }
  return conditionalUpdate(db.collection(COLLECTIONS.households).where({ _id: household._id, version: household.version }), data);
}

/** Adds a household unless it is there already (a step run again). */
async function addOnce(db: Database, household: Household): Promise<void> {
  try {
    await db.collection(COLLECTIONS.households).add({ data: household });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}

/**
 * Adds the step's new households in one database action (the server SDK
 * takes an array); should one be there already (a step run again by
 * someone else meanwhile), one by one, each once.
 */
async function addAll(db: Database, households: Household[]): Promise<void> {
  if (!households.length) return;
  try {
    await db.collection(COLLECTIONS.households).add({ data: households });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    await Promise.all(households.map((household) => addOnce(db, household)));
  }
}

/** Edits one household of the import; a keeper's edit meanwhile is read again and kept. */
async function editHousehold(db: Database, entry: HouseholdEntry, write: HouseholdWrite, step: ImportStep): Promise<HouseholdOutcome> {
  let current = write;
  for (let attempt = 0; attempt < EDIT_TRIES; attempt += 1) {
    if (current.kind === 'none') return current.outcome;
    if (current.kind === 'add') {
      await addOnce(db, current.household);
      return 'created';
    }
    if (await writeChange(db, current.household, current.change)) return 'updated';
    current = importHousehold(entry, await findById<Household>(db, COLLECTIONS.households, current.household._id), step);
  }
  throw new DomainError('CONFLICT', '有人正在修改这些民情档案，请稍后用同一个文件再导入一次，已导入的不会重复');
}

/** Writes the step's households: the new ones together, the changed ones each on the version read. */
async function writeHouseholds(
  db: Database,
  entries: HouseholdEntry[],
  existing: Array<Household | null>,
  step: ImportStep,
): Promise<HouseholdOutcome[]> {
  const writes = entries.map((entry, index) => importHousehold(entry, existing[index], step));
  await addAll(
    db,
    writes.flatMap((write) => (write.kind === 'add' ? [write.household] : [])),
  );
  return Promise.all(writes.map((write, index) => (write.kind === 'add' ? 'created' : editHousehold(db, entries[index], write, step))));
}

/**
 * Writes the import's next households and moves its record on, if nobody
 * else moved it meanwhile (then their record is the answer: what this run
 * wrote was written by them too, once).
 */
export async function writeNextHouseholds(db: Database, record: RosterImport, now: Date): Promise<RosterImport> {
  const progress = record.households!;
  const chunk = await findById<HouseholdChunk>(
    db,
    COLLECTIONS.rosterImports,
    householdChunkId(record._id, Math.floor(progress.applied / HOUSEHOLDS_PER_CHUNK)),
  );
  if (!chunk) throw new DomainError('INTERNAL', '导入记录不完整，请重新导入这个文件');
  const start = progress.applied % HOUSEHOLDS_PER_CHUNK;
  const entries = chunk.households.slice(start, start + HOUSEHOLDS_PER_STEP);
  const keys = entries.map((entry) => rosterHouseholdKey(entry.gridId, entry.householdNo));
  const [existing, rules] = await Promise.all([householdsByRosterKey(db, keys), countyVisitRules(db, entries[0].placeIds[0])]);
  const step: ImportStep = {
    importId: record._id,
    by: { _id: record.by, name: record.byName },
    now,
    rules,
    newId: (key) => importedHouseholdId(record._id, key),
  };
  const outcomes = await writeHouseholds(
    db,
    entries,
    keys.map((key) => existing.get(key) ?? null),
    step,
  );
  const households = { ...progress, applied: progress.applied + entries.length };
  for (const outcome of outcomes) households[outcome] += 1;
  const moved: RosterImport = { ...record, households };
  const done = isImportWritten(moved);
  const update = { households: db.command.set(households), status: done ? 'done' : 'applying', finishedAt: done ? now : null };
  const query = db.collection(COLLECTIONS.rosterImports).where({ _id: record._id, 'households.applied': progress.applied });
  if (await conditionalUpdate(query, update)) return { ...moved, status: done ? 'done' : 'applying', finishedAt: done ? now : null };
  const latest = await findById<RosterImport>(db, COLLECTIONS.rosterImports, record._id);
  if (!latest) throw new DomainError('INTERNAL', '导入记录不见了，请重新导入这个文件');
  return latest;
}
