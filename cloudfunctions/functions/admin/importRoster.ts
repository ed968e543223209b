import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import { ROSTER_COLUMNS } from '../../domain/roster/rosterColumns';
import { validateRoster } from '../../domain/roster/validateRoster';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { peopleByPhone } from '../../shared/peopleByPhone';
import { activeCategories, gridsWithin, findPlace } from './loaders';
import { readRosterFile } from './readRosterFile';
import { recordChanges } from './recordChange';

/**
 * 花名册导入: residents and grid members of grids within the administrator's
 * jurisdiction, from a file in cloud storage. All or nothing: any wrong row
 * and nothing is written; the answer lists every problem by row and column.
 * Otherwise everyone is written in one transaction with an admin log entry
 * each; a person already known by their phone is updated, never duplicated,
 * and one the file leaves as they were is not written again.
 */
export const importRoster = defineAction('admin', 'importRoster', {
  access: ['admin'],
  async run({ fileID }, { db, caller, now }) {
    const scope = await findPlace(db, caller.staffScopeId);
    requireAdminOver(caller, scope);
    const table = await readRosterFile(fileID);
    const phoneAt = (table[0] ?? []).map((cell) => cell.trim()).indexOf(ROSTER_COLUMNS.phone);
    const phones = phoneAt < 0 ? [] : table.slice(1).map((row) => (row[phoneAt] ?? '').replace(/\s/g, ''));
    const [grids, categories, known] = await Promise.all([
      gridsWithin(db, scope!),
      activeCategories(db),
      peopleByPhone(db, phones),
    ]);
    const { problems, changes, unchanged } = validateRoster(table, { grids, categories, known, now });
    if (problems.length) return { written: false, problems, created: 0, updated: 0, unchanged: 0 };
    if (changes.length) await recordChanges(db, caller, now, changes.map(({ before, after }) => ({ action: 'importRoster', collection: COLLECTIONS.users, before, after })));
    const updated = changes.filter((change) => change.before).length;
    return { written: true, problems: [], created: changes.length - updated, updated, unchanged };
  },
});
