import type { RosterEntry } from './rosterEntry';

/**
 * The households (民情档案) of an import, written after its people. The
 * checked households are kept in chunk documents of their own
 * (`<import id>-h<n>`, HOUSEHOLDS_PER_CHUNK each), so no document grows with
 * the file.
 */
export interface HouseholdImportProgress {
  total: number;
  /** The first `applied` households are written. */
  applied: number;
  created: number;
  updated: number;
  unchanged: number;
}

/** Households per chunk document: a few hundred kilobytes. */
export const HOUSEHOLDS_PER_CHUNK = 500;

export function householdChunkId(importId: string, index: number): string {
  return `${importId}-h${index}`;
}

/**
 * One accepted roster import (花名册导入), written in steps: the file was
 * checked as a whole and found right, so every entry will be written, even
 * if the function that started it stops half way (the next import, or the
 * same one sent again, writes the rest). Only the administrators' functions
 * read it.
 */
export interface RosterImport {
  /** From the administrator and the uploaded file: the same upload sent again finds it. */
  _id: string;
  by: string;
  byName: string;
  at: Date;
  fileID: string;
  /** `applying` until every entry is written. */
  status: 'applying' | 'done';
  /** The people the file adds or changes, in file order. */
  entries: RosterEntry[];
  /** The first `applied` entries are written. */
  applied: number;
  created: number;
  updated: number;
  /** People already as the file has them (when checked, or found so when written). */
  unchanged: number;
  finishedAt: Date | null;
  /** Absent for an import of people only (and for imports recorded before households could be imported). */
  households?: HouseholdImportProgress;
}

/** Whether every person and every household of the import is written. */
export function isImportWritten(record: Pick<RosterImport, 'applied' | 'entries' | 'households'>): boolean {
  return record.applied >= record.entries.length && (!record.households || record.households.applied >= record.households.total);
}
