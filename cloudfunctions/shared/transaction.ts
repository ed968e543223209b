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

/**
 * Runs `work` in a database transaction: all its writes land together or
 * none does. The SDK runs `work` again when the commit finds that a document
 * it read was changed meanwhile, so `work` must decide from what it reads
 * inside. To refuse, return a value saying so rather than throwing after a
 * write.
 */
export function runTransaction<T>(db: Database, work: (transaction: Transaction) => Promise<T>): Promise<T> {
  return db.runTransaction(work) as Promise<T>;
}

/** Reads a document inside a transaction. */
export async function getInTransaction<T>(transaction: Transaction, collection: string, id: string): Promise<T> {
  const { data } = await transaction.collection(collection).doc(id).get();
  return data as T;
}
