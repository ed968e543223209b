import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import { requireOwnUploads } from '../../domain/shared/uploads';
import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import type { HouseholdImportProgress, RosterImport } from '../../domain/roster/RosterImport';
import { ROSTER_COLUMNS } from '../../domain/roster/rosterColumns';
import { isBlankSheet, PEOPLE_SHEET, type RosterSheets } from '../../domain/roster/rosterSheets';
import { validateHouseholds } from '../../domain/roster/validateHouseholds';
import { validateRoster, type RosterProblem } from '../../domain/roster/validateRoster';
import type { Database } from '../../shared/cloud';
import { defineAction } from '../../shared/defineAction';
import { uploadFolder } from '../../shared/uploadFolder';
import { peopleByPhone } from '../../shared/peopleByPhone';
import { countyVisitRules } from './support/householdImports';
import { activeCategories, gridsWithin, findPlace } from './support/store';
import { readRosterFile } from './support/readRosterFile';
import {
  findRosterImport,
  finishInterruptedImports,
  finishRosterImport,
  HOUSEHOLD_WORK_MS,
  rosterImportId,
  startRosterImport,
  type AcceptedRoster,
} from './support/rosterImports';

type Counts = Pick<RosterImport, 'created' | 'updated' | 'unchanged'>;
const NO_HOUSEHOLDS = { created: 0, updated: 0, unchanged: 0, pending: 0 };

/** The answer once written: people, and households so far (`pending` not yet written: send the same upload again). */
function outcome(people: Counts, progress?: HouseholdImportProgress) {
  const households = progress
    ? { created: progress.created, updated: progress.updated, unchanged: progress.unchanged, pending: progress.total - progress.applied }
    : NO_HOUSEHOLDS;
  return { written: true, problems: [], created: people.created, updated: people.updated, unchanged: people.unchanged, households };
}

function refused(problems: Array<RosterProblem & { sheet: string }>) {
  return { written: false, problems, created: 0, updated: 0, unchanged: 0, households: NO_HOUSEHOLDS };
}

/** Every sheet of the file checked against the administrator's grids; what to write only when all are right. */
async function checkFile(db: Database, sheets: RosterSheets, scope: JurisdictionNode, now: Date) {
  const { people, households } = sheets;
  const checkPeople = !households || !isBlankSheet(people);
  const table = checkPeople ? (people?.rows ?? []) : [];
  const phoneAt = (table[0] ?? []).map((cell) => cell.trim()).indexOf(ROSTER_COLUMNS.phone);
  const phones = phoneAt < 0 ? [] : table.slice(1).map((row) => (row[phoneAt] ?? '').replace(/\s/g, ''));
  const [grids, categories, known, rules] = await Promise.all([
    gridsWithin(db, scope),
    checkPeople ? activeCategories(db) : Promise.resolve([]),
    peopleByPhone(db, phones),
    households ? countyVisitRules(db, scope.ancestorIds[0] ?? scope._id) : Promise.resolve(null),
  ]);
  const peopleOutcome = checkPeople
    ? validateRoster(table, { grids, categories, known, now })
    : { problems: [], changes: [], unchanged: 0 };
  const householdOutcome =
    households && rules
      ? validateHouseholds(households.name, households.rows, { grids, tags: rules.tags, now })
      : { problems: [], households: [] };
  const problems = [
    ...peopleOutcome.problems.map((problem) => ({ ...problem, sheet: people?.name || PEOPLE_SHEET })),
    ...householdOutcome.problems.map((problem) => ({ ...problem, sheet: problem.sheet ?? households?.name ?? '' })),
  ];
  const accepted: AcceptedRoster = {
    changes: peopleOutcome.changes,
    unchanged: peopleOutcome.unchanged,
    households: householdOutcome.households,
  };
  return { problems, accepted };
}

/**
 * 花名册导入: residents and grid members of grids within the administrator's
 * jurisdiction, and households (民情档案) of those grids, from a file in
 * cloud storage. All or nothing: any wrong row of any sheet and nothing is
 * written; the answer lists every problem by sheet, row and column.
 * Otherwise the import is recorded as accepted, then everyone is written
 * with an admin log entry each, 40 people per transaction, then the
 * households, 100 per step, for at most HOUSEHOLD_WORK_MS (the answer says
 * how many are pending); an import a run did not finish is finished by the
 * same upload sent again or by the next import. A person already
 * known by their phone is updated, never duplicated; a household already
 * imported under its grid and 户号 is updated, its old values kept in its log.
 */
export const importRoster = defineAction('admin', 'importRoster', {
  access: 'administrators',
  async run({ fileID }, { db, caller, now }) {
    const until = Date.now() + HOUSEHOLD_WORK_MS;
    const scope = await findPlace(db, caller.staffScopeId);
    requireAdminOver(caller, scope);
    requireOwnUploads([fileID], uploadFolder('rosters', caller._id), () => 'fileID');
    const id = rosterImportId(caller._id, fileID);
    const sentBefore = await findRosterImport(db, id);
    if (sentBefore) {
      const record = await finishRosterImport(db, id, now, until);
      return outcome(record, record.households);
    }
    // The people and households as they are once every accepted import is in.
    await finishInterruptedImports(db, now, until);

    const { problems, accepted } = await checkFile(db, await readRosterFile(fileID), scope!, now);
    if (problems.length) return refused(problems);
    if (!accepted.changes.length && !accepted.households.length) return outcome({ created: 0, updated: 0, unchanged: accepted.unchanged });
    await startRosterImport(db, id, caller, fileID, accepted, now);
    const record = await finishRosterImport(db, id, now, until);
    return outcome(record, record.households);
  },
});
