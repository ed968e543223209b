import type { BookingStatus } from '../servicedays/ServiceSession';

/** How many bookings have a status (one row of a grouped count). */
export interface StatusCount {
  status: BookingStatus;
  n: number;
}

/** A date still in the first layout (its bookings inside its document): its bookings by status. */
export interface FirstLayoutCount extends StatusCount {
  sessionId: string;
}

export interface BookingCounts {
  bookings: number;
  checkedIn: number;
  noShows: number;
}

/**
 * Service-day bookings counted from one layout per date. A date whose
 * document still holds its bookings is in the first layout until its move
 * ends (the move removes them last, and every writer finishes the move
 * first): its bookings are those. What a half-done move already copied into
 * the person-per-date documents (`copiesOfFirstLayout`, the same bookings)
 * is left out, so no booking is counted twice. Cancelled ones are not bookings.
 */
export function bookingCounts(firstLayout: FirstLayoutCount[], current: StatusCount[], copiesOfFirstLayout: StatusCount[]): BookingCounts {
  const n = (rows: StatusCount[], status?: BookingStatus) =>
    rows.filter((row) => status === undefined || row.status === status).reduce((sum, row) => sum + row.n, 0);
  const count = (status?: BookingStatus) => n(firstLayout, status) + n(current, status) - n(copiesOfFirstLayout, status);
  return { bookings: count() - count('cancelled'), checkedIn: count('checkedIn'), noShows: count('noShow') };
}
