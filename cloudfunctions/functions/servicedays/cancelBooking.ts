import { planCancellation } from '../../domain/servicedays/bookingChanges';
import { defineAction } from '../../shared/defineAction';
import { REGISTERED } from './support/roles';
import { changeBooking } from './support/store';
import { toBookingDto } from './support/toDto';

/** Cancelled, never deleted: the record keeps who and why, and the place is free at once. */
export const cancelBooking = defineAction('servicedays', 'cancelBooking', {
  access: REGISTERED,
  async run({ sessionId, code, reason }, { db, caller, now }) {
    const { session, booking } = await changeBooking(
      db,
      sessionId,
      code,
      (current) => planCancellation(current, caller, code, reason, now),
      now,
    );
    return toBookingDto(session, booking, now);
  },
});
