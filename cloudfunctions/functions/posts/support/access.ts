import type { Role } from '../../../contract/common';

/** Anyone registered in the system, whatever their role. */
export const EVERYONE: readonly Role[] = ['resident', 'gridMember', 'partyMember', 'staff', 'admin'];
export const PARTY_MEMBERS: readonly Role[] = ['partyMember'];
export const STAFF: readonly Role[] = ['staff', 'admin'];
/** Grid members verify logs of their grids; branch secretaries are party members or staff. */
export const VERIFIERS: readonly Role[] = ['gridMember', 'partyMember', 'staff', 'admin'];
