import type { Role } from '../../../contract/common';

/**
 * Who may call each visits action before its own checks (jurisdiction,
 * relation to the record) run. Administrators act as staff only where they
 * also hold the staff role.
 */
export const CADRES: readonly Role[] = ['gridMember', 'staff'];
export const STAFF: readonly Role[] = ['staff'];
export const ADMINS: readonly Role[] = ['admin'];
export const EVERYONE: readonly Role[] = ['resident', 'gridMember', 'partyMember', 'staff', 'admin'];
