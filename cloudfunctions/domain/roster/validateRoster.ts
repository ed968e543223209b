import { PHONE_PATTERN } from '../people/phonePattern';
import type { Category } from '../catalog/Category';
import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import type { User } from '../people/User';
import { rosterPersonId } from '../people/rosterPersonId';
import { applyRosterEntry, type RosterEntry } from './rosterEntry';
import { MAX_ROSTER_ROWS, REQUIRED_COLUMNS, ROSTER_COLUMNS, ROSTER_ROLES, type RosterColumn } from './rosterColumns';
import { filledRows, sheetColumns } from './sheetColumns';

/** One problem in a roster file, where the spreadsheet shows it (the header is row 1). */
export interface RosterProblem {
  /** The sheet's name (花名册, 民情档案); '' for a file with one sheet of people. */
  sheet?: string;
  row: number;
  /** The column's header, e.g. 手机号; '' when the problem is the whole row or file. */
  column: string;
  message: string;
}

export interface RosterContext {
  /** The grids inside the administrator's jurisdiction. */
  grids: Array<Pick<JurisdictionNode, '_id' | 'name'>>;
  categories: Array<Pick<Category, '_id' | 'name'>>;
  /** People already known whose phone is in the file. */
  known: User[];
  now: Date;
}

export interface RosterChange {
  before: User | null;
  after: User;
  /** What the row says, to apply again to the person as they are when it is written. */
  entry: RosterEntry;
}

export interface RosterOutcome {
  problems: RosterProblem[];
  /** Empty whenever there is a problem: all or nothing. People the file leaves as they were are not among them. */
  changes: RosterChange[];
  /** People already known exactly as the file has them. */
  unchanged: number;
}

const NAME_MAX = 20;
const CATEGORY_SEPARATOR = /[、,，;；\s]+/;

/**
 * Checks every row of a roster (the first row is the header) and, only when
 * all are right, gives the people to write: someone already known by their
 * phone is updated, anyone else added. Each problem names its row as the
 * spreadsheet numbers it and its column.
 */
export function validateRoster(table: string[][], context: RosterContext): RosterOutcome {
  const problems: RosterProblem[] = [];
  const indexes = sheetColumns(table[0] ?? [], ROSTER_COLUMNS, REQUIRED_COLUMNS, (column) =>
    problems.push({ row: 1, column, message: '表头缺少这一列，请用模板填写' }),
  );
  const rows = filledRows(table);
  if (!rows.length && !problems.length) problems.push({ row: 1, column: '', message: '文件里没有要导入的人' });
  if (rows.length > MAX_ROSTER_ROWS) problems.push({ row: 1, column: '', message: `一次最多导入${MAX_ROSTER_ROWS}人，请分成几个文件` });
  if (problems.length) return { problems, changes: [], unchanged: 0 };

  const known = new Map(context.known.map((person) => [person.phone, person]));
  const phoneRows = new Map<string, number>();
  const firstResponsibleRows = new Map<string, number>();
  const people = new Map<string, RosterChange>();
  for (const { cells, row } of rows) {
    const cell = (key: RosterColumn) => (indexes.has(key) ? (cells[indexes.get(key)!] ?? '').trim() : '');
    const problem = (key: RosterColumn, message: string) => problems.push({ row, column: ROSTER_COLUMNS[key], message });
    const before = problems.length;
    for (const key of REQUIRED_COLUMNS) if (!cell(key)) problem(key, '不能为空');

    const name = cell('name');
    if (name.length > NAME_MAX) problem('name', `姓名太长，最多${NAME_MAX}个字`);

    const phone = cell('phone').replace(/\s/g, '');
    if (phone && !PHONE_PATTERN.test(phone)) problem('phone', '号码不对，请填11位手机号或带区号的座机号');
    else if (phone && phoneRows.has(phone)) problem('phone', `和第${phoneRows.get(phone)}行的手机号重复`);
    else if (phone) phoneRows.set(phone, row);
    const existing = known.get(phone) ?? null;
    if (name && existing && existing.name && existing.name !== name) problem('phone', `这个号码已经登记为“${existing.name}”，与姓名不符`);

    const gridText = cell('grid');
    const grids = context.grids.filter((grid) => grid._id === gridText || grid.name === gridText);
    if (gridText && !grids.length) problem('grid', '没有这个网格，或不在您管理的范围内');
    if (grids.length > 1) problem('grid', '有几个网格都叫这个名字，请改填网格编号');
    const grid = grids.length === 1 ? grids[0] : null;

    const roleText = cell('role');
    const role = Object.prototype.hasOwnProperty.call(ROSTER_ROLES, roleText) ? ROSTER_ROLES[roleText] : null;
    if (roleText && !role)
      problem(
        'role',
        `只能填${Object.keys(ROSTER_ROLES)
          .map((word) => `“${word}”`)
          .join('或')}`,
      );

    // Moving a resident's home is for an administrator who holds the grid they leave too.
    const home = existing?.homeGridId ?? null;
    if (role === 'resident' && grid && home && home !== grid._id && !context.grids.some((held) => held._id === home)) {
      problem('grid', '这个人登记在您管理范围以外的网格，请联系上级管理员修改');
    }

    const categoryNames = cell('categories').split(CATEGORY_SEPARATOR).filter(Boolean);
    const categoryIds: string[] = [];
    for (const categoryName of categoryNames) {
      const category = context.categories.find((candidate) => candidate.name === categoryName);
      if (category) categoryIds.push(category._id);
      else problem('categories', `没有“${categoryName}”这个职责类别`);
    }
    const firstText = cell('firstResponsible');
    if (firstText && firstText !== '是' && firstText !== '否') problem('firstResponsible', '只能填“是”或“否”');
    const firstResponsible = firstText === '是';
    if (role === 'resident' && categoryNames.length) problem('categories', '居民不用填职责类别');
    if (role === 'resident' && firstResponsible) problem('firstResponsible', '只有网格员能当第一责任人');
    if (grid && role === 'gridMember' && firstResponsible) {
      const earlier = firstResponsibleRows.get(grid._id);
      if (earlier) problem('firstResponsible', `第${earlier}行已是这个网格的第一责任人，一个网格只填一位`);
      else firstResponsibleRows.set(grid._id, row);
    }

    if (problems.length > before || !grid || !role) continue;
    const entry: RosterEntry = {
      personId: existing?._id ?? rosterPersonId(phone),
      phone,
      name,
      gridId: grid._id,
      role,
      categoryIds: role === 'gridMember' ? [...new Set(categoryIds)] : [],
      firstResponsible,
    };
    people.set(phone, { before: existing, after: applyRosterEntry(existing, entry, context.now), entry });
  }
  if (problems.length) return { problems, changes: [], unchanged: 0 };
  const all = [...people.values()];
  const changes = all.filter(({ before, after }) => JSON.stringify(before) !== JSON.stringify(after));
  return { problems, changes, unchanged: all.length - changes.length };
}
