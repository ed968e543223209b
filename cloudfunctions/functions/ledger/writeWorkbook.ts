import ExcelJS from 'exceljs';
import type { LedgerSheet } from '../../domain/ledger/LedgerSheet';

/** The sheets as one .xlsx file: bold, frozen header row and set column widths on each. */
export async function writeWorkbook(sheets: LedgerSheet[], now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '网格通';
  workbook.created = now;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({ header: column.header, width: column.width }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.addRows(sheet.rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
