import type { Category } from '../../../domain/catalog/Category';
import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { User } from '../../../domain/people/User';
import type { AssignmentChange, GridCaretakers } from '../../../domain/visits/assignments';
import type { VisitStep } from '../../../domain/visits/callback';
import type { Household, PlaceKeys, RecordLogEntry } from '../../../domain/visits/Household';
import type { HouseholdChange } from '../../../domain/visits/householdRecord';
import { placeKeyRange } from '../../../domain/visits/placeKeys';
import type { Visit, VisitProblem } from '../../../domain/visits/Visit';
import { readVisitRules, visitRulesId, type VisitRules } from '../../../domain/visits/VisitRules';
import { tallyId, type VisitDayTally } from '../../../domain/visits/visitDays';
import type { PlaceLevel } from '../../../domain/visits/vocabulary';
import { addOnce } from '../../../shared/addOnce';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS, type CollectionName } from '../../../shared/collections';
import { conditionalUpdate } from '../../../shared/conditionalUpdate';
import { findById } from '../../../shared/findById';
import { readDocs } from '../../../shared/readDocs';

/**
 * Every read and write of 民情走访, named by what it is for. Writes to
 * records people rely on are conditional on the version read (two keepers
 * at once: one wins) and append to the record's log.
 */

/** The server returns at most 1,000 documents per read. */
const MAX_READ = 1000;
/** How many ids one `in` query asks about. */
const IDS_PER_READ = 100;

async function byIds<T extends { _id: string }>(db: Database, collection: CollectionName, ids: Iterable<string>): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const reads: Array<Promise<T[]>> = [];
  for (let start = 0; start < unique.length; start += IDS_PER_READ) {
    const chunk = unique.slice(start, start + IDS_PER_READ);
    reads.push(
      readDocs<T>(
        db
          .collection(collection)
          .where({ _id: db.command.in(chunk) })
          .limit(MAX_READ),
      ),
    );
  }
  const found = new Map<string, T>();
  for (const doc of (await Promise.all(reads)).flat()) found.set(doc._id, doc);
  return found;
}

function logUpdate(db: Database, set: object, log: unknown[]): Record<string, unknown> {
  const _ = db.command;
  const data: Record<string, unknown> = { version: _.inc(1) };
  for (const [key, value] of Object.entries(set)) {
    if (value === undefined) continue;
    // Objects and arrays are replaced whole (the SDK would merge objects key by key).
    data[key] = value !== null && typeof value === 'object' && !(value instanceof Date) ? _.set(value) : value;
  }
  if (log.length > 0) data.log = _.push(log);
  return data;
}

// People and places

export function findPerson(db: Database, id: string): Promise<User | null> {
  return findById<User>(db, COLLECTIONS.users, id);
}

export function peopleByIds(db: Database, ids: Iterable<string>): Promise<Map<string, User>> {
  return byIds<User>(db, COLLECTIONS.users, ids);
}

/** Grid members on duty in these grids. */
export function gridMembersOf(db: Database, gridIds: string[]): Promise<User[]> {
  if (gridIds.length === 0) return Promise.resolve([]);
  return readDocs<User>(
    db
      .collection(COLLECTIONS.users)
      .where({ 'gridDuties.gridId': db.command.in(gridIds) })
      .limit(MAX_READ),
  );
}

/** Staff whose place is one of these. */
export function staffOfPlaces(db: Database, placeIds: string[]): Promise<User[]> {
  if (placeIds.length === 0) return Promise.resolve([]);
  return readDocs<User>(
    db
      .collection(COLLECTIONS.users)
      .where({ staffScopeId: db.command.in(placeIds) })
      .limit(MAX_READ),
  );
}

/** Registered residents who live in a grid (to link a household member to). */
export function residentsOfGrid(db: Database, gridId: string): Promise<User[]> {
  return readDocs<User>(db.collection(COLLECTIONS.users).where({ homeGridId: gridId }).limit(MAX_READ));
}

export function findNode(db: Database, id: string): Promise<JurisdictionNode | null> {
  return findById<JurisdictionNode>(db, COLLECTIONS.nodes, id);
}

export function nodesByIds(db: Database, ids: Iterable<string>): Promise<Map<string, JurisdictionNode>> {
  return byIds<JurisdictionNode>(db, COLLECTIONS.nodes, ids);
}

export function childrenOf(db: Database, parentId: string): Promise<JurisdictionNode[]> {
  return readDocs<JurisdictionNode>(db.collection(COLLECTIONS.nodes).where({ parentId }).limit(MAX_READ));
}

/** The categories a problem found on a visit may be filed under. */
export async function activeCategories(db: Database): Promise<Category[]> {
  const categories = await readDocs<Category>(db.collection(COLLECTIONS.categories).limit(100));
  return categories.filter((c) => c.active).sort((a, b) => a.order - b.order);
}

// Rules

export async function loadRules(db: Database, countyId: string): Promise<VisitRules> {
  return readVisitRules(countyId, await findById<Partial<VisitRules>>(db, COLLECTIONS.settings, visitRulesId(countyId)));
}

/** Every county's rules document (a deployment has one county, or a few). */
export async function allRules(db: Database): Promise<VisitRules[]> {
  const docs = await readDocs<Partial<VisitRules> & { _id: string }>(db.collection(COLLECTIONS.settings).limit(100));
  return docs
    .filter((d) => d._id.startsWith(visitRulesId('')))
    .map((d) => readVisitRules(d.countyId ?? d._id.slice(visitRulesId('').length), d));
}

/** Writes a county's new rules if nobody changed them since `previousVersion` was read (0: the defaults, no document yet). */
export async function saveRules(db: Database, rules: VisitRules, previousVersion: number): Promise<boolean> {
  const id = visitRulesId(rules.countyId);
  if (previousVersion === 0) {
    return addOnce(db, COLLECTIONS.settings, {
      _id: id,
      countyId: rules.countyId,
      tags: rules.tags,
      quota: rules.quota,
      version: rules.version,
    });
  }
  const _ = db.command;
  return conditionalUpdate(db.collection(COLLECTIONS.settings).where({ _id: id, version: previousVersion }), {
    tags: _.set(rules.tags),
    quota: _.set(rules.quota),
    version: rules.version,
  });
}

// Households

export function findHousehold(db: Database, id: string): Promise<Household | null> {
  return findById<Household>(db, COLLECTIONS.households, id);
}

export function householdsByIds(db: Database, ids: Iterable<string>): Promise<Map<string, Household>> {
  return byIds<Household>(db, COLLECTIONS.households, ids);
}

/** The households of a grid or a village (a village holds a few hundred). */
export function householdsOfPlace(db: Database, place: Pick<JurisdictionNode, '_id' | 'level'>): Promise<Household[]> {
  const where = place.level === 'grid' ? { gridId: place._id } : { placeIds: place._id };
  return readDocs<Household>(db.collection(COLLECTIONS.households).where(where).limit(MAX_READ));
}

export function householdsPairedWith(db: Database, cadreId: string): Promise<Household[]> {
  return readDocs<Household>(db.collection(COLLECTIONS.households).where({ cadreIds: cadreId }).limit(MAX_READ));
}

export function householdsOfMember(db: Database, userId: string): Promise<Household[]> {
  return readDocs<Household>(db.collection(COLLECTIONS.households).where({ memberUserIds: userId }).limit(10));
}

/** Records a household; false when its id (from the keeper and their key) is taken: a retry. */
export function addHousehold(db: Database, household: Household): Promise<boolean> {
  return addOnce(db, COLLECTIONS.households, household);
}

/** A keeper's edit, a pair or a reminder, on the version read; false when someone wrote first. */
export function writeHouseholdChange(db: Database, household: Household, change: HouseholdChange | AssignmentChange): Promise<boolean> {
  return conditionalUpdate(
    db.collection(COLLECTIONS.households).where({ _id: household._id, version: household.version }),
    logUpdate(db, change.set, change.log),
  );
}

/** Appends a note to a household's log that no decision rests on (the version stays). */
export async function appendHouseholdLog(db: Database, householdId: string, entry: RecordLogEntry): Promise<void> {
  await db
    .collection(COLLECTIONS.households)
    .where({ _id: householdId })
    .update({ data: { log: db.command.push([entry]) } });
}

/**
 * A household's last visit and due date (after a visit, or recomputed under
 * new rules), if it is as it was read (else the caller reads it again). The
 * version stays: a visit does not conflict with a keeper editing the record.
 */
export function writeVisitState(
  db: Database,
  household: Household,
  fields: Partial<Pick<Household, 'lastVisitAt' | 'lastVisitId'>> & Pick<Household, 'due' | 'dueAt' | 'rulesVersion'>,
): Promise<boolean> {
  const _ = db.command;
  return conditionalUpdate(
    db.collection(COLLECTIONS.households).where({ _id: household._id, version: household.version, lastVisitAt: household.lastVisitAt }),
    { ...fields, due: fields.due ? _.set(fields.due) : null },
  );
}

/** Households whose due date is `until` or earlier, of one place, earliest first, after a cursor (a due key). */
export function householdsDue(
  db: Database,
  level: PlaceLevel,
  placeId: string,
  until: Date,
  after: string | undefined,
  limit: number,
): Promise<Household[]> {
  const _ = db.command;
  const field = `due.${level}`;
  const range = placeKeyRange(placeId, until);
  const lower = after !== undefined && after > range.from ? _.gt(after) : _.gte(range.from);
  return readDocs<Household>(
    db
      .collection(COLLECTIONS.households)
      .where({ [field]: lower.and(_.lte(range.to)) })
      .orderBy(field, 'asc')
      .limit(limit),
  );
}

/** How many households of one place are due by `until`: a count over the same index range as the list. */
export async function countHouseholdsDue(db: Database, level: PlaceLevel, placeId: string, until: Date): Promise<number> {
  const _ = db.command;
  const range = placeKeyRange(placeId, until);
  const counted = (await db
    .collection(COLLECTIONS.households)
    .where({ [`due.${level}`]: _.gte(range.from).and(_.lte(range.to)) })
    .count()) as { total: number };
  return counted.total;
}

/** Households of a county whose due date predates the rules' version. */
export function householdsWithStaleDue(db: Database, rules: VisitRules, limit: number): Promise<Household[]> {
  return readDocs<Household>(
    db
      .collection(COLLECTIONS.households)
      .where({ rulesVersion: db.command.lt(rules.version), placeIds: rules.countyId })
      .limit(limit),
  );
}

// 包保 of grids

export function findGridCaretakers(db: Database, gridId: string): Promise<GridCaretakers | null> {
  return findById<GridCaretakers>(db, COLLECTIONS.gridCaretakers, gridId);
}

export function gridCaretakersOf(db: Database, gridIds: Iterable<string>): Promise<Map<string, GridCaretakers>> {
  return byIds<GridCaretakers>(db, COLLECTIONS.gridCaretakers, gridIds);
}

/** The grids a cadre looks after (包保). */
export function gridsCaredBy(db: Database, cadreId: string): Promise<GridCaretakers[]> {
  return readDocs<GridCaretakers>(db.collection(COLLECTIONS.gridCaretakers).where({ cadreIds: cadreId }).limit(100));
}

/** Creates a grid's caretakers document the first time someone is assigned to it (two at once: one creates it). */
export async function ensureGridCaretakers(db: Database, empty: GridCaretakers): Promise<void> {
  await addOnce(db, COLLECTIONS.gridCaretakers, empty);
}

export function writeGridCaretakers(db: Database, doc: GridCaretakers, change: AssignmentChange): Promise<boolean> {
  return conditionalUpdate(
    db.collection(COLLECTIONS.gridCaretakers).where({ _id: doc._id, version: doc.version }),
    logUpdate(db, change.set, change.log),
  );
}

// Visits

export function findVisit(db: Database, id: string): Promise<Visit | null> {
  return findById<Visit>(db, COLLECTIONS.visits, id);
}

/** Records a visit; false when its id (from the cadre and the phone's key) is taken: a resend. */
export function addVisit(db: Database, visit: Visit): Promise<boolean> {
  return addOnce(db, COLLECTIONS.visits, visit);
}

export type DiaryRange = { field: `keys.${PlaceLevel}`; placeId: string } | { field: 'cadreKey'; placeId: string };

/** One place's or one cadre's visits, newest first, older than a cursor (a key of the same field). */
export function visitsInRange(db: Database, range: DiaryRange, before: string | undefined, limit: number): Promise<Visit[]> {
  const _ = db.command;
  const bounds = placeKeyRange(range.placeId);
  const upper = before !== undefined && before < bounds.to ? _.lt(before) : _.lte(bounds.to);
  return readDocs<Visit>(
    db
      .collection(COLLECTIONS.visits)
      .where({ [range.field]: _.gte(bounds.from).and(upper) })
      .orderBy(range.field, 'desc')
      .limit(limit),
  );
}

/** A household's visits (tens a year), newest first. */
export async function visitsOfHousehold(db: Database, householdId: string, limit: number): Promise<Visit[]> {
  const visits = await readDocs<Visit>(db.collection(COLLECTIONS.visits).where({ householdIds: householdId }).limit(MAX_READ));
  return visits.sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime()).slice(0, limit);
}

/** Callbacks a supervisor marked and has not recorded yet. */
export function callbacksWaitingOn(db: Database, supervisorId: string): Promise<Visit[]> {
  return readDocs<Visit>(db.collection(COLLECTIONS.visits).where({ callbackOwner: supervisorId }).limit(200));
}

/** A callback marked or recorded, on the version read. */
export function writeVisitStep(db: Database, visit: Visit, step: VisitStep): Promise<boolean> {
  return conditionalUpdate(
    db.collection(COLLECTIONS.visits).where({ _id: visit._id, version: visit.version }),
    logUpdate(db, step.set, step.log),
  );
}

/** A problem added after the visit, unless its key is there already. */
export function addProblemToVisit(db: Database, visit: Visit, problem: VisitProblem): Promise<boolean> {
  const _ = db.command;
  return conditionalUpdate(db.collection(COLLECTIONS.visits).where({ _id: visit._id, 'problems.key': _.neq(problem.key) }), {
    problems: _.push([problem]),
    version: _.inc(1),
  });
}

/** The request a problem became; only the first filing is recorded. */
export function markProblemFiled(
  db: Database,
  visitId: string,
  index: number,
  key: string,
  request: { id: string; code: string },
  log: object,
): Promise<boolean> {
  const _ = db.command;
  return conditionalUpdate(
    db.collection(COLLECTIONS.visits).where({ _id: visitId, [`problems.${index}.key`]: key, [`problems.${index}.requestId`]: null }),
    {
      [`problems.${index}.requestId`]: request.id,
      [`problems.${index}.requestCode`]: request.code,
      [`problems.${index}.error`]: null,
      log: _.push([log]),
      version: _.inc(1),
    },
  );
}

/** Why filing a problem failed, to show it with a button to try again. */
export async function markProblemFailed(db: Database, visitId: string, index: number, key: string, error: string): Promise<void> {
  await conditionalUpdate(
    db.collection(COLLECTIONS.visits).where({ _id: visitId, [`problems.${index}.key`]: key, [`problems.${index}.requestId`]: null }),
    { [`problems.${index}.error`]: error },
  );
}

// Visit days

/** Counts a day for a cadre's year (a set: the same day twice counts once). */
export async function addVisitDay(db: Database, cadreId: string, year: number, day: string): Promise<void> {
  const id = tallyId(cadreId, year);
  const tally = await findById<VisitDayTally>(db, COLLECTIONS.visitDays, id);
  if (tally?.days.includes(day)) return;
  const add = () => conditionalUpdate(db.collection(COLLECTIONS.visitDays).where({ _id: id }), { days: db.command.addToSet(day) });
  if (tally) {
    await add();
    return;
  }
  // Two visits of a new year at once: one creates the document, the other adds to it.
  if (!(await addOnce(db, COLLECTIONS.visitDays, { _id: id, cadreId, year, days: [day] }))) await add();
}

export function talliesOf(db: Database, cadreIds: Iterable<string>, year: number): Promise<Map<string, VisitDayTally>> {
  return byIds<VisitDayTally>(
    db,
    COLLECTIONS.visitDays,
    [...cadreIds].map((id) => tallyId(id, year)),
  );
}

export type { PlaceKeys };
