import { calculateObjectSize } from 'bson';
import { Aggregator } from 'mingo';
// Registers every aggregation stage and expression operator ($group, $lookup, ...).
import 'mingo/init/system';
import { CloudError, collectionNotExist } from '../errors';
import { Collection, DocChange } from './collection';
import { eqKey, FieldIndex, IndexScalar, isIndexScalar } from './field-index';
import { MISSING, valuesAtPath } from './paths';
import { SqliteDb, Statement } from './sqlite';
import { countDocs, findDocs, FindOptions, Match, matchDocs, Overlay, QueryCost } from './query';
import {
  MAX_TRANSACTION_OPERATIONS,
  Transaction,
  TransactionLockWait,
  TransactionRegistry,
  TransactionStats,
  writeConflict,
} from './transactions';
import { applyUpdate, replaceDoc, upsertSeed } from './update';
import { fromEJSON, toCanonicalEJSON } from './ejson';
import { cloneValue, Doc, idKey, isPlainObject, newDocId } from './values';
import { newQuery, refuseRangeAgainstNullIn } from './mingo-query';
import { MONGO_OPERATORS } from './mongo-operators';
import { compileProjection } from './compiled-projection';

export type Filter = Record<string, unknown>;

export interface UpdateOptions {
  multi: boolean;
  /** merge:false on the wire: `update` is the new document content, not operators. */
  replace: boolean;
  upsert: boolean;
}

export interface UpdateResult {
  matched: number;
  updated: number;
  upsertedId: unknown;
}

/** Server-side read limits of the real cloud database. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;
/** Aggregation without an explicit $limit stage returns 20 documents on the real cloud. */
export const AGGREGATE_DEFAULT_LIMIT = 20;
/**
 * The most an aggregation may return here. WeChat documents no maximum
 * (community reports say 10,000); the local cloud holds aggregation to the
 * 1,000 of a read, so code that pages in 1,000s works whatever it is.
 */
export const AGGREGATE_MAX_RESULTS = MAX_LIMIT;

function duplicateKey(collection: string, id: unknown): CloudError {
  const shown = typeof id === 'string' ? JSON.stringify(id) : toCanonicalEJSON(id);
  return new CloudError(
    'DATABASE_REQUEST_FAILED',
    `E11000 duplicate key error collection: ${collection} index: _id_ dup key: { _id: ${shown} }`,
  );
}

function tooManyResults(what: string): CloudError {
  return new CloudError(
    'DATABASE_REQUEST_FAILED',
    `aggregate failed: ${what}; an aggregation returns at most ${AGGREGATE_MAX_RESULTS} documents per call here: page with $sort, $skip and $limit`,
  );
}

function idsInFilter(filter: Filter): unknown[] {
  const id = filter._id;
  if (typeof id === 'string' || typeof id === 'number') return [id];
  if (isPlainObject(id) && '$eq' in id) return [id.$eq];
  return [];
}

/** Inside a transaction only doc() reads and writes and add() take part. */
export function notInTransaction(what: string): CloudError {
  return new CloudError(
    'DATABASE_REQUEST_FAILED',
    `${what} is not supported inside a transaction: only doc(id).get/set/update/remove and add take part (在事务中不支持批量操作（where 语句），只支持单记录操作); the transaction is aborted`,
  );
}

/** The one _id a doc() operation names; anything else is a where() query. */
function docIdOf(filter: Filter): unknown {
  const ids = idsInFilter(filter);
  if (Object.keys(filter).length !== 1 || ids.length !== 1) throw notInTransaction('a where() query');
  return ids[0];
}

/**
 * The database: collections of documents, journaled to SQLite and served from
 * memory. Every method runs synchronously, so each action is atomic with
 * respect to every other (a conditional update cannot interleave with another
 * write), which is what MongoDB guarantees for a single-document write.
 */
export class DocumentStore {
  private readonly db: SqliteDb;
  private readonly known = new Set<string>();
  private readonly loaded = new Map<string, Collection>();
  private readonly txs: TransactionRegistry;
  private seq = 0;
  private readonly stmt: {
    insertColl: Statement;
    insertDoc: Statement;
    updateDoc: Statement;
    deleteDoc: Statement;
    loadDocs: Statement;
    insertIndex: Statement;
    deleteIndex: Statement;
    loadIndexes: Statement;
  };

  /** `now` times transactions' lifetime (the runtime's clock, so tests can move it). */
  constructor(db: SqliteDb, now: () => number = Date.now) {
    this.db = db;
    this.txs = new TransactionRegistry(now);
    this.stmt = {
      insertColl: db.prepare('INSERT OR IGNORE INTO collections (name, created_at) VALUES (?, ?)'),
      insertDoc: db.prepare('INSERT INTO docs (coll, id, body) VALUES (?, ?, ?)'),
      updateDoc: db.prepare('UPDATE docs SET body = ? WHERE coll = ? AND id = ?'),
      deleteDoc: db.prepare('DELETE FROM docs WHERE coll = ? AND id = ?'),
      loadDocs: db.prepare('SELECT id, body FROM docs WHERE coll = ? ORDER BY seq'),
      insertIndex: db.prepare('INSERT OR IGNORE INTO indexes (coll, field) VALUES (?, ?)'),
      deleteIndex: db.prepare('DELETE FROM indexes WHERE coll = ? AND field = ?'),
      loadIndexes: db.prepare('SELECT field FROM indexes WHERE coll = ?'),
    };
    for (const row of db.prepare('SELECT name FROM collections').all() as Array<{ name: string }>) this.known.add(row.name);
  }

  // ---- collections ----

  hasCollection(name: string): boolean {
    return this.known.has(name);
  }

  listCollections(): string[] {
    return [...this.known].sort();
  }

  /** database.addCollection: fails if it exists, like the real cloud. */
  createCollection(name: string): void {
    if (this.known.has(name)) {
      throw new CloudError('DATABASE_COLLECTION_ALREADY_EXIST', `Table exist: ${name}`);
    }
    this.ensureCollection(name);
  }

  ensureCollection(name: string): void {
    if (!name || typeof name !== 'string') throw new CloudError('INVALID_PARAM', 'collection name must be a non-empty string');
    if (this.known.has(name)) return;
    this.stmt.insertColl.run(name, Date.now());
    this.known.add(name);
  }

  /** A single-field index, or a compound one over several fields in order. */
  createIndex(collection: string, fields: string | readonly string[]): void {
    const coll = this.collection(collection);
    const list = typeof fields === 'string' ? [fields] : fields;
    const index = coll.addIndex(list);
    this.stmt.insertIndex.run(collection, index.name);
  }

  /** The secondary indexes of a collection, by name (`a`, or `a,b` for a compound one). */
  indexNames(collection: string): string[] {
    return [...this.collection(collection).indexes.keys()].filter((name) => name !== '_id');
  }

  dropIndex(collection: string, name: string): void {
    this.collection(collection).dropIndex(name);
    this.stmt.deleteIndex.run(collection, name);
  }

  /** Loads a collection into memory on first use. */
  collection(name: string): Collection {
    const ready = this.loaded.get(name);
    if (ready) return ready;
    if (!this.known.has(name)) throw collectionNotExist(name);
    const coll = new Collection(name);
    for (const row of this.stmt.loadDocs.iterate(name) as IterableIterator<{ id: string; body: string }>) {
      coll.load(row.id, fromEJSON(row.body) as Doc);
    }
    for (const row of this.stmt.loadIndexes.all(name) as Array<{ field: string }>) coll.addIndex(row.field.split(','));
    coll.sortIndexes();
    this.loaded.set(name, coll);
    return coll;
  }

  // ---- reads ----

  /** Matching documents, shared with the store: treat them as read-only. */
  find(collection: string, filter: Filter, opts: FindOptions, txId?: string, cost?: QueryCost): readonly Doc[] {
    const coll = this.collection(collection);
    if (txId) {
      return this.inTransaction(txId, (tx) => {
        const doc = this.viewOf(tx, coll, idKey(docIdOf(filter)));
        if (!doc) return [];
        return opts.projection ? newQuery({}).find<Doc>([doc], opts.projection).all() : [doc];
      });
    }
    // Stored documents are never mutated in place, so callers that only read
    // (the wire encoder) can share them; Store.find clones for everyone else.
    return findDocs(coll, filter, opts, undefined, cost);
  }

  count(collection: string, filter: Filter, txId?: string, cost?: QueryCost): number {
    const coll = this.collection(collection);
    if (txId) throw this.refuseInTransaction(txId, 'count()');
    return countDocs(coll, filter, undefined, cost);
  }

  aggregate(collection: string, pipeline: Array<Record<string, unknown>>, cost?: QueryCost): Doc[] {
    const coll = this.collection(collection);
    const work: QueryCost = { examined: 0, returned: 0 };
    refuseRangeAgainstNullIn(pipeline);
    let stages = pipeline;
    let input: readonly Doc[];
    // A leading $match, with a $sort, $skip and $limit right after it, runs as a find on the indexes.
    const first = stages[0];
    if (first && isPlainObject(first.$match)) {
      const { options, used } = leadingCursor(stages.slice(1));
      input = findDocs(coll, first.$match, options, undefined, work);
      stages = stages.slice(1 + used);
    } else {
      input = [...coll.docs.values()];
      work.examined += input.length;
      work.returned += input.length;
      work.plan = 'COLLSCAN';
    }
    if (!pipeline.some((s) => '$limit' in s)) stages = [...stages, { $limit: AGGREGATE_DEFAULT_LIMIT }];
    const over = pipeline.find((s) => typeof s.$limit === 'number' && s.$limit > AGGREGATE_MAX_RESULTS);
    if (over) throw tooManyResults(`$limit ${String(over.$limit)}`);
    let out: Doc[];
    try {
      // A leading $project of a shape compiled here reads the stored documents and copies only its rows.
      const projection = stages[0] && Object.keys(stages[0]).length === 1 ? compileProjection(stages[0].$project) : null;
      let docs = projection ? input.map((d) => cloneValue(projection(d))) : input.map((d) => cloneValue(d));
      if (projection) stages = stages.slice(1);
      // Equality lookups run here, on the indexes; mingo runs the stages between them.
      let segment: Array<Record<string, unknown>> = [];
      for (const [i, stage] of stages.entries()) {
        const join = equalityLookup(stage);
        if (!join) {
          segment.push(stage);
          continue;
        }
        docs = this.runStages(segment, docs, work);
        segment = [];
        docs = this.lookup(docs, join, work, unwindsField(stages[i + 1], join.as));
      }
      out = this.runStages(segment, docs, work);
    } catch (err) {
      if (err instanceof CloudError) throw err;
      throw new CloudError('DATABASE_REQUEST_FAILED', `aggregate failed: ${(err as Error).message}`);
    }
    if (cost) {
      cost.examined += work.examined;
      cost.returned += work.returned;
      cost.plan = work.plan;
    }
    if (out.length > AGGREGATE_MAX_RESULTS) throw tooManyResults(`${out.length} results`);
    return out;
  }

  private runStages(stages: Array<Record<string, unknown>>, docs: Doc[], work: QueryCost): Doc[] {
    if (stages.length === 0) return docs;
    const agg = new Aggregator(stages, {
      // MongoDB's comparisons, accumulators and sort where mingo's differ.
      context: MONGO_OPERATORS,
      // Cloned because some mingo stages write into nested objects of their input.
      // A pipeline-form $lookup scans the foreign collection (for each document it joins).
      collectionResolver: (name: string) => {
        if (!this.known.has(name)) return [];
        const all = [...this.collection(name).docs.values()];
        work.examined += all.length;
        return all.map((d) => cloneValue(d));
      },
    });
    return agg.run(docs) as Doc[];
  }

  /**
   * $lookup {from, localField, foreignField, as} as MongoDB does it: each local
   * value (each element, when the local field is an array) is compared for
   * equality with the foreign field (each element, when that is an array);
   * a missing or null local field matches foreign documents where the field
   * is missing or null. Uses an index that starts with the foreign field when
   * there is one, else scans the foreign collection for each document. The
   * joined array is part of one document, so it is held to MongoDB's 16 MB
   * document limit, unless an $unwind of it follows (MongoDB then joins one
   * foreign document at a time).
   */
  private lookup(docs: Doc[], join: EqualityLookup, work: QueryCost, unwound: boolean): Doc[] {
    const foreign = this.known.has(join.from) ? this.collection(join.from) : null;
    const index = foreign ? indexStartingWith(foreign, join.foreignField) : undefined;
    return docs.map((doc) => {
      const locals = lookupValues(doc, join.localField);
      const wanted = new Set(locals.map(lookupKey));
      let candidates: Doc[] = [];
      if (foreign && index && locals.every(isIndexScalar)) {
        candidates = [...index.lookupEqual(locals as IndexScalar[])].map((key) => foreign.docs.get(key)).filter((d): d is Doc => !!d);
      } else if (foreign) {
        candidates = [...foreign.docs.values()];
      }
      work.examined += candidates.length;
      const joined: Doc[] = [];
      let bytes = 0;
      for (const candidate of candidates) {
        if (!valuesAtPath(candidate, join.foreignField).some((v) => wanted.has(lookupKey(v === MISSING ? null : v)))) continue;
        if (!unwound) {
          bytes += calculateObjectSize(candidate);
          if (bytes > MAX_DOCUMENT_BYTES) {
            throw new CloudError(
              'DATABASE_REQUEST_FAILED',
              `Total size of documents in ${join.from} matching pipeline's $lookup stage exceeds ${MAX_DOCUMENT_BYTES} bytes`,
            );
          }
        }
        joined.push(cloneValue(candidate));
      }
      work.returned += joined.length;
      return { ...doc, [join.as]: joined };
    });
  }

  // ---- writes ----

  insert(collection: string, docs: Doc[], txId?: string): unknown[] {
    const coll = this.collection(collection);
    if (txId) return this.inTransaction(txId, (tx) => this.insertInto(coll, docs, tx));
    return this.insertInto(coll, docs);
  }

  private insertInto(coll: Collection, docs: Doc[], tx?: Transaction): unknown[] {
    const changes: DocChange[] = [];
    const seen = new Set<string>();
    for (const input of docs) {
      if (!isPlainObject(input)) throw new CloudError('INVALID_PARAM', 'document must be an object');
      const doc = cloneValue(input);
      if (doc._id === undefined || doc._id === null) doc._id = newDocId();
      const key = idKey(doc._id);
      const exists = tx ? this.viewOf(tx, coll, key) !== null : coll.docs.has(key);
      if (exists || seen.has(key)) throw duplicateKey(coll.name, doc._id);
      seen.add(key);
      changes.push({ key, before: null, after: doc });
    }
    if (tx) for (const c of changes) this.writeInTransaction(tx, coll, c.key, c.after);
    else {
      this.assertUnlocked(
        coll,
        changes.map((c) => c.key),
      );
      this.commit([[coll, changes]]);
    }
    return changes.map((c) => c.after!._id);
  }

  update(
    collection: string,
    filter: Filter,
    update: Record<string, unknown>,
    opts: UpdateOptions,
    txId?: string,
    cost?: QueryCost,
  ): UpdateResult {
    const coll = this.collection(collection);
    if (txId) {
      return this.inTransaction(txId, (tx) => {
        if (opts.multi) throw notInTransaction('a multi-document update');
        const id = docIdOf(filter);
        const key = idKey(id);
        return this.updateMatches(coll, filter, update, opts, this.matchOf(tx, coll, key), tx);
      });
    }
    const matches = matchDocs(coll, filter, undefined, opts.multi ? Infinity : 1, cost);
    return this.updateMatches(coll, filter, update, opts, matches);
  }

  private updateMatches(
    coll: Collection,
    filter: Filter,
    update: Record<string, unknown>,
    opts: UpdateOptions,
    matches: Match[],
    tx?: Transaction,
  ): UpdateResult {
    const changes: DocChange[] = [];
    // Written by a transaction even when unchanged: it takes the lock all the same.
    const touched = matches.map((m) => m.key);
    let upsertedId: unknown = null;

    for (const { key, doc } of matches) {
      const next = opts.replace ? replaceDoc(doc._id, update) : applyUpdate(doc, update, filter);
      if (toCanonicalEJSON(next) !== toCanonicalEJSON(doc)) changes.push({ key, before: doc, after: next });
      else if (tx) this.writeInTransaction(tx, coll, key, doc);
    }

    if (matches.length === 0 && opts.upsert) {
      const ids = idsInFilter(filter);
      const id = ids.length ? ids[0] : newDocId();
      const doc = opts.replace ? replaceDoc(id, update) : applyUpdate({ ...upsertSeed(filter), _id: id }, update, {});
      doc._id = id;
      const key = idKey(id);
      touched.push(key);
      changes.push({ key, before: null, after: doc });
      upsertedId = id;
    }

    if (tx) for (const c of changes) this.writeInTransaction(tx, coll, c.key, c.after);
    else {
      this.assertUnlocked(coll, touched);
      if (changes.length) this.commit([[coll, changes]]);
    }
    return {
      matched: matches.length,
      updated: changes.filter((c) => c.before !== null).length,
      upsertedId,
    };
  }

  remove(collection: string, filter: Filter, multi: boolean, txId?: string, cost?: QueryCost): number {
    const coll = this.collection(collection);
    if (txId) {
      return this.inTransaction(txId, (tx) => {
        if (multi) throw notInTransaction('a multi-document remove');
        const [match] = this.matchOf(tx, coll, idKey(docIdOf(filter)));
        if (!match) return 0;
        this.writeInTransaction(tx, coll, match.key, null);
        return 1;
      });
    }
    const matches = matchDocs(coll, filter, undefined, multi ? Infinity : 1, cost);
    const changes: DocChange[] = matches.map(({ key, doc }) => ({ key, before: doc, after: null }));
    this.assertUnlocked(
      coll,
      changes.map((c) => c.key),
    );
    if (changes.length) this.commit([[coll, changes]]);
    return changes.length;
  }

  // ---- transactions ----

  beginTransaction(owner?: string): string {
    return this.txs.begin(owner).id;
  }

  /** `arrivedAt`: performance.now() when the request arrived (see enterOperation). */
  commitTransaction(id: string, arrivedAt?: number): void {
    const tx = this.txs.live(id);
    if (tx.inFlight || (arrivedAt ?? Infinity) < tx.answeredAt) throw this.concurrentOperation(tx);
    const batches: Array<[Collection, DocChange[]]> = [];
    for (const [name, overlay] of tx.writeEntries()) {
      const coll = this.collection(name);
      const changes: DocChange[] = [];
      for (const [key, after] of overlay) {
        const before = coll.docs.get(key) ?? null;
        if (before || after) changes.push({ key, before, after });
      }
      batches.push([coll, changes]);
    }
    // Its locks kept every write of others off these documents: nothing to check.
    this.commit(batches);
    this.txs.finish(tx, true);
  }

  /** Always ends the transaction, even with an operation of it in flight. */
  abortTransaction(id: string): void {
    const tx = this.txs.live(id);
    this.txs.finish(tx, false);
  }

  /**
   * An operation of the transaction arrives (at `arrivedAt`, performance.now()):
   * they run one at a time, so one that arrived while another was in flight
   * (Promise.all inside a transaction) is refused and the transaction aborted.
   */
  enterOperation(id: string, arrivedAt?: number): void {
    const tx = this.txs.live(id);
    if (tx.inFlight || (arrivedAt ?? Infinity) < tx.answeredAt) throw this.concurrentOperation(tx);
    tx.inFlight = true;
  }

  /** The operation's answer goes back to the caller now. */
  leaveOperation(id: string): void {
    const tx = this.txs.peek(id);
    if (!tx) return;
    tx.inFlight = false;
    tx.answeredAt = performance.now();
  }

  /** Refuses an operation a transaction does not support, aborting the transaction. */
  refuseInTransaction(id: string, what: string): CloudError {
    const tx = this.txs.live(id);
    this.txs.finish(tx, false);
    return notInTransaction(what);
  }

  /** Transactions of a worker that was terminated can never finish. */
  abortTransactionsOf(owner: string): void {
    this.txs.abortOwnedBy(owner);
  }

  /** Drops transactions past their 30 s lifetime (their worker died, hung or forgot them). */
  expireTransactions(now?: number): number {
    return this.txs.expire(now);
  }

  /** Waits (at most maxMs) for one of the transactions a plain write found in its way to end. */
  waitForTransactions(holders: Transaction[], maxMs: number): Promise<void> {
    return this.txs.waitFor(holders, maxMs);
  }

  get openTransactions(): number {
    return this.txs.size;
  }

  /** Counts of transactions since the last reset, and the most operations one made. */
  get transactionStats(): TransactionStats {
    return { ...this.txs.stats };
  }

  resetTransactionStats(): void {
    this.txs.resetStats();
  }

  private concurrentOperation(tx: Transaction): CloudError {
    this.txs.finish(tx, false);
    return new CloudError(
      'DATABASE_TRANSACTION_FAIL',
      `transaction ${tx.id}: another operation of it is still in flight; operations of a transaction run one at a time (await each), the transaction is aborted`,
    );
  }

  /**
   * One operation of a transaction: counted (the one past the limit is
   * refused), and the first one fixes the snapshot. A failed operation aborts
   * the transaction, as on the real service.
   */
  private inTransaction<T>(id: string, operation: (tx: Transaction) => T): T {
    const tx = this.txs.live(id);
    tx.operations += 1;
    if (tx.snapshotSeq === null) tx.snapshotSeq = this.seq;
    try {
      if (tx.operations > MAX_TRANSACTION_OPERATIONS) {
        throw new CloudError(
          'DATABASE_REQUEST_FAILED',
          `transaction ${tx.id}: operation ${tx.operations} refused: a transaction may make at most ${MAX_TRANSACTION_OPERATIONS} operations (the local cloud keeps every transaction well inside WeChat's 30 s lifetime); stage larger work in several transactions`,
        );
      }
      return operation(tx);
    } catch (err) {
      this.txs.finish(tx, false);
      throw err;
    }
  }

  /** A document as the transaction sees it: its own write, else the database at its snapshot. */
  private viewOf(tx: Transaction, coll: Collection, key: string): Doc | null {
    const mine = tx.pending(coll.name, key);
    if (mine !== undefined) return mine;
    if (coll.version(key) > tx.snapshotSeq!) {
      const kept = tx.atSnapshot(coll.name, key);
      if (kept !== undefined) return kept;
    }
    return coll.docs.get(key) ?? null;
  }

  private matchOf(tx: Transaction, coll: Collection, key: string): Match[] {
    const doc = this.viewOf(tx, coll, key);
    return doc ? [{ key, doc }] : [];
  }

  /**
   * A transaction writes a document: refused (and the transaction aborted)
   * when another transaction holds its lock or someone changed it after the
   * snapshot ("其它事务的写入会直接失败"); otherwise it takes the lock.
   */
  private writeInTransaction(tx: Transaction, coll: Collection, key: string, doc: Doc | null): void {
    if (this.txs.lockHolder(coll.name, key, tx)) {
      this.txs.stats.conflicts += 1;
      throw writeConflict(coll.name, key, 'is locked by another transaction that wrote it');
    }
    if (coll.version(key) > tx.snapshotSeq!) {
      this.txs.stats.conflicts += 1;
      throw writeConflict(coll.name, key, 'was changed after this transaction started');
    }
    this.txs.lock(tx, coll.name, key);
    tx.write(coll.name, key, doc);
  }

  /** A plain write waits while a transaction holds a lock on a document it touches. */
  private assertUnlocked(coll: Collection, keys: Iterable<string>): void {
    const holders = new Set<Transaction>();
    for (const key of keys) {
      const holder = this.txs.lockHolder(coll.name, key);
      if (holder) holders.add(holder);
    }
    if (holders.size) throw new TransactionLockWait([...holders]);
  }

  /** Journals the changes in one SQLite transaction, then publishes them in memory. */
  private commit(batches: Array<[Collection, DocChange[]]>): void {
    const seq = ++this.seq;
    // Open transactions keep reading these documents as they were at their snapshot.
    for (const [coll, changes] of batches) this.txs.keepSnapshots(coll.name, changes);
    this.db.transaction(() => {
      for (const [coll, changes] of batches) {
        for (const { key, before, after } of changes) {
          if (!after) this.stmt.deleteDoc.run(coll.name, key);
          else if (!before) this.stmt.insertDoc.run(coll.name, key, toCanonicalEJSON(after));
          else this.stmt.updateDoc.run(toCanonicalEJSON(after), coll.name, key);
        }
      }
    })();
    for (const [coll, changes] of batches) coll.apply(changes, seq);
  }
}

export type { FindOptions, Overlay };

interface EqualityLookup {
  from: string;
  localField: string;
  foreignField: string;
  as: string;
}

/** The largest document MongoDB holds (BSON), joined arrays of a $lookup included. */
const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/** The index a lookup on `field` can use: the one on it, or the smallest compound one it leads. */
function indexStartingWith(coll: Collection, field: string): FieldIndex | undefined {
  return (
    coll.indexes.get(field) ??
    [...coll.indexes.values()].filter((i) => i.fields[0] === field).sort((a, b) => a.fields.length - b.fields.length)[0]
  );
}

/** Whether a stage is an $unwind of `as` (which MongoDB folds into the $lookup before it). */
function unwindsField(stage: Record<string, unknown> | undefined, as: string): boolean {
  const spec = stage?.$unwind;
  const path = typeof spec === 'string' ? spec : isPlainObject(spec) ? spec.path : undefined;
  return path === `$${as}`;
}

/** A $sort, $skip and $limit (in that order, each optional) that a find can run. */
function leadingCursor(stages: Array<Record<string, unknown>>): { options: FindOptions; used: number } {
  const options: FindOptions = {};
  let used = 0;
  const at = (key: string) => (stages[used] && Object.keys(stages[used]).length === 1 ? stages[used][key] : undefined);
  const sort = at('$sort');
  if (isPlainObject(sort) && Object.values(sort).every((d) => d === 1 || d === -1)) {
    options.sort = sort as Record<string, 1 | -1>;
    used++;
  }
  const skip = at('$skip');
  if (typeof skip === 'number' && skip >= 0) {
    options.skip = skip;
    used++;
  }
  const limit = at('$limit');
  if (typeof limit === 'number' && limit > 0) {
    options.limit = limit;
    used++;
  }
  return { options, used };
}

/** A $lookup stage of the localField/foreignField form (the pipeline form is left to mingo). */
function equalityLookup(stage: Record<string, unknown>): EqualityLookup | null {
  const spec = stage.$lookup;
  if (!isPlainObject(spec) || Object.keys(stage).length !== 1) return null;
  const { from, localField, foreignField, as } = spec;
  if ('pipeline' in spec || 'let' in spec) return null;
  if (typeof from !== 'string' || typeof localField !== 'string' || typeof foreignField !== 'string' || typeof as !== 'string') {
    return null;
  }
  return { from, localField, foreignField, as };
}

/** The values a document offers for a lookup: array elements one by one; nothing there is null. */
function lookupValues(doc: Doc, path: string): unknown[] {
  const values = valuesAtPath(doc, path).flatMap((v) => (Array.isArray(v) ? [] : [v === MISSING ? null : v]));
  return values.length > 0 ? values : [null];
}

function lookupKey(value: unknown): string {
  return eqKey(value) ?? `j${toCanonicalEJSON(value)}`;
}
