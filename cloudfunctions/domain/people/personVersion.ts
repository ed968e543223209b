import type { User } from './User';

/**
 * A person's version counts the changes of what screens show of them (name,
 * phone, roles, home grid, duties, staff scope, department), whoever makes
 * them: an administrator's change, 花名册导入, 绑定手机号, choosing a grid,
 * a first filing's name, a party membership approved or ended. A save made
 * on a screen opened before any of them is CONFLICT. Records from before
 * have none: version 0.
 */
export function personVersion(person: Pick<User, 'version'>): number {
  return person.version ?? 0;
}

/** The version a changed person is written with: one past the highest of what they were made from (none: a new person, 1). */
export function nextPersonVersion(...sources: ReadonlyArray<Pick<User, 'version'> | null>): number {
  return Math.max(0, ...sources.map((source) => (source ? personVersion(source) : 0))) + 1;
}
