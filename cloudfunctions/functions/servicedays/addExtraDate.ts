import { localDateOf } from '../../domain/servicedays/beijingTime';
import { planExtraDate } from '../../domain/servicedays/dateExceptions';
import type { Actor, ServiceDay } from '../../domain/servicedays/ServiceDay';
import { sessionIdOf, type ServiceSession } from '../../domain/servicedays/ServiceSession';
import { requireStaffCovers } from '../../domain/servicedays/staffScope';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { getInTransaction, runTransaction } from '../../shared/transaction';
import { STAFF } from './roles';
import { loadServiceDay, withoutId } from './sessionStore';
import { toServiceDayDto } from './toDto';

/** Exception: an extra date, or a cancelled date restored; bookable at once when within the horizon. */
export const addExtraDate = defineAction('servicedays', 'addExtraDate', {
  access: STAFF,
  async run({ serviceDayId, date }, { db, caller, now }) {
    const current = await loadServiceDay(db, serviceDayId);
    requireStaffCovers(caller, current);
    const actor: Actor = { openid: caller._id, name: caller.name, role: 'staff' };
    const sessionId = sessionIdOf(serviceDayId, date);
    const exists = (await findById<{ _id: string }>(db, COLLECTIONS.serviceSessions, sessionId)) !== null;
    const outcome = await runTransaction(db, async (tx) => {
      const day = await getInTransaction<ServiceDay>(tx, COLLECTIONS.serviceDays, serviceDayId);
      const session = exists ? await getInTransaction<ServiceSession>(tx, COLLECTIONS.serviceSessions, sessionId) : null;
      let plan: ReturnType<typeof planExtraDate>;
      try {
        plan = planExtraDate(day, session, date, actor, localDateOf(now), now);
      } catch (error) {
        if (error instanceof DomainError) return error;
        throw error;
      }
      await tx.collection(COLLECTIONS.serviceDays).doc(serviceDayId).set({ data: withoutId(plan.day) });
      if (plan.reopen) await tx.collection(COLLECTIONS.serviceSessions).doc(sessionId).set({ data: withoutId(plan.reopen) });
      if (plan.create) await tx.collection(COLLECTIONS.serviceSessions).add({ data: plan.create });
      return plan.day;
    });
    if (outcome instanceof DomainError) throw outcome;
    return toServiceDayDto(outcome);
  },
});
