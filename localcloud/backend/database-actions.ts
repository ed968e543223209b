import { setTimeout as sleep } from 'node:timers/promises';
import { CloudError } from '../errors';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../store/documents';
import { QueryCost, SortSpec } from '../store/query';
import { LOCK_WAIT_MS, TransactionLockWait } from '../store/transactions';
import { isPlainObject } from '../store/values';
import { ActionResult, AdminContext } from './context';
import { decodeObject, decodeWire, encodeDoc } from './wire';

type Body = Record<string, unknown>;
type Handler = (body: Body, ctx: AdminContext) => ActionResult | Promise<ActionResult>;

/**
 * How long a transaction's answer is held back: a second operation sent
 * before the caller had the first one's answer (Promise.all inside a
 * transaction) then arrives while the first is still in flight, and is
 * refused. Requests sent together arrive a few ms apart on a busy machine.
 */
export const OPERATION_IN_FLIGHT_MS = 5;

function collectionName(body: Body): string {
  const name = body.collectionName;
  if (typeof name !== 'string' || !name) throw new CloudError('INVALID_PARAM', 'collectionName is required');
  return name;
}

function txId(body: Body): string | undefined {
  return typeof body.transactionId === 'string' && body.transactionId ? body.transactionId : undefined;
}

/**
 * Runs one action: inside a transaction, as one of its operations (one at a
 * time); outside, as a plain write that waits while a transaction holds a lock
 * on a document it touches, and fails after LOCK_WAIT_MS.
 */
async function run<T>(body: Body, ctx: AdminContext, action: () => T): Promise<T> {
  const id = txId(body);
  const documents = ctx.store.documents;
  if (id) {
    documents.enterOperation(id, ctx.arrivedAt);
    try {
      return action();
    } finally {
      await sleep(OPERATION_IN_FLIGHT_MS);
      documents.leaveOperation(id);
    }
  }
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      return action();
    } catch (err) {
      if (!(err instanceof TransactionLockWait)) throw err;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new CloudError(
          'DATABASE_TRANSACTION_CONFLICT',
          `write conflict: a document this write touches stayed locked by a transaction for ${LOCK_WAIT_MS / 1000} s`,
        );
      }
      await documents.waitForTransactions(err.holders, left);
    }
  }
}

/**
 * Runs a database action with a cost meter and counts what it examined and
 * returned on the invocation that sent it (X-Db-Examined, X-Db-Returned).
 * A plain write that waited for a lock and ran again counts each attempt.
 */
async function metered(
  action: string,
  body: Body,
  ctx: AdminContext,
  work: (cost: QueryCost) => ActionResult | Promise<ActionResult>,
): Promise<ActionResult> {
  const cost: QueryCost = { examined: 0, returned: 0 };
  const result = await work(cost);
  ctx.invocation?.countDbCost({
    action,
    collection: typeof body.collectionName === 'string' ? body.collectionName : '',
    examined: cost.examined,
    returned: cost.returned,
    plan: cost.plan ?? '',
  });
  return result;
}

/** A where() query inside a transaction is refused (and the transaction aborted). */
function requireDocQuery(body: Body, ctx: AdminContext, what: string): void {
  const id = txId(body);
  if (id && body.queryType !== 'DOC') throw ctx.store.documents.refuseInTransaction(id, what);
}

function nonNegativeInt(value: unknown, fallback: number): number {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback;
}

function sortSpec(body: Body, ctx: AdminContext): SortSpec | undefined {
  const order = decodeWire(body.order, () => ctx.clock.now());
  if (order === undefined) return undefined;
  if (!isPlainObject(order)) throw new CloudError('INVALID_PARAM', 'order must be an object');
  const out: SortSpec = {};
  for (const [field, dir] of Object.entries(order)) out[field] = dir === -1 || dir === 'desc' ? -1 : 1;
  return Object.keys(out).length ? out : undefined;
}

const getDocument: Handler = (body, ctx) =>
  metered('get', body, ctx, async (cost) => {
    requireDocQuery(body, ctx, 'a where() query');
    const now = () => ctx.clock.now();
    const requested = nonNegativeInt(body.limit, 0);
    // The server returns 100 by default and never more than 1,000.
    const limit = requested === 0 ? DEFAULT_LIMIT : Math.min(requested, MAX_LIMIT);
    const offset = nonNegativeInt(body.offset, 0);
    const projection = decodeWire(body.projection, now);
    const query = decodeObject(body.query, now, 'query');
    const options = {
      sort: sortSpec(body, ctx),
      skip: offset,
      limit,
      projection: isPlainObject(projection) && Object.keys(projection).length ? projection : undefined,
    };
    const docs = await run(body, ctx, () => ctx.store.documents.find(collectionName(body), query, options, txId(body), cost));
    return { data: { list: docs.map(encodeDoc), limit, offset } };
  });

const calculateDocument: Handler = (body, ctx) =>
  metered('count', body, ctx, (cost) => {
    const total = ctx.store.documents.count(
      collectionName(body),
      decodeObject(body.query, () => ctx.clock.now(), 'query'),
      txId(body),
      cost,
    );
    return { data: { total } };
  });

const insertDocument: Handler = (body, ctx) =>
  metered('add', body, ctx, async (cost) => {
    const raw = Array.isArray(body.data) ? body.data : [body.data];
    const docs = raw.map((d) => decodeObject(d, () => ctx.clock.now(), 'document'));
    const ids = await run(body, ctx, () => ctx.store.documents.insert(collectionName(body), docs, txId(body)));
    cost.plan = 'INSERT';
    return { data: { insertedIds: ids } };
  });

const modifyDocument: Handler = (body, ctx) =>
  metered('update', body, ctx, async (cost) => {
    requireDocQuery(body, ctx, 'a where() update');
    const now = () => ctx.clock.now();
    const query = decodeObject(body.query, now, 'query');
    const data = decodeObject(body.data, now, 'data');
    const options = { multi: body.multi === true, replace: body.merge === false, upsert: body.upsert === true };
    const result = await run(body, ctx, () => ctx.store.documents.update(collectionName(body), query, data, options, txId(body), cost));
    return { data: { updated: result.updated, matched: result.matched, upsert_id: result.upsertedId } };
  });

const removeDocument: Handler = (body, ctx) =>
  metered('remove', body, ctx, async (cost) => {
    requireDocQuery(body, ctx, 'a where() remove');
    const query = decodeObject(body.query, () => ctx.clock.now(), 'query');
    const deleted = await run(body, ctx, () =>
      ctx.store.documents.remove(collectionName(body), query, body.multi === true, txId(body), cost),
    );
    return { data: { deleted } };
  });

const aggregateDocuments: Handler = (body, ctx) =>
  metered('aggregate', body, ctx, (cost) => {
    const stages = Array.isArray(body.stages) ? body.stages : [];
    const pipeline = stages.map((stage: unknown) => {
      if (!isPlainObject(stage) || typeof stage.stageKey !== 'string') throw new CloudError('INVALID_PARAM', 'invalid aggregate stage');
      return { [stage.stageKey]: decodeWire(stage.stageValue, () => ctx.clock.now()) };
    });
    const list = ctx.store.documents.aggregate(collectionName(body), pipeline, cost);
    return { data: { list: list.map(encodeDoc) } };
  });

const addCollection: Handler = (body, ctx) => {
  ctx.store.documents.createCollection(collectionName(body));
  return { data: {} };
};

const startTransaction: Handler = (_body, ctx) => ({ transactionId: ctx.store.documents.beginTransaction(ctx.credential) });

const commitTransaction: Handler = (body, ctx) => {
  const id = txId(body);
  if (!id) throw new CloudError('INVALID_PARAM', 'transactionId is required');
  ctx.store.documents.commitTransaction(id, ctx.arrivedAt);
  return { data: {} };
};

const abortTransaction: Handler = (body, ctx) => {
  const id = txId(body);
  if (!id) throw new CloudError('INVALID_PARAM', 'transactionId is required');
  ctx.store.documents.abortTransaction(id);
  return { data: {} };
};

/**
 * The database actions wx-server-sdk sends. Not `database.modifyAndReturnDoc`:
 * only @cloudbase's `updateAndReturn()` sends it, which wx-server-sdk's
 * query and document classes do not have (a function calling it gets a
 * TypeError), so the local cloud refuses it as it does any unknown action.
 */
export const databaseActions: Record<string, Handler> = {
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.insertDocument': insertDocument,
  'database.modifyDocument': modifyDocument,
  'database.removeDocument': removeDocument,
  'database.aggregateDocuments': aggregateDocuments,
  'database.addCollection': addCollection,
  'database.startTransaction': startTransaction,
  'database.commitTransaction': commitTransaction,
  'database.abortTransaction': abortTransaction,
};
