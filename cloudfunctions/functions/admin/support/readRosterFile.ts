import type ExcelJS from 'exceljs';
import { parseCsv } from '../../../domain/roster/parseCsv';
import { rosterSheets, type RosterSheet, type RosterSheets } from '../../../domain/roster/rosterSheets';
import { DomainError } from '../../../domain/shared/DomainError';
import { cloud } from '../../../shared/cloud';
import { loadExcelJS } from '../../../shared/loadExcelJS';

/** Larger than a township's roster and households (MAX_FILE_HOUSEHOLDS); a bigger file is not a roster. */
const MAX_BYTES = 5 * 1024 * 1024;

/** Text of an Excel cell as the person sees it (numbers such as phones stored as numbers, rich text, links, formulas). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}

function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map((value) => cellText(value));
  });
  return Array.from(rows, (row) => row ?? []);
}

async function xlsxSheets(bytes: Buffer): Promise<RosterSheet[]> {
  const { Workbook } = loadExcelJS();
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => ({ name: sheet.name.trim(), rows: sheetRows(sheet) }));
}

/** CSV as village offices save it: UTF-8 (with or without BOM) when it decodes as UTF-8, else GBK/GB18030. */
export function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Loaded only for such a file (see shared/loadExcelJS.ts for why lazily).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const iconv = require('iconv-lite') as typeof import('iconv-lite');
    return iconv.decode(bytes, 'gb18030');
  }
}

/**
 * The roster file from cloud storage, its sheets as rows of cell text (row 1
 * the header): .xlsx when it is a zip (every sheet), else CSV (one sheet,
 * people or households by its header).
 */
export async function readRosterFile(fileID: string): Promise<RosterSheets> {
  let bytes: Buffer;
  try {
    const downloaded = (await cloud.downloadFile({ fileID })) as { fileContent?: Buffer };
    if (!downloaded?.fileContent) throw new Error('downloadFile returned no content');
    bytes = downloaded.fileContent;
  } catch {
    throw new DomainError('ROSTER_FILE_MISSING');
  }
  if (bytes.length > MAX_BYTES) throw new DomainError('ROSTER_UNREADABLE', '文件太大了，一个花名册文件不超过5MB');
  const isZip = bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;
  try {
    return rosterSheets(isZip ? await xlsxSheets(bytes) : [{ name: '', rows: parseCsv(decodeCsv(bytes)) }]);
  } catch {
    throw new DomainError('ROSTER_UNREADABLE');
  }
}
