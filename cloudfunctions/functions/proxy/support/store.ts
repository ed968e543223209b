import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { User } from '../../../domain/people/User';
import { isIn } from '../../../domain/people/audiences';
import type { ProxyCase } from '../../../domain/proxy/ProxyCase';
import type { ProxyItem } from '../../../domain/proxy/ProxyItem';
import type { CaseAgent } from '../../../domain/proxy/reassignCase';
import { addOnce } from '../../../shared/addOnce';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { conditionalUpdate } from '../../../shared/conditionalUpdate';
import { countOf } from '../../../shared/dbResults';
import { findById } from '../../../shared/findById';
import { readAllPages } from '../../../shared/readAllPages';
import { readDocs } from '../../../shared/readDocs';

/**
 * Every read and write of 代理代办, named by what it is for. A case is
 * written on the version read (two steps at once: one wins) and its timeline
 * only grows.
 */

/** A catalogue is tens of items; more is a mistake the editor would show. */
const MAX_ITEMS = 200;
/** How many cases a list shows at a time. */
export const CASE_PAGE_SIZE = 20;
/** A resident's own cases shown (newest first): a person has a few a year. */
const RESIDENT_CASES_SHOWN = 50;

export function findItem(db: Database, id: string): Promise<ProxyItem | null> {
  return findById<ProxyItem>(db, COLLECTIONS.proxyItems, id);
}

/** The whole catalogue in its order, without the edit history. */
export function catalogueItems(db: Database): Promise<ProxyItem[]> {
  return readDocs<ProxyItem>(
    db.collection(COLLECTIONS.proxyItems).where({}).orderBy('order', 'asc').field({ history: false }).limit(MAX_ITEMS),
  );
}

/** Adds an item by its own id (one derived from the phone's key); false when it exists already (a resend, or a racing one). */
export function addItemOnce(db: Database, item: ProxyItem): Promise<boolean> {
  return addOnce(db, COLLECTIONS.proxyItems, item);
}

/** The next version of an item, written only over the version it was made from. */
export function replaceItem(db: Database, before: ProxyItem, after: ProxyItem): Promise<boolean> {
  const _ = db.command;
  const { _id: _unused, history, ...fields } = after;
  const data: Record<string, unknown> = {
    ...fields,
    materials: _.set(fields.materials),
    office: _.set(fields.office),
    stageDays: _.set(fields.stageDays),
    ...(fields.lastEdit ? { lastEdit: _.set(fields.lastEdit) } : {}),
  };
  data.history = _.push(history.slice(before.history.length));
  return conditionalUpdate(db.collection(COLLECTIONS.proxyItems).where({ _id: before._id, version: before.version }), data);
}

export function findCase(db: Database, id: string): Promise<ProxyCase | null> {
  return findById<ProxyCase>(db, COLLECTIONS.proxyCases, id);
}

/** A new case under its id (derived from agent and key): false when it exists already (a retry). */
export function addCase(db: Database, proxyCase: ProxyCase): Promise<boolean> {
  return addOnce(db, COLLECTIONS.proxyCases, proxyCase);
}

/** A step: the fields it changed set whole, its entries appended, on the version the step was decided on. */
export function writeCaseStep(db: Database, before: ProxyCase, after: ProxyCase): Promise<boolean> {
  const _ = db.command;
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (key === '_id' || key === 'timeline') continue;
    if (value === (before as unknown as Record<string, unknown>)[key]) continue;
    // Objects and arrays are replaced whole (the SDK would merge objects key by key).
    data[key] = value !== null && typeof value === 'object' && !(value instanceof Date) ? _.set(value) : value;
  }
  data.timeline = _.push(after.timeline.slice(before.timeline.length));
  return conditionalUpdate(db.collection(COLLECTIONS.proxyCases).where({ _id: before._id, version: before.version }), data);
}

/**
 * Everyone who might serve a case's grid: those with a duty on it and staff
 * scoped anywhere on its place chain (as requests' 改派 options read them).
 * One read; the domain decides who of them qualifies.
 */
export function caseAssignees(db: Database, proxyCase: Pick<ProxyCase, 'gridId' | 'placeIds'>): Promise<CaseAgent[]> {
  const _ = db.command;
  const who = _.or([{ 'gridDuties.gridId': proxyCase.gridId }, { staffScopeId: _.in(proxyCase.placeIds) }]);
  return readAllPages<CaseAgent>(db, COLLECTIONS.users, who, { fields: { name: true, roles: true, gridDuties: true, staffScopeId: true } });
}

/** The person a case is to be handed to (改派), as the domain judges them. */
export function findAgent(db: Database, id: string): Promise<CaseAgent | null> {
  return findById<CaseAgent>(db, COLLECTIONS.users, id);
}

/** A resident's cases: opened for their account, or for the number WeChat verified for them. Newest first. */
export async function residentCases(db: Database, residentId: string, phone: string): Promise<ProxyCase[]> {
  const read = (where: object) =>
    readDocs<ProxyCase>(
      db
        .collection(COLLECTIONS.proxyCases)
        .where(where)
        .orderBy('updatedAt', 'desc')
        .field({ timeline: false })
        .limit(RESIDENT_CASES_SHOWN),
    );
  const [byId, byPhone] = await Promise.all([read({ residentId }), phone ? read({ residentPhone: phone }) : Promise.resolve([])]);
  const unique = new Map([...byId, ...byPhone].map((doc) => [doc._id, doc]));
  return [...unique.values()].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime()).slice(0, RESIDENT_CASES_SHOWN);
}

/**
 * A page of an agent's cases: open ones by deadline (soonest first), finished
 * ones newest first, after a cursor on that key and `_id` (never a skip), and
 * how many there are (an index count).
 */
export async function agentCasePage(
  db: Database,
  agentId: string,
  view: 'open' | 'done',
  after: { at: Date; id: string } | undefined,
): Promise<{ docs: ProxyCase[]; total: number; more: boolean }> {
  const _ = db.command;
  const base = { agentId, open: view === 'open' };
  const key = view === 'open' ? 'deadline' : 'updatedAt';
  const beyond = view === 'open' ? _.gt : _.lt;
  const where = after ? _.and([base, _.or([{ [key]: beyond(after.at) }, { [key]: after.at, _id: beyond(after.id) }])]) : base;
  const direction = view === 'open' ? 'asc' : 'desc';
  const [read, total] = await Promise.all([
    readDocs<ProxyCase>(
      db
        .collection(COLLECTIONS.proxyCases)
        .where(where)
        .orderBy(key, direction)
        .orderBy('_id', direction)
        .field({ timeline: false })
        .limit(CASE_PAGE_SIZE + 1),
    ),
    countOf(db.collection(COLLECTIONS.proxyCases).where(base)),
  ]);
  return { docs: read.slice(0, CASE_PAGE_SIZE), total, more: read.length > CASE_PAGE_SIZE };
}

/** What a list row and the stuck rule read of a case (`caseSummary`, `domain/proxy/stuckCases.ts`): no timeline, no photos. */
export type CaseRow = Pick<
  ProxyCase,
  | '_id'
  | 'code'
  | 'agentId'
  | 'agentName'
  | 'gridId'
  | 'placeIds'
  | 'stage'
  | 'open'
  | 'deadline'
  | 'rating'
  | 'updatedAt'
  | 'agentUnreached'
  | 'reassignedAt'
> & { item: Pick<ProxyCase['item'], 'name'>; resident: Pick<ProxyCase['resident'], 'name'> };

const CASE_ROW_FIELDS: Record<string, true> = {
  code: true,
  agentId: true,
  agentName: true,
  gridId: true,
  placeIds: true,
  stage: true,
  open: true,
  deadline: true,
  rating: true,
  updatedAt: true,
  agentUnreached: true,
  reassignedAt: true,
  'item.name': true,
  'resident.name': true,
};

/**
 * Every open case of a place's subtree, soonest deadline first, in pages
 * through the `placeIds + open + deadline + _id` index (each page reads only
 * what it returns): what the stuck list judges. Open cases are the few in
 * hand (a county hands back thousands a year, each within days or weeks).
 */
export function openCasesOf(db: Database, placeId: string): Promise<CaseRow[]> {
  return readAllPages<CaseRow>(
    db,
    COLLECTIONS.proxyCases,
    { placeIds: placeId, open: true },
    { orderBy: 'deadline', fields: CASE_ROW_FIELDS },
  );
}

/** How many ids one `_.in` names: a read of each chunk, however many agents hold cases. */
const IDS_PER_READ = 1000;

/** The people holding these cases, as the stuck rule judges them (someone removed is simply not found). */
export async function agentsByIds(db: Database, ids: readonly string[]): Promise<Map<string, CaseAgent>> {
  const _ = db.command;
  const unique = [...new Set(ids)].sort();
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += IDS_PER_READ) chunks.push(unique.slice(i, i + IDS_PER_READ));
  const fields = { name: true, roles: true, gridDuties: true, staffScopeId: true } as const;
  const read = await Promise.all(chunks.map((chunk) => readAllPages<CaseAgent>(db, COLLECTIONS.users, { _id: _.in(chunk) }, { fields })));
  return new Map(read.flat().map((person) => [person._id, person]));
}

/** How many grids the opening form offers staff (a village has a few tens; a county's staff pick from the first ones). */
const GRIDS_OFFERED = 50;

/** The grids an agent may open cases in: a grid member's own, and for staff the grids of their jurisdiction. */
export async function agentGrids(db: Database, caller: User): Promise<Array<Pick<JurisdictionNode, '_id' | 'name'>>> {
  const _ = db.command;
  const own = isIn(caller, 'gridMembers') ? [...new Set(caller.gridDuties.map((duty) => duty.gridId))] : [];
  const reads: Array<Promise<JurisdictionNode[]>> = [];
  if (own.length > 0)
    reads.push(
      readDocs<JurisdictionNode>(
        db
          .collection(COLLECTIONS.nodes)
          .where({ _id: _.in(own) })
          .limit(100),
      ),
    );
  if (isIn(caller, 'staff') && caller.staffScopeId) {
    reads.push(
      readDocs<JurisdictionNode>(
        db
          .collection(COLLECTIONS.nodes)
          .where({ ancestorIds: caller.staffScopeId, level: 'grid' })
          .orderBy('_id', 'asc')
          .limit(GRIDS_OFFERED),
      ),
    );
  }
  const found = new Map((await Promise.all(reads)).flat().map((node) => [node._id, { _id: node._id, name: node.name }]));
  return [...found.values()];
}
