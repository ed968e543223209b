/** A database request as a pause sees it: enough to pick one step of an action out. */
export interface DatabaseRequestView {
  /** e.g. `database.modifyDocument`, `database.insertDocument`. */
  action: string;
  collection: string;
  /** The query and the data as sent, as text (EJSON), to look into. */
  query: string;
  data: string;
  /** The function whose instance sent it ('' from outside one). */
  functionName: string;
}

interface Pause {
  match: (request: DatabaseRequestView) => boolean;
  then: () => Promise<unknown>;
}

function asText(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * For tests of races: the local runtime runs one call after another unless
 * told otherwise, so a branch taken only when another writer lands between
 * an action's check and its write cannot be reached by timing. A pause holds
 * the next database request that matches until `then` (the other writer,
 * e.g. a whole second call) is done, then lets it through: the interleaving
 * is exact, whatever the machine's speed. Each pause acts once.
 */
export class DatabasePauses {
  private readonly pending: Pause[] = [];

  /** The next database request `match` picks waits for `then` first. */
  beforeNext(match: Pause['match'], then: Pause['then']): void {
    this.pending.push({ match, then });
  }

  /** Runs (and forgets) the pause that picks this request, if any; handled before the request itself. */
  async before(body: Record<string, unknown>, action: string, functionName: string): Promise<void> {
    if (this.pending.length === 0) return;
    const view: DatabaseRequestView = {
      action,
      collection: typeof body.collectionName === 'string' ? body.collectionName : '',
      query: asText(body.query),
      data: asText(body.data),
      functionName,
    };
    const index = this.pending.findIndex((pause) => pause.match(view));
    if (index < 0) return;
    // Forgotten first: the other writer's own requests pass straight through.
    const [pause] = this.pending.splice(index, 1);
    await pause.then();
  }
}
