import { HOUSEHOLD_MARKERS, HOUSEHOLD_SHEET } from './householdColumns';

/** One sheet of a roster file: its name and its rows of cell text (row 1 the header). */
export interface RosterSheet {
  name: string;
  rows: string[][];
}

/** The sheets a roster file is read for: people (花名册) and households (民情档案), each optional. */
export interface RosterSheets {
  people: RosterSheet | null;
  households: RosterSheet | null;
}

/** The template's sheet of instructions, never imported. */
export const INSTRUCTIONS_SHEET = '填写说明';

/** The people's sheet as problems name it when the file does not (a CSV file). */
export const PEOPLE_SHEET = '花名册';

function isHouseholdSheet(sheet: RosterSheet): boolean {
  const header = (sheet.rows[0] ?? []).map((cell) => cell.trim());
  return sheet.name === HOUSEHOLD_SHEET || HOUSEHOLD_MARKERS.every((marker) => header.includes(marker));
}

/**
 * Which sheet is which: the one named 民情档案 (or whose header has 户号 and
 * 与户主关系: a CSV file holds one sheet) is the households'; the first
 * other one, the instructions aside, the people's.
 */
export function rosterSheets(sheets: readonly RosterSheet[]): RosterSheets {
  const households = sheets.find(isHouseholdSheet) ?? null;
  const people = sheets.find((sheet) => sheet !== households && sheet.name !== INSTRUCTIONS_SHEET) ?? null;
  return { people, households };
}

/** A sheet that holds nothing but (at most) its header. */
export function isBlankSheet(sheet: RosterSheet | null): boolean {
  return !sheet || sheet.rows.slice(1).every((cells) => cells.every((cell) => cell.trim() === ''));
}
