import { SubscribeConsents } from './consents';
import { DocumentStore, Filter } from './documents';
import { FileStore } from './files';
import { Outbox } from './outbox';
import { FindOptions } from './query';
import { openDatabase, SqliteDb } from './sqlite';
import { cloneValue, Doc } from './values';

export type { Doc } from './values';
export type { Filter } from './documents';
export type { OutboxMessage } from './outbox';
export type { StoredFile } from './files';

/** Seeding and inspection API offered to tests and scripts (plain JS values, no EJSON). */
export interface StoreApi {
  ensureCollection(name: string): void;
  /** A single-field index, or a compound one over several fields in order. */
  createIndex(collection: string, fields: string | readonly string[]): void;
  /** Secondary indexes by name (`a`, or `a,b` for a compound one). */
  indexNames(collection: string): string[];
  dropIndex(collection: string, name: string): void;
  /** Creates the collection if needed; returns the _ids. */
  insertMany(collection: string, docs: ReadonlyArray<object>): unknown[];
  count(collection: string, query?: Filter): number;
  /** No server-side limit here: this is for tests and seeding, not the SDK path. */
  find(collection: string, query?: Filter, options?: FindOptions): Doc[];
  listCollections(): string[];
}

/** Everything durable: documents, files and the outbox, in one data folder. */
export class Store implements StoreApi {
  readonly documents: DocumentStore;
  readonly files: FileStore;
  readonly outbox: Outbox;
  /** Acceptances of subscribe messages (wx.requestSubscribeMessage), one send each. */
  readonly consents: SubscribeConsents;
  private readonly db: SqliteDb;
  private readonly sweeper: NodeJS.Timeout;

  /** `now` is the runtime's clock; transactions' 30 s lifetime is measured on it. */
  constructor(dataDir: string, now: () => number = Date.now) {
    this.db = openDatabase(dataDir);
    this.documents = new DocumentStore(this.db, now);
    this.files = new FileStore(this.db, dataDir);
    this.outbox = new Outbox(this.db);
    this.consents = new SubscribeConsents(this.db);
    this.sweeper = setInterval(() => this.documents.expireTransactions(), 5_000);
    this.sweeper.unref();
  }

  ensureCollection(name: string): void {
    this.documents.ensureCollection(name);
  }

  createIndex(collection: string, fields: string | readonly string[]): void {
    this.documents.createIndex(collection, fields);
  }

  indexNames(collection: string): string[] {
    return this.documents.indexNames(collection);
  }

  dropIndex(collection: string, name: string): void {
    this.documents.dropIndex(collection, name);
  }

  insertMany(collection: string, docs: ReadonlyArray<object>): unknown[] {
    this.documents.ensureCollection(collection);
    return this.documents.insert(collection, docs as Doc[]);
  }

  count(collection: string, query: Filter = {}): number {
    return this.documents.count(collection, query);
  }

  find(collection: string, query: Filter = {}, options: FindOptions = {}): Doc[] {
    return this.documents.find(collection, query, options).map((d) => cloneValue(d));
  }

  listCollections(): string[] {
    return this.documents.listCollections();
  }

  close(): void {
    clearInterval(this.sweeper);
    if (this.db.open) this.db.close();
  }
}
