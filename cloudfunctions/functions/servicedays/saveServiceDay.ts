import { isWithinScope } from '../../domain/jurisdiction/isWithinScope';
import { localDateOf } from '../../domain/servicedays/chinaCalendar';
import { createServiceDay, reviseServiceDay, type ServiceDayInput } from '../../domain/servicedays/defineServiceDay';
import type { Actor, ServiceDay } from '../../domain/servicedays/ServiceDay';
import { missingSessions, planScheduleChange } from '../../domain/servicedays/sessions';
import { requireStaffCovers } from '../../domain/servicedays/staffScope';
import { isCreatedBy } from '../../domain/shared/clientKeys';
import { DomainError } from '../../domain/shared/DomainError';
import { isOwnLastEdit, lastEditOn } from '../../domain/shared/lastEdit';
import { NEW_NEEDS_KEY } from '../../contract/common';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { COLLECTIONS } from '../../shared/collections';
import { keyedId } from '../../shared/keyedId';
import { runTransaction } from '../../shared/transaction';
import { STAFF } from './support/roles';
import {
  comingSessionsOf,
  createServiceDayWithDates,
  findPlace,
  loadServiceDay,
  readServiceDayIn,
  writeDatesIn,
  writeServiceDayIn,
} from './support/store';
import { toServiceDayDto } from './support/toDto';

/**
 * Creates a service day with its dates within the booking horizon, or
 * changes one: the service day and every coming date are rewritten in one
 * transaction, refused as a whole (with the bookings concerned) when a
 * booked person would lose their place (read with the dates' bookings).
 * Bookings do not write a date's document, so one landing while the change
 * is worked out is not seen by it: one whose slot the change removed is
 * cancelled by the booking itself once it sees the new slots (it checks
 * after writing); one taking a place of a slot whose capacity was just
 * lowered keeps it. Two operations plus one per date written: at most 87.
 * A new one is made under the phone's key (its id derives from it): a
 * resend, or a racing one, is answered with the service day the first made,
 * never a second; the key under other content is KEY_REUSED. An edit sent
 * again after its answer was lost is answered with the service day as it
 * made it, and writes nothing.
 */
export const saveServiceDay = defineAction('servicedays', 'saveServiceDay', {
  access: STAFF,
  async run(input, { db, caller, now, fingerprint, editFingerprint }) {
    const { id, expectedVersion, placeId, clientKey, ...fields } = input;
    const definition: ServiceDayInput = fields;
    const actor: Actor = { openid: caller._id, name: caller.name, role: 'staff' };
    const today = localDateOf(now);

    if (!id) {
      // The contract makes a new one carry a key.
      if (!clientKey) throw new DomainError('INVALID_INPUT', undefined, [{ path: 'clientKey', message: NEW_NEEDS_KEY }]);
      const newId = keyedId('sd-', caller._id, clientKey);
      const [place, earlier] = await Promise.all([findPlace(db, placeId), findById<ServiceDay>(db, COLLECTIONS.serviceDays, newId)]);
      if (!place) throw new DomainError('NOT_FOUND', '没有找到这个地点');
      if (!caller.staffScopeId || !isWithinScope(place, caller.staffScopeId)) throw new DomainError('OUT_OF_JURISDICTION');
      if (earlier && isCreatedBy(earlier, clientKey, fingerprint())) return toServiceDayDto(earlier);
      const day = { ...createServiceDay(newId, definition, place, actor, now), clientKey, opFingerprint: fingerprint() };
      const sessions = missingSessions(day, new Set(), today, now);
      const kept = await createServiceDayWithDates(db, day, sessions);
      isCreatedBy(kept, clientKey, fingerprint());
      return toServiceDayDto(kept);
    }

    const current = await loadServiceDay(db, id);
    requireStaffCovers(caller, current);
    if (current.placeId !== placeId) {
      throw new DomainError('INVALID_INPUT', undefined, [{ path: 'placeId', message: '服务日的地点建好后不能更改，请新建一个' }]);
    }
    const edit = editFingerprint();
    const saved = await runTransaction(db, async (tx) => {
      // This first operation fixes the transaction's snapshot. The dates are read
      // after it, with their bookings; every bookable date is written, none only read.
      const day = await readServiceDayIn(tx, id);
      // The contract makes an edit name the version it was opened at: another staff member's save meanwhile is not overwritten.
      if (day.version !== expectedVersion) {
        // A resend of the edit that made the stored version: it is done, nothing written.
        if (expectedVersion !== undefined && isOwnLastEdit(day.version, day, expectedVersion, edit)) return day;
        return new DomainError('CONFLICT', '这个服务日刚被别人改过；您填的内容还在，请核对后再保存一次');
      }
      const sessions = await comingSessionsOf(db, id, today);
      let revised: ServiceDay;
      let plan: ReturnType<typeof planScheduleChange>;
      try {
        revised = { ...reviseServiceDay(day, definition, actor, now), lastEdit: lastEditOn(day.version, edit) };
        plan = planScheduleChange(revised, sessions, today, now);
      } catch (error) {
        if (error instanceof DomainError) return error;
        throw error;
      }
      await writeServiceDayIn(tx, revised);
      await writeDatesIn(tx, plan.updates, plan.creates);
      return revised;
    });
    if (saved instanceof DomainError) throw saved;
    return toServiceDayDto(saved);
  },
});
