import type { ListCursorDto, RequestState } from '../../contract/requests';
import type { User } from '../../domain/people/User';
import type { ResidentRequest } from '../../domain/requests/ResidentRequest';
import { alreadyApplied } from '../../domain/requests/access';
import type { ListScope } from '../../domain/requests/listScopes';
import { WORKING_STATES } from '../../domain/requests/requestStates';
import { applyChange, type RequestChange } from '../../domain/requests/requestChange';
import { DomainError } from '../../domain/shared/DomainError';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { conditionalUpdate } from '../../shared/conditionalUpdate';
import { findById } from '../../shared/findById';
import { readDocs } from '../../shared/readDocs';

export async function loadRequest(db: Database, requestId: string): Promise<ResidentRequest> {
  const request = await findById<ResidentRequest>(db, COLLECTIONS.requests, requestId);
  if (!request) throw new DomainError('NOT_FOUND', '没有找到这件诉求，请返回列表刷新');
  return request;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * The change as update data: object fields are replaced whole (`_.set`; the
 * SDK would otherwise merge them key by key), the ledger is only pushed to.
 */
function updateData(db: Database, change: RequestChange): Record<string, unknown> {
  const _ = db.command;
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(change.set)) {
    if (value === undefined) continue;
    data[key] = isPlainObject(value) ? _.set(value) : value;
  }
  if (change.events.length > 0) data.ledger = _.push(change.events);
  if (change.bumpsVersion) data.version = _.inc(1);
  return data;
}

/**
 * Writes a step as one conditional update, so the new state and its ledger
 * entries land together or not at all. A state change requires the version
 * the step was decided on (two handlers at once: one wins); a note only
 * requires that the request is still open and the note not yet added.
 * Returns the request as written, or null if the condition no longer held.
 */
export async function writeChange(
  db: Database,
  request: ResidentRequest,
  change: RequestChange,
  condition: Record<string, unknown> = { version: request.version },
): Promise<ResidentRequest | null> {
  if (change.events.length === 0 && Object.keys(change.set).length === 0) return request;
  const written = await conditionalUpdate(
    db.collection(COLLECTIONS.requests).where({ _id: request._id, ...condition }),
    updateData(db, change),
  );
  return written ? applyChange(request, change) : null;
}

/**
 * After a lost conditional write: if the same step (same key) went through
 * already, its result is the answer; otherwise someone else acted first.
 */
export async function afterLostWrite(db: Database, requestId: string, opId: string, fingerprint: string): Promise<ResidentRequest> {
  const current = await loadRequest(db, requestId);
  if (alreadyApplied(current, opId, fingerprint)) return current;
  throw new DomainError('CONFLICT');
}

// ---- Lists: pages read by a cursor on the sort key, counted by the index ----

/** Items a list page shows; one more is read to know whether another page follows. */
export const LIST_PAGE_SIZE = 20;

/** A condition of a query: fields, or an `_.or` / `_.and` of conditions. */
export type Where = Record<string, unknown> | ReturnType<Database['command']['or']>;
type CursorKey = ListCursorDto['key'];

/**
 * `urgency`: by deadline, most overdue first, then what has no deadline
 * (paused, awaiting a rating); `overdue`: only past their deadline;
 * `recent`: newest change first.
 */
export type ListOrder = 'urgency' | 'overdue' | 'recent';

const PHASES: Record<ListOrder, CursorKey[]> = {
  urgency: ['deadline', 'undated'],
  overdue: ['deadline'],
  recent: ['updatedAt'],
};

/** Every stored deadline is after this: `deadline >= EPOCH` is "has one", as an index range. */
const EPOCH = new Date(0);

export interface RequestPage {
  docs: ResidentRequest[];
  next: ListCursorDto | null;
}

function cursorDate(after: ListCursorDto): Date {
  if (after.at === null) throw new DomainError('INVALID_INPUT', '列表已经变了，请下拉刷新后再看');
  return new Date(after.at);
}

/** A phase's conditions (after `after` when it is this phase's cursor) and its order, which an index gives. */
function phaseQuery(db: Database, key: CursorKey, after: ListCursorDto | undefined, overdueAt: Date | null) {
  const _ = db.command;
  const where: Where[] = [];
  let sort: Array<[string, 'asc' | 'desc']>;
  if (key === 'deadline') {
    where.push({ deadline: _.gte(EPOCH) });
    if (overdueAt) where.push({ deadline: _.lt(overdueAt) });
    if (after) where.push(_.or([{ deadline: _.gt(cursorDate(after)) }, { deadline: cursorDate(after), _id: _.gt(after.id) }]));
    sort = [
      ['deadline', 'asc'],
      ['_id', 'asc'],
    ];
  } else if (key === 'undated') {
    where.push({ deadline: null });
    if (after) where.push({ _id: _.gt(after.id) });
    sort = [['_id', 'asc']];
  } else {
    if (after) where.push(_.or([{ updatedAt: _.lt(cursorDate(after)) }, { updatedAt: cursorDate(after), _id: _.lt(after.id) }]));
    sort = [
      ['updatedAt', 'desc'],
      ['_id', 'desc'],
    ];
  }
  return { where, sort };
}

function cursorOf(doc: ResidentRequest, key: CursorKey): ListCursorDto {
  const at = key === 'deadline' ? doc.deadline : key === 'updatedAt' ? doc.updatedAt : null;
  return { key, at: at ? new Date(at).toISOString() : null, id: doc._id };
}

/**
 * One page of the requests matching `base`, in `order`, after `after`: each
 * phase of the order reads from where the cursor stands (never a skip), so
 * the thousandth page costs the database what the first does.
 */
export async function readRequestPage(
  db: Database,
  base: Where[],
  order: ListOrder,
  after: ListCursorDto | undefined,
  now: Date,
): Promise<RequestPage> {
  const phases = PHASES[order];
  const start = after ? phases.indexOf(after.key) : 0;
  if (start < 0) throw new DomainError('INVALID_INPUT', '列表已经变了，请下拉刷新后再看');
  const read: Array<{ doc: ResidentRequest; key: CursorKey }> = [];
  for (let i = start; i < phases.length && read.length <= LIST_PAGE_SIZE; i++) {
    const { where, sort } = phaseQuery(db, phases[i], i === start ? after : undefined, order === 'overdue' ? now : null);
    let query = db.collection(COLLECTIONS.requests).where(db.command.and([...base, ...where]));
    for (const [field, direction] of sort) query = query.orderBy(field, direction);
    const docs = await readDocs<ResidentRequest>(query.field({ ledger: false }).limit(LIST_PAGE_SIZE + 1 - read.length));
    read.push(...docs.map((doc) => ({ doc, key: phases[i] })));
  }
  const page = read.slice(0, LIST_PAGE_SIZE);
  const last = page[page.length - 1];
  return { docs: page.map((entry) => entry.doc), next: read.length > LIST_PAGE_SIZE ? cursorOf(last.doc, last.key) : null };
}

/** How many requests match: an index count when the conditions fit one (nothing is read). */
export async function countRequests(db: Database, conditions: Where[]): Promise<number> {
  const counted = (await db.collection(COLLECTIONS.requests).where(db.command.and(conditions)).count()) as { total: number };
  return counted.total;
}

/** Conditions "past its deadline now" (only requests on the clock have one). */
export function overdueConditions(db: Database, now: Date): Where[] {
  return [{ deadline: db.command.gte(EPOCH) }, { deadline: db.command.lt(now) }];
}

/** A page of a list with how many the list holds. */
export interface CountedPage extends RequestPage {
  total: number;
}

async function countedPage(
  db: Database,
  base: Where[],
  order: ListOrder,
  after: ListCursorDto | undefined,
  now: Date,
): Promise<CountedPage> {
  const counted = order === 'overdue' ? [...base, ...overdueConditions(db, now)] : base;
  const [page, total] = await Promise.all([readRequestPage(db, base, order, after, now), countRequests(db, counted)]);
  return { ...page, total };
}

function stateCondition(db: Database, states: readonly RequestState[]): Where {
  return { state: states.length === 1 ? states[0] : db.command.in([...states]) };
}

/**
 * 我的诉求: what the person filed, what a grid member filed for the number
 * WeChat verified for them (代办, filed without an account), and what they
 * follow; open or finished, newest change first.
 */
export function pageOfMyRequests(
  db: Database,
  person: Pick<User, '_id' | 'phone'>,
  states: readonly RequestState[],
  after: ListCursorDto | undefined,
  now: Date,
): Promise<CountedPage> {
  const whose: Where[] = [{ residentId: person._id }, { followerIds: person._id }];
  if (person.phone) whose.push({ residentPhone: person.phone, residentId: null, proxy: true });
  return countedPage(db, [db.command.or(whose), stateCondition(db, states)], 'recent', after, now);
}

/** Which requests a handler's list is about: their area's scopes (or what they hold), the states, the filters. */
export interface HandlerListSpec {
  /** Any of these (an empty list: nothing to list). */
  anyOf: Where[];
  states: readonly RequestState[];
  categoryId?: string;
  gridId?: string;
}

export function scopeConditions(db: Database, scopes: ListScope[]): Where[] {
  const _ = db.command;
  return scopes.map((scope) => ({
    placeIds: scope.placeIds.length === 1 ? scope.placeIds[0] : _.in(scope.placeIds),
    level: _.in(scope.levels),
  }));
}

function handlerBase(db: Database, spec: HandlerListSpec): Where[] {
  const base = [db.command.or(spec.anyOf), stateCondition(db, spec.states)];
  if (spec.categoryId) base.push({ categoryId: spec.categoryId });
  if (spec.gridId) base.push({ gridId: spec.gridId });
  return base;
}

/** A page of a handler's or staff's list, counted; empty when the spec can match nothing. */
export function pageOfHandlerRequests(
  db: Database,
  spec: HandlerListSpec,
  order: ListOrder,
  after: ListCursorDto | undefined,
  now: Date,
): Promise<CountedPage> {
  if (spec.anyOf.length === 0 || spec.states.length === 0) return Promise.resolve({ docs: [], next: null, total: 0 });
  return countedPage(db, handlerBase(db, spec), order, after, now);
}

/** How many of what the caller holds now are past their deadline, or of their area's open ones. */
export function countOverdue(db: Database, anyOf: Where[], now: Date): Promise<number> {
  if (anyOf.length === 0) return Promise.resolve(0);
  return countRequests(db, [db.command.or(anyOf), stateCondition(db, WORKING_STATES), ...overdueConditions(db, now)]);
}

/** What a handler holds now (routing's load, the 待办 badge). */
export function countHeldBy(db: Database, handlerId: string): Promise<number> {
  return countRequests(db, [{ openHandlerId: handlerId }]);
}
