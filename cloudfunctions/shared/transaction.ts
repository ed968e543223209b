import { DomainError } from '../domain/shared/DomainError';
import type { Database } from './cloud';

/**
 * What a transaction offers (wx-server-sdk leaves it untyped): only `doc()`
 * reads and writes and `add` take part in it; a `where()` query inside the
 * callback would run outside the transaction, so none is offered here.
 */
export interface TransactionDoc {
  get(): Promise<{ data: unknown }>;
  set(options: { data: object }): Promise<unknown>;
  update(options: { data: object }): Promise<unknown>;
  remove(): Promise<unknown>;
}

export interface TransactionCollection {
  doc(id: string): TransactionDoc;
  add(options: { data: object }): Promise<unknown>;
}

export interface Transaction {
  collection(name: string): TransactionCollection;
}

/** Tries of a transaction that keeps meeting other writers before the caller is told CONFLICT. */
export const TRANSACTION_ATTEMPTS = 4;

/** What the caller is told when the others kept getting there first. */
export const TRANSACTION_CONFLICT_MESSAGE = '有人同时在修改，请稍后再试';

/** -501001, the SDK's code for any backend failure it has no code of its own for (TCB_ERR_CODE.SYS_ERR). */
const SDK_SYSTEM_ERROR = -501001;

function fieldOf(error: unknown, name: 'code' | 'errCode' | 'errMsg' | 'message'): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/**
 * A write that lost to another writer. The backend reports it as
 * DATABASE_TRANSACTION_CONFLICT; what reaches us depends on where: the
 * commit's answer keeps that code, while a document operation's wrapper in
 * wx-server-sdk rewrites it as errCode -501001 with the backend's message.
 */
export function isWriteConflict(error: unknown): boolean {
  if (fieldOf(error, 'code') === 'DATABASE_TRANSACTION_CONFLICT') return true;
  const text = String(fieldOf(error, 'errMsg') ?? fieldOf(error, 'message') ?? '');
  return fieldOf(error, 'errCode') === SDK_SYSTEM_ERROR && /conflict/i.test(text);
}

/**
 * Inside a transaction, every failure of an operation the SDK has no code for
 * comes back as -501001 (the write conflict among them, whatever the
 * backend's wording): all are worth one more try of the whole transaction.
 */
function isWorthRetrying(error: unknown): boolean {
  return isWriteConflict(error) || fieldOf(error, 'errCode') === SDK_SYSTEM_ERROR;
}

/**
 * The transaction handed to `work`: each operation must be awaited before the
 * next is started (operations of a transaction run one at a time; a
 * `Promise.all` inside one fails on the real service), so a second one
 * started early is refused here, on every platform, before it is sent.
 */
function oneAtATime(raw: Transaction): Transaction {
  let busy = false;
  const serial = <R>(operation: () => Promise<R>): Promise<R> => {
    if (busy) return Promise.reject(new Error('transaction operations run one at a time: await each before starting the next'));
    busy = true;
    return operation().finally(() => {
      busy = false;
    });
  };
  return {
    collection(name) {
      const collection = raw.collection(name);
      return {
        add: (options) => serial(() => collection.add(options)),
        doc(id) {
          const doc = collection.doc(id);
          return {
            get: () => serial(() => doc.get()),
            set: (options) => serial(() => doc.set(options)),
            update: (options) => serial(() => doc.update(options)),
            remove: () => serial(() => doc.remove()),
          };
        },
      };
    },
  };
}

/**
 * Runs `work` in a database transaction: all its writes land together or
 * none does. Reads inside see the database as at the transaction's first
 * operation; a document written by another writer since then (or being
 * written by another transaction) fails our write of it. Reading a document
 * never conflicts: to act on a document staying as read, write it.
 *
 * wx-server-sdk retries only a conflict reported at commit; here the whole of
 * `work` runs again, a little later each time, whenever a write lost (at the
 * write or at commit), so `work` must decide from what it reads inside and
 * must not keep state between runs. After TRANSACTION_ATTEMPTS the caller is
 * told CONFLICT. To refuse, return a value saying so rather than throwing
 * after a write. At most 100 operations, finished within 30 s of starting.
 */
export async function runTransaction<T>(db: Database, work: (transaction: Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      // 0: the SDK's own retry is off; this loop covers both kinds of conflict.
      return (await db.runTransaction((raw: Transaction) => work(oneAtATime(raw)), 0)) as T;
    } catch (error) {
      if (!isWorthRetrying(error)) throw error;
      if (attempt >= TRANSACTION_ATTEMPTS) {
        console.warn(
          `[transaction] gave up after ${attempt} tries:`,
          String(fieldOf(error, 'errMsg') ?? fieldOf(error, 'message') ?? error),
        );
        throw new DomainError('CONFLICT', TRANSACTION_CONFLICT_MESSAGE);
      }
      // Spread out, so that writers who met do not meet again.
      const pause = 20 * 2 ** (attempt - 1) * (1 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** Reads a document inside a transaction; a missing one fails the read (see getInTransactionOrNull). */
export async function getInTransaction<T>(transaction: Transaction, collection: string, id: string): Promise<T> {
  const { data } = await transaction.collection(collection).doc(id).get();
  return data as T;
}

/** The SDK fails `doc().get()` on a missing document, in a transaction too. */
const MISSING_DOCUMENT = /does not exist/;

/** A document read in the transaction, or null when it does not exist; any other failure is raised. */
export async function getInTransactionOrNull<T>(transaction: Transaction, collection: string, id: string): Promise<T | null> {
  try {
    return await getInTransaction<T>(transaction, collection, id);
  } catch (error) {
    if (error instanceof Error && MISSING_DOCUMENT.test(error.message)) return null;
    throw error;
  }
}
