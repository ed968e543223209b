import { bookingCounts } from '../../cloudfunctions/domain/dashboard/bookingCounts';

describe('service-day bookings counted from one layout per date', () => {
  it('counts a first-layout date from its own document, leaving out what a half-done move copied', () => {
    const firstLayout = [
      { sessionId: 'd1', status: 'booked' as const, n: 2 },
      { sessionId: 'd1', status: 'cancelled' as const, n: 1 },
    ];
    const current = [
      { status: 'booked' as const, n: 5 },
      { status: 'checkedIn' as const, n: 3 },
      { status: 'noShow' as const, n: 1 },
    ];
    // d1's move copied its two booked ones before it died.
    const copies = [{ status: 'booked' as const, n: 2 }];
    expect(bookingCounts(firstLayout, current, copies)).toEqual({ bookings: 2 + 3 + 3 + 1, checkedIn: 3, noShows: 1 });
    expect(bookingCounts(firstLayout, current, [])).toEqual({ bookings: 2 + 5 + 3 + 1, checkedIn: 3, noShows: 1 });
  });
});
