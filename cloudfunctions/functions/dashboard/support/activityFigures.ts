import type { DashboardDto } from '../../../contract/dashboard';
import type { BookingStatus } from '../../../domain/servicedays/ServiceSession';
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
  const [count, legacy, current] = await Promise.all([
    countOf(sessions.where(inPeriod)),
    // Dates not yet moved out of the first layout hold their bookings inside them.
    aggregateAll<{ _id: BookingStatus; n: number }>(() =>
      sessions
        .aggregate()
        .match({ ...inPeriod, bookings: _.exists(true) })
        .project({ bookings: 1 })
        .unwind('$bookings')
        .group({ _id: '$bookings.status', n: $.sum(1) }),
    ),
    aggregateAll<{ _id: BookingStatus; n: number }>(() =>
      db
        .collection(COLLECTIONS.serviceBookings)
        .aggregate()
        .match(inPeriod)
        .project({ records: 1 })
        .unwind('$records')
        .group({ _id: '$records.status', n: $.sum(1) }),
    ),
  ]);
  const byStatus = [...legacy, ...current];
  const n = (status: BookingStatus) => byStatus.filter((row) => row._id === status).reduce((sum, row) => sum + row.n, 0);
  const all = byStatus.reduce((sum, row) => sum + row.n, 0);
  return { sessions: count, bookings: all - n('cancelled'), checkedIn: n('checkedIn'), noShows: n('noShow') };
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
