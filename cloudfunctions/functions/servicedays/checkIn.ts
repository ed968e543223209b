import { planCheckIn } from '../../domain/servicedays/bookingChanges';
import { defineAction } from '../../shared/defineAction';
import { STAFF } from './support/roles';
import { changeBooking } from './support/store';
import { toStaffBookingDto } from './support/toDto';

/** At the hall: the code read out, typed, or scanned from the resident's QR code. */
export const checkIn = defineAction('servicedays', 'checkIn', {
  access: STAFF,
  async run({ sessionId, code }, { db, caller, now }) {
    const { session, booking } = await changeBooking(db, sessionId, code, (current) => planCheckIn(current, caller, code, now), now);
    return toStaffBookingDto(session, booking);
  },
});
