import type { DashboardDto } from '../../contract/dashboard';
import { monthBounds } from '../../domain/dashboard/chinaMonth';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { aggregateList, countOf } from '../../shared/dbResults';

/**
 * Service-day bookings and no-shows on the dates of the period, in the
 * subtree: the dates are counted from the index, the bookings grouped by
 * status in one aggregate (no booking list leaves the database).
 */
export async function serviceDayFigures(db: Database, scopeId: string, months: string[]): Promise<DashboardDto['serviceDays']> {
  const _ = db.command;
  const $ = _.aggregate;
  const sessions = db.collection(COLLECTIONS.serviceSessions);
  const onDates = { scopeIds: scopeId, date: _.gte(`${months[0]}-01`).and(_.lte(`${months[months.length - 1]}-31`)) };
  const [dates, byStatus] = await Promise.all([
    countOf(sessions.where(onDates)),
    aggregateList<{ _id: string; n: number }>(
      sessions
        .aggregate()
        .match(onDates)
        .project({ _id: 0, bookings: 1 })
        .unwind('$bookings')
        .group({ _id: '$bookings.status', n: $.sum(1) })
        .limit(20),
    ),
  ]);
  const count = (status: string) => byStatus.find((row) => row._id === status)?.n ?? 0;
  return {
    sessions: dates,
    bookings: byStatus.filter((row) => row._id !== 'cancelled').reduce((sum, row) => sum + row.n, 0),
    checkedIn: count('checkedIn'),
    noShows: count('noShow'),
  };
}

/**
 * Posts claimed (now, and in the period) and approved service hours of the
 * period, in the subtree: two counts from the indexes and one sum.
 */
export async function postFigures(db: Database, scopeId: string, months: string[]): Promise<DashboardDto['posts']> {
  const _ = db.command;
  const $ = _.aggregate;
  const { start } = monthBounds(months[0]);
  const { end } = monthBounds(months[months.length - 1]);
  const claims = db.collection(COLLECTIONS.claims);
  const [activeClaims, claimedInPeriod, [hours]] = await Promise.all([
    countOf(claims.where({ placeIds: scopeId, status: 'active' })),
    countOf(claims.where({ placeIds: scopeId, claimedAt: _.gte(start).and(_.lt(end)) })),
    aggregateList<{ hours: number; logs: number }>(
      db
        .collection(COLLECTIONS.serviceLogs)
        .aggregate()
        .match({ placeIds: scopeId, status: 'approved', month: _.in(months) })
        .group({ _id: null, hours: $.sum('$hours'), logs: $.sum(1) })
        .limit(1),
    ),
  ]);
  return {
    activeClaims,
    claimedInPeriod,
    approvedHours: Math.round((hours?.hours ?? 0) * 10) / 10,
    approvedLogs: hours?.logs ?? 0,
  };
}
