import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import { PHONE_PATTERN } from '../people/phonePattern';
import type { HouseholdMember } from '../visits/Household';
import type { AgeBand, HouseholdTag, Relation } from '../visits/vocabulary';
import { VISIT_LIMITS } from '../visits/vocabulary';
import { localDateOf } from '../servicedays/chinaCalendar';
import {
  AGE_BAND_WORDS,
  ageBandOf,
  HOUSEHOLD_COLUMNS,
  HOUSEHOLD_TEXT,
  MAX_FILE_HOUSEHOLDS,
  RELATION_WORDS,
  REQUIRED_HOUSEHOLD_COLUMNS,
  type HouseholdColumn,
} from './householdColumns';
import type { HouseholdEntry } from './householdEntry';
import { filledRows, sheetColumns } from './sheetColumns';
import type { RosterProblem } from './validateRoster';

export interface HouseholdSheetContext {
  /** The grids inside the administrator's jurisdiction. */
  grids: Array<Pick<JurisdictionNode, '_id' | 'name' | 'ancestorIds'>>;
  /** The county's tag list (only active tags may be given). */
  tags: HouseholdTag[];
  now: Date;
}

export interface HouseholdSheetOutcome {
  problems: RosterProblem[];
  /** Empty whenever there is a problem: all or nothing. In the order of their first rows. */
  households: HouseholdEntry[];
}

/** One member row as read, before the household's own checks. */
interface MemberRow {
  row: number;
  householdNo: string;
  grid: Pick<JurisdictionNode, '_id' | 'name' | 'ancestorIds'> | null;
  /** The row names a grid, found or not. */
  gridGiven: boolean;
  group: string;
  address: string;
  /** The relation is null when the row's could not be read. */
  member: Omit<HouseholdMember, 'relation'> & { relation: Relation | null };
  tags: string[];
  needs: string;
  /** The row has a problem of its own (reported); it still belongs to its household for the household's checks. */
  wrong: boolean;
}

type Report = (key: HouseholdColumn | '', message: string) => void;

const TAG_SEPARATOR = /[、,，;；\s]+/;

function ageBandFrom(text: string, now: Date, report: Report): AgeBand {
  if (!text) return 'unknown';
  if (Object.prototype.hasOwnProperty.call(AGE_BAND_WORDS, text)) return AGE_BAND_WORDS[text];
  const thisYear = Number(localDateOf(now).slice(0, 4));
  const number = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (number >= 1900 && number <= thisYear) return ageBandOf(thisYear - number);
  if (number <= 120) return ageBandOf(number);
  report('age', `看不懂“${text}”，请填出生年份（如1948）、年龄（如72）或“60-79岁”这样的年龄段`);
  return 'unknown';
}

function tagIdsFrom(text: string, tags: readonly HouseholdTag[], report: Report): string[] {
  const ids: string[] = [];
  for (const name of text.split(TAG_SEPARATOR).filter(Boolean)) {
    const tag = tags.find((candidate) => candidate.name === name && candidate.active);
    if (tag) ids.push(tag.id);
    else
      report(
        'tags',
        `没有“${name}”这个户类，可填：${tags
          .filter((t) => t.active)
          .map((t) => t.name)
          .join('、')}`,
      );
  }
  return ids;
}

function tooLong(text: string, key: keyof typeof HOUSEHOLD_TEXT, report: Report): void {
  if (text.length > HOUSEHOLD_TEXT[key]) report(key, `太长了，最多${HOUSEHOLD_TEXT[key]}个字`);
}

type Grid = HouseholdSheetContext['grids'][number];
const gridIndexes = new WeakMap<HouseholdSheetContext, Map<string, Grid[]>>();

/** The grids a cell names, by id or by name (a county has 3,000: looked up, not scanned, for each of thousands of rows). */
function gridsNamed(context: HouseholdSheetContext, text: string): Grid[] {
  let index = gridIndexes.get(context);
  if (!index) {
    index = new Map();
    for (const grid of context.grids) {
      index.set(grid._id, [grid]);
      if (grid.name !== grid._id) index.set(grid.name, [...(index.get(grid.name) ?? []), grid]);
    }
    gridIndexes.set(context, index);
  }
  return index.get(text) ?? [];
}

/** One row read and checked on its own. */
function memberRow(cell: (key: HouseholdColumn) => string, row: number, context: HouseholdSheetContext, report: Report): MemberRow {
  let wrong = false;
  const problem: Report = (key, message) => {
    wrong = true;
    report(key, message);
  };
  for (const key of REQUIRED_HOUSEHOLD_COLUMNS) if (!cell(key)) problem(key, '不能为空');
  const householdNo = cell('householdNo');
  tooLong(householdNo, 'householdNo', problem);
  const name = cell('name');
  tooLong(name, 'name', problem);
  (['group', 'address', 'needs'] as const).forEach((key) => tooLong(cell(key), key, problem));

  const gridText = cell('grid');
  const grids = gridText ? gridsNamed(context, gridText) : [];
  if (gridText && !grids.length) problem('grid', '没有这个网格，或不在您管理的范围内');
  if (grids.length > 1) problem('grid', '有几个网格都叫这个名字，请改填网格编号');

  const relationText = cell('relation');
  const relation: Relation | null = Object.prototype.hasOwnProperty.call(RELATION_WORDS, relationText)
    ? RELATION_WORDS[relationText]
    : null;
  if (relationText && !relation) problem('relation', '请填户主、配偶、子女、儿媳、女婿、父母、孙子女、兄弟姐妹或其他');

  const phone = cell('phone').replace(/\s/g, '');
  if (phone && !PHONE_PATTERN.test(phone)) problem('phone', '号码不对，请填11位手机号或带区号的座机号，没有可以空着');
  const ageBand = ageBandFrom(cell('age'), context.now, problem);
  const tags = tagIdsFrom(cell('tags'), context.tags, problem);
  return {
    row,
    householdNo,
    grid: grids.length === 1 ? grids[0] : null,
    gridGiven: gridText !== '',
    group: cell('group'),
    address: cell('address'),
    member: { name, relation, ageBand, phone, phoneVerified: false, userId: null },
    tags,
    needs: cell('needs'),
    wrong,
  };
}

/** The one value a household's rows give for a field (blank rows take it); a different one is a problem of that row. */
function agreed<T>(
  rows: MemberRow[],
  valueOf: (row: MemberRow) => T | null,
  same: (a: T, b: T) => boolean,
  differs: (row: MemberRow, first: MemberRow) => void,
): T | null {
  let first: MemberRow | null = null;
  let value: T | null = null;
  for (const row of rows) {
    const own = valueOf(row);
    if (own === null) continue;
    if (value === null || !first) {
      value = own;
      first = row;
    } else if (!same(value, own)) differs(row, first);
  }
  return value;
}

/** The household from its rows, checked as a whole (one 户主, one grid, one address); null when it has a problem. */
function householdOf(rows: MemberRow[], report: (row: number, key: HouseholdColumn | '', message: string) => void): HouseholdEntry | null {
  const before = { count: 0 };
  const problem = (row: number, key: HouseholdColumn | '', message: string) => {
    before.count += 1;
    report(row, key, message);
  };
  const no = rows[0].householdNo;
  const grid = agreed(
    rows,
    (r) => r.grid,
    (a, b) => a._id === b._id,
    (r, first) =>
      problem(r.row, 'grid', `户号${no}的一户分在了两个网格：第${first.row}行填的是“${first.grid?.name}”，这一行是“${r.grid?.name}”`),
  );
  if (!rows.some((r) => r.gridGiven)) problem(rows[0].row, 'grid', `户号${no}这一户没有填所属网格`);
  for (const key of ['group', 'address'] as const) {
    agreed(
      rows,
      (r) => r[key] || null,
      (a, b) => a === b,
      (r, first) => problem(r.row, key, `同一户（户号${no}）和第${first.row}行填的不一样`),
    );
  }
  const heads = rows.filter((r) => r.member.relation === 'head');
  // A relation that could not be read is reported at its row; it may be the head.
  if (heads.length === 0 && rows.every((r) => r.member.relation !== null))
    problem(rows[0].row, 'relation', `户号${no}这一户没有户主，请把一位成员填为“户主”`);
  heads.slice(1).forEach((r) => problem(r.row, 'relation', `户号${no}已在第${heads[0].row}行填了户主，一户只能有一位户主`));
  if (rows.length > VISIT_LIMITS.membersPerHousehold)
    problem(rows[VISIT_LIMITS.membersPerHousehold].row, '', `一户最多登记${VISIT_LIMITS.membersPerHousehold}人`);
  const tags = [...new Set(rows.flatMap((r) => r.tags))];
  if (tags.length > VISIT_LIMITS.tagsPerHousehold) problem(rows[0].row, 'tags', `一户最多${VISIT_LIMITS.tagsPerHousehold}个户类`);
  const needs = rows
    .map((r) => r.needs)
    .filter(Boolean)
    .join('；');
  if (needs.length > HOUSEHOLD_TEXT.needs) problem(rows[0].row, 'needs', `这一户的需求备注合起来太长了，最多${HOUSEHOLD_TEXT.needs}个字`);
  if (before.count || !grid || rows.some((r) => r.wrong)) return null;
  return {
    householdNo: no,
    gridId: grid._id,
    placeIds: [...grid.ancestorIds, grid._id],
    group: rows.find((r) => r.group)?.group ?? '',
    address: rows.find((r) => r.address)?.address ?? '',
    members: rows.map((r) => ({ ...r.member, relation: r.member.relation ?? 'other' })),
    tags,
    needs,
  };
}

/**
 * Checks every row of the 民情档案 sheet (row 1 the header) and, only when
 * all are right, gives the households to write. Each problem names the
 * sheet, the row as the spreadsheet numbers it, and the column.
 */
export function validateHouseholds(sheet: string, table: string[][], context: HouseholdSheetContext): HouseholdSheetOutcome {
  const problems: RosterProblem[] = [];
  const report = (row: number, key: HouseholdColumn | '', message: string) =>
    problems.push({ sheet, row, column: key ? HOUSEHOLD_COLUMNS[key] : '', message });
  const indexes = sheetColumns(table[0] ?? [], HOUSEHOLD_COLUMNS, REQUIRED_HOUSEHOLD_COLUMNS, (column) =>
    problems.push({ sheet, row: 1, column, message: '表头缺少这一列，请用模板填写' }),
  );
  const rows = filledRows(table);
  if (!rows.length && !problems.length) report(1, '', '这张表里没有要导入的户');
  if (problems.length) return { problems, households: [] };

  const byNo = new Map<string, MemberRow[]>();
  for (const { cells, row } of rows) {
    const cell = (key: HouseholdColumn) => (indexes.has(key) ? (cells[indexes.get(key)!] ?? '').trim() : '');
    const read = memberRow(cell, row, context, (key, message) => report(row, key, message));
    if (!read.householdNo) continue;
    const household = byNo.get(read.householdNo);
    if (household) household.push(read);
    else byNo.set(read.householdNo, [read]);
  }
  if (byNo.size > MAX_FILE_HOUSEHOLDS) report(1, '', `一个文件最多导入${MAX_FILE_HOUSEHOLDS}户，请按村分成几个文件`);
  const households: HouseholdEntry[] = [];
  for (const memberRows of byNo.values()) {
    const household = householdOf(memberRows, report);
    if (household) households.push(household);
  }
  if (problems.length) return { problems: problems.sort((a, b) => a.row - b.row), households: [] };
  return { problems, households };
}
