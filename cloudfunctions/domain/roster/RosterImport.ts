import type { RosterEntry } from './rosterEntry';

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
}
