import { ROSTER_COLUMNS, ROSTER_EXAMPLE, type RosterColumn } from '../../domain/roster/rosterColumns';
import { defineAction } from '../../shared/defineAction';
import { uploadForDownload } from '../../shared/uploadForDownload';
import { writeWorkbook } from '../../shared/sheets/writeWorkbook';

const FILE_NAME = '花名册模板.xlsx';

/** The roster template: the header row and one example row, as an .xlsx to download and fill in. */
export const rosterTemplate = defineAction('admin', 'rosterTemplate', {
  access: 'administrators',
  async run(_input, { caller, now }) {
    const keys = Object.keys(ROSTER_COLUMNS) as RosterColumn[];
    const content = await writeWorkbook(
      [
        {
          name: '花名册',
          columns: keys.map((key) => ({ header: ROSTER_COLUMNS[key], width: 20 })),
          rows: [keys.map((key) => ROSTER_EXAMPLE[key])],
        },
      ],
      now,
    );
    return { fileID: await uploadForDownload('rosterTemplates', caller._id, FILE_NAME, content), fileName: FILE_NAME };
  },
});
