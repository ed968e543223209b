import type { NodeDuty, User } from '../../domain/people/User';
import type { PlaceRef, ResidentRequest } from '../../domain/requests/ResidentRequest';
import type { EscalationContext } from '../../domain/requests/escalateRequest';
import type { Cadre } from '../../domain/requests/routeRequest';
import type { StaffMember } from '../../domain/requests/staffToAlert';
import { sweepRequest } from '../../domain/requests/sweepRequest';
import type { WorkCalendar } from '../../domain/calendar/workCalendar';
import { getDatabase, type Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { readDocs } from '../../shared/readDocs';
import { sendNotices } from '../../shared/requests/notify';
import { writeChange } from '../../shared/requests/requestStore';
import { loadCalendar } from '../../shared/workCalendarStore';
import { placesByIds } from './support/store';
import { isPlanDue, type Planner } from '../../domain/requests/planSteps';
import { loadPlanners } from './support/planStore';

/** Requests read per page; each page is one indexed read of due requests only. */
export const SWEEP_PAGE = 100;
/** Writes in flight at once within a page. */
const PARALLEL_WRITES = 8;
/** Stop well inside the function's 60 s timeout; the next run continues. */
const TIME_BUDGET_MS = 45_000;

export interface SweepStats {
  pages: number;
  /** Due requests read (past the deadline, or resolved 7 days without a rating). */
  due: number;
  escalated: number;
  supervised: number;
  closed: number;
  /** 纳入规划 whose date came, reopened for follow-up. */
  plansReopened: number;
  /** Changed by someone in the meantime: left for the next run. */
  conflicts: number;
  /** Documents this run read: due requests, the people of their places, the calendar. */
  docsRead: number;
  messages: number;
  finished: boolean;
}

type Person = Pick<User, '_id' | 'name' | 'roles' | 'staffScopeId'> & { nodeDuties: NodeDuty[] };

/** The cadres and staff of the villages, townships and counties of a page of requests: one read. */
async function loadPeople(db: Database, page: ResidentRequest[]): Promise<Person[]> {
  const _ = db.command;
  const levelNodes = [...new Set(page.flatMap((r) => [r.villageId, r.townshipId, r.placeIds[0]]))];
  const places = [...new Set(page.flatMap((r) => r.placeIds))];
  return readDocs<Person>(
    db
      .collection(COLLECTIONS.users)
      .where(_.or([{ 'nodeDuties.nodeId': _.in(levelNodes) }, { staffScopeId: _.in(places) }]))
      .field({ _id: true, name: true, roles: true, staffScopeId: true, nodeDuties: true })
      .limit(1000),
  );
}

/**
 * The counties a page's township-level requests would go up to, by id (their
 * names are not on the request): one read of a node or two, none when
 * nothing in the page is at the township.
 */
async function loadCounties(db: Database, page: ResidentRequest[]): Promise<Map<string, PlaceRef>> {
  const ids = [...new Set(page.filter((r) => r.level === 'township').map((r) => r.placeIds[0]))];
  const nodes = await placesByIds(db, ids);
  return new Map(nodes.map((node) => [node._id, { id: node._id, name: node.name }]));
}

function escalationContext(request: ResidentRequest, people: Person[], counties: Map<string, PlaceRef>): EscalationContext {
  const countyId = request.placeIds[0];
  const levelNodes = new Set([request.villageId, request.townshipId, countyId]);
  const cadres: Cadre[] = people.flatMap((person) =>
    person.nodeDuties
      .filter((duty) => levelNodes.has(duty.nodeId))
      .map((duty) => ({
        id: person._id,
        name: person.name,
        nodeId: duty.nodeId,
        title: duty.title,
        firstResponsible: duty.firstResponsible,
      })),
  );
  return {
    village: { id: request.villageId, name: request.villageName },
    township: { id: request.townshipId, name: request.townshipName },
    // At the county already, its node is the request's own.
    county: counties.get(countyId) ?? (request.level === 'county' ? request.levelNode : { id: countyId, name: '县里' }),
    cadres,
    openCounts: {},
  };
}

/** Who made the plans of this page that have come due, read fresh (one read; none when no plan is due). */
async function duePlanners(db: Database, page: ResidentRequest[], now: Date): Promise<Map<string, Planner>> {
  const ids = page.filter((r) => isPlanDue(r, now)).flatMap((r) => (r.plan?.by.id ? [r.plan.by.id] : []));
  const planners = await loadPlanners(db, [...new Set(ids)]);
  return new Map(planners.map((p) => [p._id, p]));
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}

async function sweepOne(
  db: Database,
  request: ResidentRequest,
  now: Date,
  people: Person[],
  counties: Map<string, PlaceRef>,
  calendar: WorkCalendar,
  stats: SweepStats,
  planners: Map<string, Planner>,
): Promise<void> {
  const planner = request.plan?.by.id ? (planners.get(request.plan.by.id) ?? null) : null;
  const change = sweepRequest(request, now, escalationContext(request, people, counties), calendar, planner);
  const written = await writeChange(db, request, change);
  if (!written) {
    stats.conflicts += 1;
    return;
  }
  const kind = change.events[0]?.kind;
  if (kind === 'escalated') stats.escalated += 1;
  else if (kind === 'supervised') stats.supervised += 1;
  else if (kind === 'closed') stats.closed += 1;
  else if (kind === 'planDue') stats.plansReopened += 1;
  const staff: StaffMember[] = people.map((p) => ({ id: p._id, roles: p.roles, scopeId: p.staffScopeId }));
  const sent = await sendNotices(db, change.notices, written, now, { staff });
  stats.messages += sent;
}

/**
 * The timer: every request whose `sweepAt` has come, found through the index
 * on `sweepAt` (never a scan), page by page. Past its deadline it goes one
 * level up with a new handler and deadline (the handler and the resident are
 * told), the township's to the county; at the county, where there is nothing
 * above, and with a department, staff are alerted to supervise. Resolved 7
 * days without a rating, it closes itself. A plan (纳入规划) whose date has
 * come reopens for follow-up with its planner. The cost
 * grows with what is due, not with how many requests there are.
 */
export async function sweepDue(db: Database = getDatabase(), now: Date = new Date()): Promise<SweepStats> {
  const started = Date.now();
  const _ = db.command;
  const stats: SweepStats = {
    pages: 0,
    due: 0,
    escalated: 0,
    supervised: 0,
    closed: 0,
    plansReopened: 0,
    conflicts: 0,
    docsRead: 0,
    messages: 0,
    finished: false,
  };
  const calendar = await loadCalendar(db);
  stats.docsRead += 1;
  const seen = new Set<string>();
  while (Date.now() - started < TIME_BUDGET_MS) {
    const page = await readDocs<ResidentRequest>(
      db
        .collection(COLLECTIONS.requests)
        .where({ sweepAt: _.lte(now) })
        .orderBy('sweepAt', 'asc')
        .field({ ledger: false })
        .limit(SWEEP_PAGE),
    );
    stats.docsRead += page.length;
    // Only appended to, so the ledger is not read: each write pushes its entries.
    const fresh = page.filter((r) => !seen.has(r._id)).map((r) => ({ ...r, ledger: [] }));
    if (fresh.length === 0) {
      stats.finished = true;
      break;
    }
    fresh.forEach((r) => seen.add(r._id));
    stats.pages += 1;
    stats.due += fresh.length;
    const [people, counties, planners] = await Promise.all([loadPeople(db, fresh), loadCounties(db, fresh), duePlanners(db, fresh, now)]);
    stats.docsRead += people.length + counties.size + planners.size;
    await inParallel(fresh, PARALLEL_WRITES, (request) => sweepOne(db, request, now, people, counties, calendar, stats, planners));
    if (page.length < SWEEP_PAGE) {
      stats.finished = true;
      break;
    }
  }
  console.log(`[requests.sweep] ${JSON.stringify(stats)}`);
  return stats;
}
