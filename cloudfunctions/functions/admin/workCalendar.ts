import { isRootScope } from '../../domain/admin/requireAdminOver';
import { defineAction } from '../../shared/defineAction';
import { calendarVersion } from '../../domain/admin/workCalendarOf';
import type { WorkCalendar } from '../../domain/calendar/workCalendar';
import { COLLECTIONS } from '../../shared/collections';
import { findById } from '../../shared/findById';
import { toCalendar, WORK_CALENDAR_ID } from '../../shared/workCalendarStore';
import { findPlace } from './support/store';

/** 节假日: the work calendar the requests feature counts working days with, and whether the caller may change it. */
export const workCalendar = defineAction('admin', 'workCalendar', {
  access: 'administrators',
  async run(_input, { db, caller }) {
    const [stored, scope] = await Promise.all([
      findById<Partial<WorkCalendar> & { version?: unknown }>(db, COLLECTIONS.settings, WORK_CALENDAR_ID),
      findPlace(db, caller.staffScopeId),
    ]);
    const calendar = toCalendar(stored ?? undefined);
    return {
      holidays: [...calendar.holidays].sort(),
      workdays: [...calendar.workdays].sort(),
      editable: isRootScope(scope),
      version: calendarVersion(stored),
    };
  },
});
