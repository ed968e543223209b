import type { Role } from '../people/vocabulary';

/**
 * The roster (花名册) file's columns, by their Chinese headers, in the
 * order of the template. 职责类别 and 第一责任人 are for grid members only.
 */
export const ROSTER_COLUMNS = {
  name: '姓名',
  phone: '手机号',
  grid: '所属网格',
  role: '角色',
  categories: '职责类别',
  firstResponsible: '第一责任人',
} as const;

export type RosterColumn = keyof typeof ROSTER_COLUMNS;

/** Columns a row cannot leave empty. */
export const REQUIRED_COLUMNS: RosterColumn[] = ['name', 'phone', 'grid', 'role'];

/** The roles a roster may give, by the words village offices use. */
export const ROSTER_ROLES: Record<string, Extract<Role, 'resident' | 'gridMember'>> = {
  网格员: 'gridMember',
  居民: 'resident',
};

/** One transaction writes every person and their log entry; this keeps it well inside the database's limits. */
export const MAX_ROSTER_ROWS = 200;

/** The example row under the template's header. */
export const ROSTER_EXAMPLE: Record<RosterColumn, string> = {
  name: '王建国',
  phone: '13800000000',
  grid: '第一网格（汪屋组）',
  role: '网格员',
  categories: '环境卫生、矛盾调解',
  firstResponsible: '是',
};
