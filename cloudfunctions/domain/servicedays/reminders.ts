import type { ServiceSession } from './ServiceSession';

/** Indexes of the bookings of a date that still need their day-before reminder. */
export function remindersDue(session: ServiceSession): number[] {
  if (session.status !== 'open') return [];
  return session.bookings.flatMap((booking, index) =>
    booking.status === 'booked' && booking.source === 'online' && booking.openid && !booking.remindedAt ? [index] : [],
  );
}
