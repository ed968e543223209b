import { randomBytes } from 'node:crypto';
import { CloudError } from '../errors';
import { Collection } from './collection';
import { Doc } from './values';

/** Idle transactions (e.g. their worker died) are discarded after this long. */
export const TRANSACTION_IDLE_MS = 30_000;

/**
 * An open transaction: its private writes (invisible to others until commit)
 * and, for every document it read or wrote, the version it saw first.
 * Commit fails with DATABASE_TRANSACTION_CONFLICT if any of those documents
 * was changed by someone else in the meantime (optimistic concurrency); the
 * SDK's runTransaction then retries the whole callback.
 */
export class Transaction {
  readonly id = randomBytes(12).toString('hex');
  /** Credential of the worker that opened it, so a killed worker's transactions can be dropped. */
  readonly owner: string | undefined;
  lastUsed: number;
  private readonly observed = new Map<string, Map<string, number>>();
  private readonly writes = new Map<string, Map<string, Doc | null>>();

  constructor(owner: string | undefined) {
    this.owner = owner;
    this.lastUsed = Date.now();
  }

  observe(coll: Collection, key: string): void {
    let seen = this.observed.get(coll.name);
    if (!seen) this.observed.set(coll.name, (seen = new Map()));
    if (!seen.has(key)) seen.set(key, coll.version(key));
  }

  overlay(collection: string): Map<string, Doc | null> | undefined {
    return this.writes.get(collection);
  }

  write(coll: Collection, key: string, doc: Doc | null): void {
    this.observe(coll, key);
    let overlay = this.writes.get(coll.name);
    if (!overlay) this.writes.set(coll.name, (overlay = new Map()));
    overlay.set(key, doc);
  }

  observedEntries(): Iterable<[string, Map<string, number>]> {
    return this.observed.entries();
  }

  writeEntries(): Iterable<[string, Map<string, Doc | null>]> {
    return this.writes.entries();
  }
}

export class TransactionRegistry {
  private readonly open = new Map<string, Transaction>();

  begin(owner: string | undefined): Transaction {
    const tx = new Transaction(owner);
    this.open.set(tx.id, tx);
    return tx;
  }

  get(id: string): Transaction {
    const tx = this.open.get(id);
    if (!tx) {
      throw new CloudError('DATABASE_TRANSACTION_FAIL', `transaction ${id} does not exist (committed, aborted or expired)`);
    }
    tx.lastUsed = Date.now();
    return tx;
  }

  end(id: string): void {
    this.open.delete(id);
  }

  get size(): number {
    return this.open.size;
  }

  /** Drops transactions idle for too long; returns how many. */
  expire(now = Date.now()): number {
    let n = 0;
    for (const [id, tx] of this.open) {
      if (now - tx.lastUsed > TRANSACTION_IDLE_MS) {
        this.open.delete(id);
        n++;
      }
    }
    return n;
  }

  abortOwnedBy(owner: string): void {
    for (const [id, tx] of this.open) if (tx.owner === owner) this.open.delete(id);
  }
}
