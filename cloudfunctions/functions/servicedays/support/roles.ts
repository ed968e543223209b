import type { Audience } from '../../../domain/people/audiences';

/** Anyone registered may book: grid members, party members and staff live somewhere too. */
export const REGISTERED: Audience = 'everyone';

/** Running service days is staff work (村两委、乡镇); administrators are staff too (administratorsAreStaff). */
export const STAFF: Audience = 'staff';
