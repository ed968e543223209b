import type { Role } from '../../contract/common';

/** Anyone registered may book: grid members, party members and staff live somewhere too. */
export const REGISTERED: readonly Role[] = ['resident', 'gridMember', 'partyMember', 'staff', 'admin'];

/** Running service days is staff work (村两委、乡镇); admins hold the staff role as well. */
export const STAFF: readonly Role[] = ['staff'];
