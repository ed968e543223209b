import { toCanonicalEJSON } from '../../localcloud/store/ejson';

/** A transaction opened on the backend's wire, as the SDK opens one: another writer, held open by the test. */
export interface HeldTransaction {
  /** `doc(id).update({ data: fields })`: takes the document's write lock. */
  update(collection: string, id: string, fields: Record<string, unknown>): Promise<void>;
  /** `doc(id).set({ data })`. */
  set(collection: string, id: string, data: Record<string, unknown>): Promise<void>;
  remove(collection: string, id: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
  /** Aborts it unless it was committed or aborted already (test cleanup). */
  release(): Promise<void>;
}

/**
 * Opens a transaction against the local cloud at `url` (its /admin endpoint),
 * so a test can put another writer in the middle of an action: what the
 * action meets when another function's transaction holds a document.
 */
export async function holdTransaction(url: string): Promise<HeldTransaction> {
  async function send(body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const response = await fetch(`${url}/admin?env=local-dev`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ envName: 'local-dev', ...body }),
    });
    const answer = (await response.json()) as Record<string, unknown>;
    if (answer.code) throw new Error(`${String(body.action)}: ${String(answer.code)} ${String(answer.message)}`);
    return answer;
  }
  const { transactionId } = await send({ action: 'database.startTransaction' });
  let open = true;
  const byId = (collectionName: string, id: string) => ({
    collectionName,
    transactionId,
    queryType: 'DOC',
    query: toCanonicalEJSON({ _id: id }),
    multi: false,
  });
  const held: HeldTransaction = {
    async update(collection, id, fields) {
      await send({
        action: 'database.modifyDocument',
        ...byId(collection, id),
        data: toCanonicalEJSON({ $set: fields }),
        merge: true,
        upsert: false,
      });
    },
    async set(collection, id, data) {
      await send({ action: 'database.modifyDocument', ...byId(collection, id), data: toCanonicalEJSON(data), merge: false, upsert: true });
    },
    async remove(collection, id) {
      await send({ action: 'database.removeDocument', ...byId(collection, id) });
    },
    async commit() {
      open = false;
      await send({ action: 'database.commitTransaction', transactionId });
    },
    async abort() {
      open = false;
      await send({ action: 'database.abortTransaction', transactionId });
    },
    async release() {
      if (open) await held.abort();
    },
  };
  return held;
}
