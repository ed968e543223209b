import { Aggregator } from 'mingo';
// Registers every aggregation stage and expression operator ($group, $lookup, ...).
import 'mingo/init/system';
import { CloudError, collectionNotExist } from '../errors';
import { Collection, DocChange } from './collection';
import { eqKey, IndexScalar, isIndexScalar } from './field-index';
import { MISSING, valuesAtPath } from './paths';
import { SqliteDb, Statement } from './sqlite';
import { countDocs, findDocs, FindOptions, matchDocs, Overlay } from './query';
import { Transaction, TransactionRegistry } from './transactions';
import { applyUpdate, replaceDoc, upsertSeed } from './update';
import { fromEJSON, toCanonicalEJSON } from './ejson';
import { cloneValue, Doc, idKey, isPlainObject, newDocId } from './values';

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
  private readonly txs = new TransactionRegistry();
  private seq = 0;
  private readonly stmt: {
    insertColl: Statement;
    insertDoc: Statement;
    updateDoc: Statement;
    deleteDoc: Statement;
    loadDocs: Statement;
    insertIndex: Statement;
    loadIndexes: Statement;
  };

  constructor(db: SqliteDb) {
    this.db = db;
    this.stmt = {
      insertColl: db.prepare('INSERT OR IGNORE INTO collections (name, created_at) VALUES (?, ?)'),
      insertDoc: db.prepare('INSERT INTO docs (coll, id, body) VALUES (?, ?, ?)'),
      updateDoc: db.prepare('UPDATE docs SET body = ? WHERE coll = ? AND id = ?'),
      deleteDoc: db.prepare('DELETE FROM docs WHERE coll = ? AND id = ?'),
      loadDocs: db.prepare('SELECT id, body FROM docs WHERE coll = ? ORDER BY seq'),
      insertIndex: db.prepare('INSERT OR IGNORE INTO indexes (coll, field) VALUES (?, ?)'),
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

  createIndex(collection: string, field: string): void {
    const coll = this.collection(collection);
    this.stmt.insertIndex.run(collection, field);
    coll.addIndex(field);
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
    for (const row of this.stmt.loadIndexes.all(name) as Array<{ field: string }>) coll.addIndex(row.field);
    this.loaded.set(name, coll);
    return coll;
  }

  // ---- reads ----

  /** Matching documents, shared with the store: treat them as read-only. */
  find(collection: string, filter: Filter, opts: FindOptions, txId?: string): readonly Doc[] {
    const coll = this.collection(collection);
    const tx = txId ? this.txs.get(txId) : undefined;
    const docs = findDocs(coll, filter, opts, tx?.overlay(collection));
    if (tx) {
      for (const id of idsInFilter(filter)) tx.observe(coll, idKey(id));
      for (const d of docs) if (d._id !== undefined) tx.observe(coll, idKey(d._id));
    }
    // Stored documents are never mutated in place, so callers that only read
    // (the wire encoder) can share them; Store.find clones for everyone else.
    return docs;
  }

  count(collection: string, filter: Filter, txId?: string): number {
    const coll = this.collection(collection);
    const overlay = txId ? this.txs.get(txId).overlay(collection) : undefined;
    return countDocs(coll, filter, overlay);
  }

  aggregate(collection: string, pipeline: Array<Record<string, unknown>>): Doc[] {
    const coll = this.collection(collection);
    let stages = pipeline;
    let input: Doc[];
    // A leading $match can use the indexes.
    const first = stages[0];
    if (first && isPlainObject(first.$match)) {
      input = matchDocs(coll, first.$match).map((m) => m.doc);
      stages = stages.slice(1);
    } else {
      input = [...coll.docs.values()];
    }
    if (!pipeline.some((s) => '$limit' in s)) stages = [...stages, { $limit: AGGREGATE_DEFAULT_LIMIT }];
    const over = pipeline.find((s) => typeof s.$limit === 'number' && s.$limit > AGGREGATE_MAX_RESULTS);
    if (over) throw tooManyResults(`$limit ${String(over.$limit)}`);
    let results: Doc[];
    try {
      // Equality lookups run here, on the indexes; mingo runs the stages between them.
      let docs = input.map((d) => cloneValue(d));
      let segment: Array<Record<string, unknown>> = [];
      for (const stage of stages) {
        const join = equalityLookup(stage);
        if (!join) {
          segment.push(stage);
          continue;
        }
        docs = this.runStages(segment, docs);
        segment = [];
        docs = this.lookup(docs, join);
      }
      results = this.runStages(segment, docs);
    } catch (err) {
      throw new CloudError('DATABASE_REQUEST_FAILED', `aggregate failed: ${(err as Error).message}`);
    }
    if (results.length > AGGREGATE_MAX_RESULTS) throw tooManyResults(`${results.length} results`);
    return results;
  }

  private runStages(stages: Array<Record<string, unknown>>, docs: Doc[]): Doc[] {
    if (stages.length === 0) return docs;
    const agg = new Aggregator(stages, {
      // Cloned because some mingo stages write into nested objects of their input.
      collectionResolver: (name: string) =>
        this.known.has(name) ? [...this.collection(name).docs.values()].map((d) => cloneValue(d)) : [],
    });
    return agg.run(docs) as Doc[];
  }

  /**
   * $lookup {from, localField, foreignField, as} as MongoDB does it: each local
   * value (each element, when the local field is an array) is compared for
   * equality with the foreign field (each element, when that is an array);
   * a missing or null local field matches foreign documents where the field
   * is missing or null. Uses the foreign field's index when there is one.
   */
  private lookup(docs: Doc[], join: EqualityLookup): Doc[] {
    const foreign = this.known.has(join.from) ? this.collection(join.from) : null;
    const index = foreign?.indexes.get(join.foreignField);
    return docs.map((doc) => {
      const locals = lookupValues(doc, join.localField);
      const wanted = new Set(locals.map(lookupKey));
      let candidates: Iterable<Doc> = [];
      if (foreign && index && locals.every(isIndexScalar)) {
        candidates = [...index.lookupEqual(locals as IndexScalar[])].map((key) => foreign.docs.get(key)).filter((d): d is Doc => !!d);
      } else if (foreign) {
        candidates = foreign.docs.values();
      }
      const joined: Doc[] = [];
      for (const candidate of candidates) {
        if (valuesAtPath(candidate, join.foreignField).some((v) => wanted.has(lookupKey(v === MISSING ? null : v)))) {
          joined.push(cloneValue(candidate));
        }
      }
      return { ...doc, [join.as]: joined };
    });
  }

  // ---- writes ----

  insert(collection: string, docs: Doc[], txId?: string): unknown[] {
    const coll = this.collection(collection);
    const tx = txId ? this.txs.get(txId) : undefined;
    const overlay = tx?.overlay(collection);
    const changes: DocChange[] = [];
    const seen = new Set<string>();
    for (const input of docs) {
      if (!isPlainObject(input)) throw new CloudError('INVALID_PARAM', 'document must be an object');
      const doc = cloneValue(input);
      if (doc._id === undefined || doc._id === null) doc._id = newDocId();
      const key = idKey(doc._id);
      const exists = overlay?.has(key) ? overlay.get(key) !== null : coll.docs.has(key);
      if (exists || seen.has(key)) throw duplicateKey(collection, doc._id);
      seen.add(key);
      changes.push({ key, before: null, after: doc });
    }
    if (tx) for (const c of changes) tx.write(coll, c.key, c.after);
    else this.commit([[coll, changes]]);
    return changes.map((c) => c.after!._id);
  }

  update(collection: string, filter: Filter, update: Record<string, unknown>, opts: UpdateOptions, txId?: string): UpdateResult {
    const coll = this.collection(collection);
    const tx = txId ? this.txs.get(txId) : undefined;
    const overlay = tx?.overlay(collection);
    const matches = matchDocs(coll, filter, overlay, opts.multi ? Infinity : 1);
    const changes: DocChange[] = [];
    let upsertedId: unknown = null;

    for (const { key, doc } of matches) {
      const next = opts.replace ? replaceDoc(doc._id, update) : applyUpdate(doc, update, filter);
      if (tx) tx.observe(coll, key);
      if (toCanonicalEJSON(next) !== toCanonicalEJSON(doc)) changes.push({ key, before: doc, after: next });
    }

    if (matches.length === 0 && opts.upsert) {
      const ids = idsInFilter(filter);
      const id = ids.length ? ids[0] : newDocId();
      const doc = opts.replace
        ? replaceDoc(id, update)
        : applyUpdate({ ...upsertSeed(filter), _id: id }, update, {});
      doc._id = id;
      const key = idKey(id);
      if (tx) tx.observe(coll, key);
      changes.push({ key, before: null, after: doc });
      upsertedId = id;
    }

    if (tx) for (const c of changes) tx.write(coll, c.key, c.after);
    else if (changes.length) this.commit([[coll, changes]]);
    return {
      matched: matches.length,
      updated: changes.filter((c) => c.before !== null).length,
      upsertedId,
    };
  }

  remove(collection: string, filter: Filter, multi: boolean, txId?: string): number {
    const coll = this.collection(collection);
    const tx = txId ? this.txs.get(txId) : undefined;
    const matches = matchDocs(coll, filter, tx?.overlay(collection), multi ? Infinity : 1);
    const changes: DocChange[] = matches.map(({ key, doc }) => ({ key, before: doc, after: null }));
    if (tx) for (const c of changes) tx.write(coll, c.key, null);
    else if (changes.length) this.commit([[coll, changes]]);
    return changes.length;
  }

  // ---- transactions ----

  beginTransaction(owner?: string): string {
    return this.txs.begin(owner).id;
  }

  commitTransaction(id: string): void {
    const tx = this.txs.get(id);
    this.txs.end(id);
    this.assertNoConflict(tx);
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
    this.commit(batches);
  }

  abortTransaction(id: string): void {
    this.txs.get(id);
    this.txs.end(id);
  }

  /** Transactions of a worker that was terminated can never finish. */
  abortTransactionsOf(owner: string): void {
    this.txs.abortOwnedBy(owner);
  }

  /** Discards transactions idle for longer than TRANSACTION_IDLE_MS (their worker died or forgot them). */
  expireTransactions(now = Date.now()): number {
    return this.txs.expire(now);
  }

  get openTransactions(): number {
    return this.txs.size;
  }

  private assertNoConflict(tx: Transaction): void {
    for (const [name, seen] of tx.observedEntries()) {
      const coll = this.known.has(name) ? this.collection(name) : undefined;
      for (const [key, version] of seen) {
        if (!coll || coll.version(key) !== version) {
          throw new CloudError(
            'DATABASE_TRANSACTION_CONFLICT',
            `transaction conflict: document ${key} in ${name} was changed by another operation`,
          );
        }
      }
    }
  }

  /** Journals the changes in one SQLite transaction, then publishes them in memory. */
  private commit(batches: Array<[Collection, DocChange[]]>): void {
    const seq = ++this.seq;
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
