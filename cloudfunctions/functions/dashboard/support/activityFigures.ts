import type { DashboardDto } from '../../../contract/dashboard';
import type { BookingStatus } from '../../../domain/servicedays/ServiceSession';
import { bookingCounts } from '../../../domain/dashboard/bookingCounts';
import { monthBounds } from '../../../domain/dashboard/chinaMonth';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { aggregateAll } from '../../../shared/aggregateAll';
import { countOf } from '../../../shared/dbResults';

/**
 * Service-day bookings and no-shows on the dates of the period, in the
 * subtree: counted by the database (a county holds thousands of dates, each
 * with its bookings), one count and one grouped read.
 */
export async function serviceDayFigures(db: Database, scopeId: string, months: string[]): Promise<DashboardDto['serviceDays']> {
  const _ = db.command;
  const $ = _.aggregate;
  const inPeriod = { scopeIds: scopeId, date: _.gte(`${months[0]}-01`).and(_.lte(`${months[months.length - 1]}-31`)) };
  const sessions = db.collection(COLLECTIONS.serviceSessions);
  const byStatus = (match: Record<string, unknown>) =>
    aggregateAll<{ _id: BookingStatus; n: number }>(() =>
      db
        .collection(COLLECTIONS.serviceBookings)
        .aggregate()
        .match(match)
        .project({ records: 1 })
        .unwind('$records')
        .group({ _id: '$records.status', n: $.sum(1) }),
    );
  const [count, legacy, current] = await Promise.all([
    countOf(sessions.where(inPeriod)),
    // Dates not yet moved out of the first layout hold their bookings inside them (per date: see bookingCounts).
    aggregateAll<{ _id: { sessionId: string; status: BookingStatus }; n: number }>(() =>
      sessions
        .aggregate()
        .match({ ...inPeriod, bookings: _.exists(true) })
        .project({ bookings: 1 })
        .unwind('$bookings')
        .group({ _id: { sessionId: '$_id', status: '$bookings.status' }, n: $.sum(1) }),
    ),
    byStatus(inPeriod),
  ]);
  const firstLayout = legacy.map((row) => ({ ...row._id, n: row.n }));
  const legacyIds = [...new Set(firstLayout.map((row) => row.sessionId))];
  // A move half done has copied some of those bookings already: read to leave them out (only while such dates remain).
  const copies = legacyIds.length ? await byStatus({ sessionId: _.in(legacyIds) }) : [];
  const rows = (list: Array<{ _id: BookingStatus; n: number }>) => list.map((row) => ({ status: row._id, n: row.n }));
  return { sessions: count, ...bookingCounts(firstLayout, rows(current), rows(copies)) };
}

/** Posts claimed (now, and in the period) and approved service hours of the period, in the subtree: two counts and one sum. */
export async function postFigures(db: Database, scopeId: string, months: string[]): Promise<DashboardDto['posts']> {
  const _ = db.command;
  const $ = _.aggregate;
  const { start } = monthBounds(months[0]);
  const { end } = monthBounds(months[months.length - 1]);
  const claims = db.collection(COLLECTIONS.claims);
  const [activeClaims, claimedInPeriod, approved] = await Promise.all([
    countOf(claims.where({ placeIds: scopeId, status: 'active' })),
    countOf(claims.where({ placeIds: scopeId, claimedAt: _.gte(start).and(_.lt(end)) })),
    aggregateAll<{ _id: null; hours: number; logs: number }>(() =>
      db
        .collection(COLLECTIONS.serviceLogs)
        .aggregate()
        .match({ placeIds: scopeId, status: 'approved', month: _.in(months) })
        .group({ _id: null, hours: $.sum('$hours'), logs: $.sum(1) }),
    ),
  ]);
  const hours = approved[0]?.hours ?? 0;
  return {
    activeClaims,
    claimedInPeriod,
    approvedHours: Math.round(hours * 10) / 10,
    approvedLogs: approved[0]?.logs ?? 0,
  };
}
