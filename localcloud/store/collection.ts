import { FieldIndex } from './field-index';
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
  readonly indexes = new Map<string, FieldIndex>();
  /** Last write sequence per document key, kept after deletion for conflict checks. */
  private readonly versions = new Map<string, number>();

  constructor(name: string) {
    this.name = name;
  }

  version(key: string): number {
    return this.versions.get(key) ?? 0;
  }

  load(key: string, doc: Doc): void {
    this.docs.set(key, doc);
  }

  addIndex(field: string): FieldIndex {
    let index = this.indexes.get(field);
    if (index) return index;
    index = new FieldIndex(field);
    for (const [key, doc] of this.docs) index.add(key, doc, false);
    this.indexes.set(field, index);
    return index;
  }

  apply(changes: DocChange[], seq: number): void {
    const incremental = changes.length <= INCREMENTAL_LIMIT;
    for (const { key, before, after } of changes) {
      for (const index of this.indexes.values()) {
        if (before) index.remove(key, before, incremental);
        if (after) index.add(key, after, incremental);
      }
      if (after) this.docs.set(key, after);
      else this.docs.delete(key);
      this.versions.set(key, seq);
    }
  }
}
