import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { LedgerRange } from '../../../domain/ledger/ledgerRange';
import type { ServiceLogNames } from '../../../domain/ledger/serviceLogSheet';
import type { PartyMember } from '../../../domain/posts/PartyMember';
import type { ServiceLog } from '../../../domain/posts/ServiceLog';
import type { ServicePost } from '../../../domain/posts/ServicePost';
import type { ResidentRequest } from '../../../domain/requests/ResidentRequest';
import { assembleSession, type DateBookings, type DateDocument } from '../../../domain/servicedays/dateLayout';
import type { ServiceSession } from '../../../domain/servicedays/ServiceSession';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { readAllPages } from '../../../shared/readAllPages';
import { loadByIds } from '../../../shared/loadByIds';
import { requireLedgerSize } from '../../../domain/ledger/requireLedgerSize';

export interface LedgerRecords {
  requests: ResidentRequest[];
  sessions: ServiceSession[];
  logs: ServiceLog[];
  names: ServiceLogNames;
}

/**
 * What the ledger of a place holds for a range: requests filed in it (with
 * their whole timelines, whatever happened to them since), the service-day
 * dates held there or below, and the service logged for its grids, each
 * read in pages through its place index.
 */
export async function loadLedgerRecords(db: Database, place: JurisdictionNode, range: LedgerRange): Promise<LedgerRecords> {
  const _ = db.command;
  const filed = { placeIds: place._id, createdAt: _.gte(range.start).and(_.lt(range.end)) };
  // Counted first (one action), so an export too large to write in time is refused before reading it.
  const counted = (await db.collection(COLLECTIONS.requests).where(filed).count()) as { total: number };
  requireLedgerSize(counted.total);
  // Requests and logs page in the order of their index (place, time, `_id`): each page reads only what it returns.
  const dated = { scopeIds: place._id, date: _.gte(range.from).and(_.lte(range.to)) };
  const [requests, dates, bookings, logs] = await Promise.all([
    readAllPages<ResidentRequest>(db, COLLECTIONS.requests, filed, { orderBy: 'createdAt' }),
    readAllPages<DateDocument & { bookings?: ServiceSession['bookings'] }>(db, COLLECTIONS.serviceSessions, dated),
    readAllPages<DateBookings>(db, COLLECTIONS.serviceBookings, dated),
    readAllPages<ServiceLog>(
      db,
      COLLECTIONS.serviceLogs,
      { placeIds: place._id, date: _.gte(range.from).and(_.lte(range.to)) },
      { orderBy: 'date' },
    ),
  ]);
  const [members, posts, grids] = await Promise.all([
    loadByIds<PartyMember>(
      db,
      COLLECTIONS.partyMembers,
      logs.map((log) => log.memberId),
    ),
    loadByIds<ServicePost>(
      db,
      COLLECTIONS.servicePosts,
      logs.map((log) => log.postId),
    ),
    loadByIds<JurisdictionNode>(
      db,
      COLLECTIONS.nodes,
      logs.map((log) => log.gridId),
    ),
  ]);
  const sessions = dates.map((date) => withBookings(date, bookings));
  requests.sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime());
  sessions.sort((a, b) => a.date.localeCompare(b.date) || a._id.localeCompare(b._id));
  logs.sort((a, b) => a.date.localeCompare(b.date) || new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime());
  return {
    requests,
    sessions,
    logs,
    names: {
      member: (id) => members.get(id)?.name ?? '',
      post: (id) => posts.get(id)?.title ?? '',
      place: (id) => grids.get(id)?.name ?? '',
    },
  };
}

/** A date with its bookings: their own documents, or (a date not yet moved out of the first layout) inside it. */
function withBookings(date: DateDocument & { bookings?: ServiceSession['bookings'] }, bookings: DateBookings[]): ServiceSession {
  if (Array.isArray(date.bookings)) return date as ServiceSession;
  return assembleSession(
    date,
    [],
    bookings.filter((b) => b.sessionId === date._id),
  );
}
