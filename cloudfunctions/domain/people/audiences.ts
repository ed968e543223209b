import type { User } from './User';
import { ROLES, type Role } from './vocabulary';

/**
 * Who may do what, in one place: every action table names one of these
 * audiences (or 'visitor', anyone WeChat identifies, registered or not), and
 * the domain asks `isIn` rather than looking at roles itself.
 * docs/permissions.md prints which audience may call each action, and a
 * test keeps it equal to the action tables.
 *
 * An administrator is always staff too: staff of the place they administer
 * (see `administratorsAreStaff`). So `staff` includes every administrator
 * without naming them, and nothing here lists `admin` beside `staff`.
 */
export const AUDIENCES = {
  /** Every registered person, whatever their role. */
  everyone: ROLES,
  residents: ['resident'],
  gridMembers: ['gridMember'],
  partyMembers: ['partyMember'],
  /** 村两委、乡镇、县直部门 staff within their scope, administrators included. */
  staff: ['staff'],
  administrators: ['admin'],
  /** Staff of a department (县直部门, 乡镇站所), acting only on what is assigned to it. */
  departmentStaff: ['departmentStaff'],
  /** Everyone who may hold and work a request: grid members, staff, departments' staff. */
  requestHandlers: ['gridMember', 'staff', 'departmentStaff'],
  /** Grid members and staff: the cadres who handle requests and serve the grids. */
  cadres: ['gridMember', 'staff'],
  /** Residents filing for themselves and cadres filing for them (代办). */
  residentsAndCadres: ['resident', 'gridMember', 'staff'],
  /** Residents who leave messages and the staff who answer them. */
  residentsAndStaff: ['resident', 'staff'],
  /** Cadres and party members (branch secretaries verify their members' service). */
  cadresAndPartyMembers: ['gridMember', 'partyMember', 'staff'],
} as const satisfies Record<string, readonly Role[]>;

export type Audience = keyof typeof AUDIENCES;

/** Whether the person holds a role of the audience. */
export function isIn(person: Pick<User, 'roles'>, audience: Audience): boolean {
  const roles: readonly Role[] = AUDIENCES[audience];
  return person.roles.some((role) => roles.includes(role));
}
