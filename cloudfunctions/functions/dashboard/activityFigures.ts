import type { DashboardDto } from '../../contract/dashboard';
import type { Claim } from '../../domain/posts/Claim';
import type { ServiceLog } from '../../domain/posts/ServiceLog';
import type { ServiceSession } from '../../domain/servicedays/ServiceSession';
import { monthBounds } from '../../domain/dashboard/chinaMonth';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { readDocs } from '../../shared/readDocs';

const PAGE = 1000;

async function readAll<T>(query: { skip(n: number): { limit(n: number): { get(): unknown } } }): Promise<T[]> {
  const all: T[] = [];
  for (let page = 0; ; page += 1) {
    const batch = await readDocs<T>(query.skip(page * PAGE).limit(PAGE));
    all.push(...batch);
    if (batch.length < PAGE) return all;
  }
}

/** Service-day bookings and no-shows on the dates of the period, in the subtree. */
export async function serviceDayFigures(db: Database, scopeId: string, months: string[]): Promise<DashboardDto['serviceDays']> {
  const _ = db.command;
  const sessions = await readAll<Pick<ServiceSession, 'bookings'>>(
    db
      .collection(COLLECTIONS.serviceSessions)
      .where({ scopeIds: scopeId, date: _.gte(`${months[0]}-01`).and(_.lte(`${months[months.length - 1]}-31`)) })
      .field({ bookings: true })
      .orderBy('_id', 'asc'),
  );
  const bookings = sessions.flatMap((s) => s.bookings).filter((b) => b.status !== 'cancelled');
  return {
    sessions: sessions.length,
    bookings: bookings.length,
    checkedIn: bookings.filter((b) => b.status === 'checkedIn').length,
    noShows: bookings.filter((b) => b.status === 'noShow').length,
  };
}

/** Posts claimed (now, and in the period) and approved service hours of the period, in the subtree. */
export async function postFigures(db: Database, scopeId: string, months: string[]): Promise<DashboardDto['posts']> {
  const _ = db.command;
  const { start } = monthBounds(months[0]);
  const { end } = monthBounds(months[months.length - 1]);
  const claims = await readAll<Pick<Claim, 'status' | 'claimedAt'>>(
    db.collection(COLLECTIONS.claims).where({ placeIds: scopeId }).field({ status: true, claimedAt: true }).orderBy('_id', 'asc'),
  );
  const logs = await readAll<Pick<ServiceLog, 'hours'>>(
    db
      .collection(COLLECTIONS.serviceLogs)
      .where({ placeIds: scopeId, status: 'approved', month: _.in(months) })
      .field({ hours: true })
      .orderBy('_id', 'asc'),
  );
  return {
    activeClaims: claims.filter((c) => c.status === 'active').length,
    claimedInPeriod: claims.filter((c) => c.claimedAt >= start && c.claimedAt < end).length,
    approvedHours: Math.round(logs.reduce((sum, log) => sum + log.hours, 0) * 10) / 10,
    approvedLogs: logs.length,
  };
}
