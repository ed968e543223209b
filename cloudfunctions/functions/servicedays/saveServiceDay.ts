import { randomBytes } from 'node:crypto';
import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { isWithinScope } from '../../domain/jurisdiction/isWithinScope';
import { localDateOf } from '../../domain/servicedays/chinaCalendar';
import { createServiceDay, reviseServiceDay, type ServiceDayInput } from '../../domain/servicedays/defineServiceDay';
import type { Actor, ServiceDay } from '../../domain/servicedays/ServiceDay';
import type { ServiceSession } from '../../domain/servicedays/ServiceSession';
import { missingSessions, planScheduleChange } from '../../domain/servicedays/sessions';
import { requireStaffCovers } from '../../domain/servicedays/staffScope';
import { DomainError } from '../../domain/shared/DomainError';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { readDocs } from '../../shared/readDocs';
import { getInTransaction, runTransaction } from '../../shared/transaction';
import { STAFF } from './roles';
import { loadServiceDay, sessionsOf, withoutId } from './sessionStore';
import { toServiceDayDto } from './toDto';

function newServiceDayId(): string {
  return `sd-${randomBytes(5).toString('hex')}`;
}

/**
 * The service day's dates from today on: at most one a day over a horizon
 * of at most 12 weeks (85). A query, so outside the transaction.
 */
function comingSessions(db: Database, serviceDayId: string, now: Date): Promise<ServiceSession[]> {
  const _ = db.command;
  return readDocs<ServiceSession>(
    sessionsOf(db)
      .where({ serviceDayId, date: _.gte(localDateOf(now)) })
      .limit(1000),
  );
}

/**
 * Creates a service day with its dates within the booking horizon, or
 * changes one: the service day and every coming date are rewritten in one
 * transaction, refused as a whole (with the bookings concerned) when a
 * booked person would lose their place. A booking landing on a date while
 * the change is worked out makes the transaction start over; one landing
 * after the date is written waits for the commit and then sees the new
 * slots. Two operations plus one per date written: at most 87.
 */
export const saveServiceDay = defineAction('servicedays', 'saveServiceDay', {
  access: STAFF,
  async run(input, { db, caller, now }) {
    const { id, expectedVersion, placeId, ...fields } = input;
    const definition: ServiceDayInput = fields;
    const actor: Actor = { openid: caller._id, name: caller.name, role: 'staff' };
    const today = localDateOf(now);

    if (!id) {
      const place = await findById<JurisdictionNode>(db, COLLECTIONS.nodes, placeId);
      if (!place) throw new DomainError('NOT_FOUND', '没有找到这个地点');
      if (!caller.staffScopeId || !isWithinScope(place, caller.staffScopeId)) throw new DomainError('OUT_OF_JURISDICTION');
      const day = createServiceDay(newServiceDayId(), definition, place, actor, now);
      const sessions = missingSessions(day, new Set(), today, now);
      await runTransaction(db, async (tx) => {
        await tx.collection(COLLECTIONS.serviceDays).add({ data: day });
        for (const session of sessions) await tx.collection(COLLECTIONS.serviceSessions).add({ data: session });
      });
      return toServiceDayDto(day);
    }

    const current = await loadServiceDay(db, id);
    requireStaffCovers(caller, current);
    if (current.placeId !== placeId) {
      throw new DomainError('INVALID_INPUT', undefined, [{ path: 'placeId', message: '服务日的地点建好后不能更改，请新建一个' }]);
    }
    const saved = await runTransaction(db, async (tx) => {
      // This first operation fixes the transaction's snapshot. The dates are read
      // after it, so a booking on one committed before the read is in what we read,
      // and one committed after it makes our write of that date fail (and this run
      // start over): every bookable date is written, none only read.
      const day = await getInTransaction<ServiceDay>(tx, COLLECTIONS.serviceDays, id);
      if (expectedVersion !== undefined && day.version !== expectedVersion) {
        return new DomainError('CONFLICT', '这个服务日刚被别人改过，请刷新后再改');
      }
      const sessions = await comingSessions(db, id, now);
      let revised: ServiceDay;
      let plan: ReturnType<typeof planScheduleChange>;
      try {
        revised = reviseServiceDay(day, definition, actor, now);
        plan = planScheduleChange(revised, sessions, today, now);
      } catch (error) {
        if (error instanceof DomainError) return error;
        throw error;
      }
      await tx
        .collection(COLLECTIONS.serviceDays)
        .doc(id)
        .set({ data: withoutId(revised) });
      for (const session of plan.updates) {
        await tx
          .collection(COLLECTIONS.serviceSessions)
          .doc(session._id)
          .set({ data: withoutId(session) });
      }
      for (const session of plan.creates) await tx.collection(COLLECTIONS.serviceSessions).add({ data: session });
      return revised;
    });
    if (saved instanceof DomainError) throw saved;
    return toServiceDayDto(saved);
  },
});
