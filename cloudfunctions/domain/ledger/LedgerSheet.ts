/** A cell of the ledger: text, or a number (hours) a spreadsheet can add up. */
export type LedgerCell = string | number;

export interface LedgerColumn {
  header: string;
  /** Column width in characters (a Chinese character counts as two). */
  width: number;
}

/** One sheet of the ledger workbook: a header row, then one row per record, in plain Chinese. */
export interface LedgerSheet {
  name: string;
  columns: LedgerColumn[];
  rows: LedgerCell[][];
}
