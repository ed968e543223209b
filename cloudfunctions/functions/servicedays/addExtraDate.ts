import { planExtraDate } from '../../domain/servicedays/dateExceptions';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { STAFF } from './roles';
import { changeDate, withoutId } from './sessionStore';
import { toServiceDayDto } from './toDto';

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
      async (tx, sessionId, { reopen, create }) => {
        if (reopen)
          await tx
            .collection(COLLECTIONS.serviceSessions)
            .doc(sessionId)
            .set({ data: withoutId(reopen) });
        if (create) await tx.collection(COLLECTIONS.serviceSessions).add({ data: create });
      },
    );
    return toServiceDayDto(plan.day);
  },
});
