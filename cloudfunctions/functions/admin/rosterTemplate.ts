import {
  HOUSEHOLD_COLUMNS,
  HOUSEHOLD_EXAMPLE,
  HOUSEHOLD_INSTRUCTIONS,
  HOUSEHOLD_SHEET,
  type HouseholdColumn,
} from '../../domain/roster/householdColumns';
import { ROSTER_COLUMNS, ROSTER_EXAMPLE, type RosterColumn } from '../../domain/roster/rosterColumns';
import { INSTRUCTIONS_SHEET, PEOPLE_SHEET } from '../../domain/roster/rosterSheets';
import { activeTags } from '../../domain/visits/VisitRules';
import { defineAction } from '../../shared/defineAction';
import { uploadForDownload } from '../../shared/uploadForDownload';
import { writeWorkbook } from '../../shared/sheets/writeWorkbook';
import { countyVisitRules } from './support/householdImports';
import { findPlace } from './support/store';

const FILE_NAME = '花名册模板.xlsx';

/**
 * The roster template to download and fill in: 花名册 (people) and 民情档案
 * (households, one row per member) with their headers and example rows, and
 * 填写说明 with how to fill them and the county's household tags as they are now.
 */
export const rosterTemplate = defineAction('admin', 'rosterTemplate', {
  access: 'administrators',
  async run(_input, { db, caller, now }) {
    const scope = await findPlace(db, caller.staffScopeId);
    const rules = scope ? await countyVisitRules(db, scope.ancestorIds[0] ?? scope._id) : null;
    const tagNames = rules ? activeTags(rules).map((tag) => tag.name) : [];
    const keys = Object.keys(ROSTER_COLUMNS) as RosterColumn[];
    const householdKeys = Object.keys(HOUSEHOLD_COLUMNS) as HouseholdColumn[];
    const instructions = [...HOUSEHOLD_INSTRUCTIONS, ...(tagNames.length ? [`本县现有户类：${tagNames.join('、')}`] : [])];
    const content = await writeWorkbook(
      [
        {
          name: PEOPLE_SHEET,
          columns: keys.map((key) => ({ header: ROSTER_COLUMNS[key], width: 20 })),
          rows: [keys.map((key) => ROSTER_EXAMPLE[key])],
        },
        {
          name: HOUSEHOLD_SHEET,
          columns: householdKeys.map((key) => ({ header: HOUSEHOLD_COLUMNS[key], width: key === 'needs' ? 40 : 16 })),
          rows: HOUSEHOLD_EXAMPLE.map((example) => householdKeys.map((key) => example[key])),
        },
        { name: INSTRUCTIONS_SHEET, columns: [{ header: '填写说明', width: 100 }], rows: instructions.map((line) => [line]) },
      ],
      now,
    );
    return { fileID: await uploadForDownload('rosterTemplates', caller._id, FILE_NAME, content), fileName: FILE_NAME };
  },
});
