import { isRootScope } from '../../domain/admin/requireAdminOver';
import { defineAction } from '../../shared/defineAction';
import { loadCalendar } from '../../shared/workCalendarStore';
import { findPlace } from './support/store';

/** 节假日: the work calendar the requests feature counts working days with, and whether the caller may change it. */
export const workCalendar = defineAction('admin', 'workCalendar', {
  access: 'administrators',
  async run(_input, { db, caller }) {
    const [calendar, scope] = await Promise.all([loadCalendar(db), findPlace(db, caller.staffScopeId)]);
    return { holidays: [...calendar.holidays].sort(), workdays: [...calendar.workdays].sort(), editable: isRootScope(scope) };
  },
});
