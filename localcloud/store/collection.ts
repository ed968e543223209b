import { FieldIndex, indexName } from './field-index';
import { Doc } from './values';

/** One write to apply to a collection: `after === null` deletes the document. */
export interface DocChange {
  key: string;
  before: Doc | null;
  after: Doc | null;
}

/** Above this many changes in one batch, indexes rebuild lazily instead of splicing. */
const INCREMENTAL_LIMIT = 500;

/**
 * The in-memory, parsed copy of one collection. The emulator is the only
 * writer, so this copy is authoritative once loaded; SQLite is the journal.
 * Stored documents are never mutated in place (transactions hold references).
 */
export class Collection {
  readonly name: string;
  /** Insertion order is preserved, which gives MongoDB-like natural order. */
  readonly docs = new Map<string, Doc>();
  /** By name (`a` or, compound, `a,b`); `_id` is always there, as on the real database. */
  readonly indexes = new Map<string, FieldIndex>([['_id', new FieldIndex(['_id'])]]);
  /** Last write sequence per document key, kept after deletion for conflict checks. */
  private readonly versions = new Map<string, number>();
  /** Each document's record number, given at insertion and kept by updates (MongoDB's RecordId). */
  private readonly records = new Map<string, number>();
  private nextRecord = 1;

  constructor(name: string) {
    this.name = name;
  }

  version(key: string): number {
    return this.versions.get(key) ?? 0;
  }

  load(key: string, doc: Doc): void {
    this.docs.set(key, doc);
    const rid = this.recordOf(key);
    for (const index of this.indexes.values()) index.add(key, doc, false, rid);
  }

  private recordOf(key: string): number {
    let rid = this.records.get(key);
    if (rid === undefined) this.records.set(key, (rid = this.nextRecord++));
    return rid;
  }

  addIndex(fields: readonly string[]): FieldIndex {
    const name = indexName(fields);
    let index = this.indexes.get(name);
    if (index) return index;
    index = new FieldIndex(fields);
    for (const [key, doc] of this.docs) index.add(key, doc, false, this.recordOf(key));
    index.sortNow();
    this.indexes.set(name, index);
    return index;
  }

  /** Drops a secondary index (never `_id`); true if there was one. */
  dropIndex(name: string): boolean {
    return name !== '_id' && this.indexes.delete(name);
  }

  /** Sorts every index after documents were loaded in bulk, so no query pays for it (nor times out on it). */
  sortIndexes(): void {
    for (const index of this.indexes.values()) index.sortNow();
  }

  apply(changes: DocChange[], seq: number): void {
    const incremental = changes.length <= INCREMENTAL_LIMIT;
    for (const { key, before, after } of changes) {
      if (!before) this.records.delete(key);
      const rid = this.recordOf(key);
      for (const index of this.indexes.values()) {
        if (before) index.remove(key, before, incremental);
        if (after) index.add(key, after, incremental, rid);
      }
      if (after) this.docs.set(key, after);
      else {
        this.docs.delete(key);
        this.records.delete(key);
      }
      this.versions.set(key, seq);
    }
    if (!incremental) this.sortIndexes();
  }
}
