import { requireRootAdmin } from '../../domain/admin/requireAdminOver';
import { changeWorkCalendar } from '../../domain/admin/workCalendarOf';
import type { WorkCalendar } from '../../domain/calendar/workCalendar';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { WORK_CALENDAR_ID } from '../../shared/workCalendarStore';
import { findPlace } from './support/store';
import { recordChange } from './support/recordChange';

/**
 * The holiday list the requests feature counts working days with (settings
 * document `workCalendar`), on the version the editor was opened at; the
 * write holds only while the document is still as read (recordChange).
 */
export const setHolidays = defineAction('admin', 'setHolidays', {
  access: 'administrators',
  async run(input, { db, caller, now }) {
    requireRootAdmin(caller, await findPlace(db, caller.staffScopeId));
    const before = await findById<WorkCalendar & { _id: string; version?: number }>(db, COLLECTIONS.settings, WORK_CALENDAR_ID);
    const after = { _id: WORK_CALENDAR_ID, ...changeWorkCalendar(before, input) };
    const logId = await recordChange(db, caller, now, { action: 'setHolidays', collection: COLLECTIONS.settings, before, after });
    return { logId, version: after.version };
  },
});
