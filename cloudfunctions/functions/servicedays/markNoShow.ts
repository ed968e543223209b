import { planNoShow } from '../../domain/servicedays/bookingChanges';
import { defineAction } from '../../shared/defineAction';
import { STAFF } from './support/roles';
import { changeBooking } from './support/store';
import { toStaffBookingDto } from './support/toDto';

export const markNoShow = defineAction('servicedays', 'markNoShow', {
  access: STAFF,
  async run({ sessionId, code }, { db, caller, now }) {
    const { session, booking } = await changeBooking(db, sessionId, code, (current) => planNoShow(current, caller, code, now), now);
    return toStaffBookingDto(session, booking);
  },
});
