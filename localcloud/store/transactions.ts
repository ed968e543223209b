import { randomBytes } from 'node:crypto';
import { CloudError } from '../errors';
import { Doc } from './values';

/**
 * A transaction must be committed or aborted within 30 s of starting, busy or
 * not (CloudBase error code DATABASE_TRANSACTION_FAIL: "transaction must be
 * committed or aborted within 30 seconds").
 */
export const TRANSACTION_LIFETIME_MS = 30_000;

/**
 * Operations (doc reads and writes, adds) one transaction may make. WeChat
 * documents no number; ours keeps every transaction well inside the 30 s
 * lifetime on the real service, and the local cloud refuses the one beyond
 * it so that product code cannot grow past it unnoticed.
 */
export const MAX_TRANSACTION_OPERATIONS = 100;

/**
 * A plain (non-transactional) write of a document a transaction has written
 * waits for the transaction to end ("普通的更新操作会被阻塞，直到事务锁释放或者超时");
 * after this long it fails.
 */
export const LOCK_WAIT_MS = 5_000;

/**
 * Thrown by a plain write that touches a document locked by an open
 * transaction: the caller waits for those transactions (waitForTransactions)
 * and tries the write again. Never reaches the wire.
 */
export class TransactionLockWait extends Error {
  readonly holders: Transaction[];

  constructor(holders: Transaction[]) {
    super('document locked by an open transaction');
    this.holders = holders;
  }
}

export function transactionNotExist(id: string, why: string): CloudError {
  // The real backend's wording (seen in WeChat's developer community), then why.
  return new CloudError(
    'DATABASE_TRANSACTION_FAIL',
    `[ResourceUnavailable.TransactionNotExist] Transaction ${id} does not exist on server: ${why}`,
  );
}

export function writeConflict(collection: string, key: string, why: string): CloudError {
  return new CloudError(
    'DATABASE_TRANSACTION_CONFLICT',
    `transaction write conflict: document ${key} in ${collection} ${why}; the transaction is aborted, start it again`,
  );
}

function lockKey(collection: string, key: string): string {
  return `${collection}\u0000${key}`;
}

/**
 * An open transaction: snapshot isolation with write locks, as WeChat's guide
 * describes it (云开发 › 数据库 › 事务). Its reads see the database as it was at
 * its first operation (`snapshotSeq`), plus its own writes; its writes stay
 * private until commit and lock each document they touch.
 */
export class Transaction {
  readonly id = randomBytes(12).toString('hex');
  /** Credential of the worker that opened it, so a killed worker's transactions can be dropped. */
  readonly owner: string | undefined;
  readonly startedAt: number;
  operations = 0;
  /** The store's write sequence when its first operation ran; null before. */
  snapshotSeq: number | null = null;
  /** An operation of it is being served (they run one at a time). */
  inFlight = false;
  /** performance.now() when the last operation's answer went back: a request that arrived before it was sent without waiting for it. */
  answeredAt = -Infinity;
  readonly locks = new Set<string>();
  readonly ended: Promise<void>;
  private markEnded!: () => void;
  private readonly writes = new Map<string, Map<string, Doc | null>>();
  /** Documents others changed after the snapshot: how they were at the snapshot (null: absent). */
  private readonly snapshot = new Map<string, Map<string, Doc | null>>();

  constructor(owner: string | undefined, startedAt: number) {
    this.owner = owner;
    this.startedAt = startedAt;
    this.ended = new Promise((resolve) => {
      this.markEnded = resolve;
    });
  }

  /** The transaction's own pending version of a document: undefined when it has not written it. */
  pending(collection: string, key: string): Doc | null | undefined {
    return this.writes.get(collection)?.get(key);
  }

  /** How a document was at the snapshot, when someone changed it since; undefined otherwise. */
  atSnapshot(collection: string, key: string): Doc | null | undefined {
    return this.snapshot.get(collection)?.get(key);
  }

  write(collection: string, key: string, doc: Doc | null): void {
    let overlay = this.writes.get(collection);
    if (!overlay) this.writes.set(collection, (overlay = new Map()));
    overlay.set(key, doc);
  }

  /** Keeps the first version seen of a document someone else changes after the snapshot. */
  keepSnapshot(collection: string, key: string, before: Doc | null): void {
    let kept = this.snapshot.get(collection);
    if (!kept) this.snapshot.set(collection, (kept = new Map()));
    if (!kept.has(key)) kept.set(key, before);
  }

  writeEntries(): Iterable<[string, Map<string, Doc | null>]> {
    return this.writes.entries();
  }

  end(): void {
    this.markEnded();
  }
}

export interface TransactionStats {
  started: number;
  committed: number;
  /** Aborted by the caller, by a failed operation, by expiry or because their worker died. */
  aborted: number;
  /** Write conflicts raised at a write. */
  conflicts: number;
  /** Times a plain write waited for a transaction's lock. */
  lockWaits: number;
  /** The most operations any finished transaction made. */
  maxOperations: number;
}

export class TransactionRegistry {
  private readonly open = new Map<string, Transaction>();
  private readonly locks = new Map<string, Transaction>();
  private readonly now: () => number;
  stats: TransactionStats = TransactionRegistry.emptyStats();

  constructor(now: () => number) {
    this.now = now;
  }

  private static emptyStats(): TransactionStats {
    return { started: 0, committed: 0, aborted: 0, conflicts: 0, lockWaits: 0, maxOperations: 0 };
  }

  resetStats(): void {
    this.stats = TransactionRegistry.emptyStats();
  }

  begin(owner: string | undefined): Transaction {
    const tx = new Transaction(owner, this.now());
    this.open.set(tx.id, tx);
    this.stats.started += 1;
    return tx;
  }

  /** An open transaction within its lifetime; one past it is dropped (its locks released) and refused. */
  live(id: string): Transaction {
    const tx = this.open.get(id);
    if (!tx) throw transactionNotExist(id, 'it was committed, aborted, failed or expired');
    if (this.now() - tx.startedAt > TRANSACTION_LIFETIME_MS) {
      this.finish(tx, false);
      throw transactionNotExist(
        id,
        `a transaction must be committed or aborted within ${TRANSACTION_LIFETIME_MS / 1000} seconds of starting`,
      );
    }
    return tx;
  }

  /** An open transaction, without checking its lifetime. */
  peek(id: string): Transaction | undefined {
    return this.open.get(id);
  }

  /** Ends a transaction (committed or not): releases its locks and wakes the writes waiting for them. */
  finish(tx: Transaction, committed: boolean): void {
    if (!this.open.delete(tx.id)) return;
    for (const key of tx.locks) if (this.locks.get(key) === tx) this.locks.delete(key);
    if (committed) this.stats.committed += 1;
    else this.stats.aborted += 1;
    this.stats.maxOperations = Math.max(this.stats.maxOperations, tx.operations);
    tx.end();
  }

  /** The transaction holding a write lock on a document, other than `except`. */
  lockHolder(collection: string, key: string, except?: Transaction): Transaction | undefined {
    const holder = this.locks.get(lockKey(collection, key));
    if (!holder || holder === except) return undefined;
    if (this.now() - holder.startedAt > TRANSACTION_LIFETIME_MS) {
      this.finish(holder, false);
      return undefined;
    }
    return holder;
  }

  lock(tx: Transaction, collection: string, key: string): void {
    const k = lockKey(collection, key);
    this.locks.set(k, tx);
    tx.locks.add(k);
  }

  /** Before a commit publishes changes: every open transaction keeps how those documents were at its snapshot. */
  keepSnapshots(collection: string, changes: ReadonlyArray<{ key: string; before: Doc | null }>): void {
    for (const tx of this.open.values()) {
      if (tx.snapshotSeq === null) continue;
      for (const { key, before } of changes) tx.keepSnapshot(collection, key, before);
    }
  }

  get size(): number {
    return this.open.size;
  }

  /** Drops transactions past their lifetime; returns how many. */
  expire(now = this.now()): number {
    let n = 0;
    for (const tx of [...this.open.values()]) {
      if (now - tx.startedAt > TRANSACTION_LIFETIME_MS) {
        this.finish(tx, false);
        n++;
      }
    }
    return n;
  }

  abortOwnedBy(owner: string): void {
    for (const tx of [...this.open.values()]) if (tx.owner === owner) this.finish(tx, false);
  }

  /**
   * Resolves when one of `holders` ends, when the first of them reaches the end
   * of its lifetime (it is then dropped), or after `maxMs`, whichever is first.
   */
  async waitFor(holders: Transaction[], maxMs: number): Promise<void> {
    this.stats.lockWaits += 1;
    const untilExpiry = Math.min(...holders.map((tx) => tx.startedAt + TRANSACTION_LIFETIME_MS + 1 - this.now()));
    let timer: NodeJS.Timeout | undefined;
    const elapsed = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, Math.max(0, Math.min(maxMs, untilExpiry)));
    });
    try {
      await Promise.race([elapsed, ...holders.map((tx) => tx.ended)]);
    } finally {
      clearTimeout(timer);
    }
    this.expire();
  }
}
