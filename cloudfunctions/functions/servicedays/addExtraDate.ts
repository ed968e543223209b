import { planExtraDate } from '../../domain/servicedays/dateExceptions';
import { defineAction } from '../../shared/defineAction';
import { STAFF } from './support/roles';
import { changeDate, recountTallies, writeDatesIn } from './support/store';
import { toServiceDayDto } from './support/toDto';

/** Exception: an extra date, or a cancelled date restored; bookable at once when within the horizon. */
export const addExtraDate = defineAction('servicedays', 'addExtraDate', {
  access: STAFF,
  async run({ serviceDayId, date }, { db, caller, now }) {
    const plan = await changeDate(
      db,
      caller,
      serviceDayId,
      date,
      now,
      ({ day, session, actor, today }) => planExtraDate(day, session, date, actor, today, now),
      (tx, sessionId, { reopen, create }) => writeDatesIn(tx, reopen ? [{ ...reopen, _id: sessionId }] : [], create ? [create] : []),
    );
    // Its bookings were cancelled with it: the places they held are counted again before anyone books.
    if (plan.reopen && plan.before) await recountTallies(db, plan.before);
    return toServiceDayDto(plan.day);
  },
});
