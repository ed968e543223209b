import { requireStaffCovers } from '../../domain/servicedays/staffScope';
import { defineAction } from '../../shared/defineAction';
import { STAFF } from './support/roles';
import { loadSession } from './support/store';
import { toStaffSessionDto } from './support/toDto';

/** The day's list per window, with the log, for the staff at the hall. */
export const dayList = defineAction('servicedays', 'dayList', {
  access: STAFF,
  async run({ sessionId }, { db, caller, now }) {
    // The jurisdiction is checked before a first-layout date is moved too: a refused caller writes nothing.
    const session = await loadSession(db, sessionId, (stored) => requireStaffCovers(caller, stored));
    requireStaffCovers(caller, session);
    return toStaffSessionDto(session, now);
  },
});
