import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import type { RosterImport } from '../../domain/roster/RosterImport';
import { ROSTER_COLUMNS } from '../../domain/roster/rosterColumns';
import { validateRoster } from '../../domain/roster/validateRoster';
import { defineAction } from '../../shared/defineAction';
import { peopleByPhone } from '../../shared/peopleByPhone';
import { activeCategories, gridsWithin, findPlace } from './support/store';
import { readRosterFile } from './support/readRosterFile';
import { findRosterImport, finishInterruptedImports, finishRosterImport, rosterImportId, startRosterImport } from './support/rosterImports';

function outcome(record: Pick<RosterImport, 'created' | 'updated' | 'unchanged'>) {
  return { written: true, problems: [], created: record.created, updated: record.updated, unchanged: record.unchanged };
}

/**
 * 花名册导入: residents and grid members of grids within the administrator's
 * jurisdiction, from a file in cloud storage. All or nothing: any wrong row
 * and nothing is written; the answer lists every problem by row and column.
 * Otherwise the import is recorded as accepted, then everyone is written
 * with an admin log entry each, 40 people per transaction; an import a
 * function did not finish is finished by the same upload sent again or by
 * the next import. A person already known by their phone is updated, never
 * duplicated, and one the file leaves as they were is not written again.
 */
export const importRoster = defineAction('admin', 'importRoster', {
  access: 'administrators',
  async run({ fileID }, { db, caller, now }) {
    const scope = await findPlace(db, caller.staffScopeId);
    requireAdminOver(caller, scope);
    const id = rosterImportId(caller._id, fileID);
    const sentBefore = await findRosterImport(db, id);
    if (sentBefore) return outcome(await finishRosterImport(db, id, now));
    // The people as they are once every accepted import is in.
    await finishInterruptedImports(db, now);

    const table = await readRosterFile(fileID);
    const phoneAt = (table[0] ?? []).map((cell) => cell.trim()).indexOf(ROSTER_COLUMNS.phone);
    const phones = phoneAt < 0 ? [] : table.slice(1).map((row) => (row[phoneAt] ?? '').replace(/\s/g, ''));
    const [grids, categories, known] = await Promise.all([gridsWithin(db, scope!), activeCategories(db), peopleByPhone(db, phones)]);
    const { problems, changes, unchanged } = validateRoster(table, { grids, categories, known, now });
    if (problems.length) return { written: false, problems, created: 0, updated: 0, unchanged: 0 };
    if (!changes.length) return outcome({ created: 0, updated: 0, unchanged });
    await startRosterImport(db, id, caller, fileID, changes, unchanged, now);
    return outcome(await finishRosterImport(db, id, now));
  },
});
