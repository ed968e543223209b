import { randomBytes } from 'node:crypto';

/** Who a function runs as: what getWXContext() returns inside it. */
export interface Identity {
  openid?: string;
  appid?: string;
  unionid?: string;
}

export type InvocationSource = 'http' | 'api' | 'callFunction' | 'timer';

/** What one database action cost (see QueryCost): for tests and benchmarks to read. */
export interface DbActionCost {
  action: string;
  collection: string;
  examined: number;
  returned: number;
  /** The plan of the query, in words (IXSCAN {a,b}, OR(...), COLLSCAN). */
  plan: string;
}

/** The per-action log kept for one invocation tree: enough to find the costly query. */
const MAX_LOGGED_ACTIONS = 500;

/**
 * What getWXContext().SOURCE says inside the function (TCB_SOURCE on the
 * platform): `wx_client` for a mini-program user, `wx_http` for WeChat's HTTP
 * API (the account's own servers, no user), `wx_trigger` for a timer trigger,
 * and the caller's chain plus `,scf` for a function another function called.
 * Only a timer trigger itself is `wx_trigger` exactly.
 */
export function wxSourceOf(source: InvocationSource, identity: Identity, parent?: Invocation): string {
  if (source === 'timer') return 'wx_trigger';
  if (source === 'callFunction') return parent ? `${parent.wxSource},scf` : 'scf';
  return identity.openid ? 'wx_client' : 'wx_http';
}

/**
 * One run of a cloud function. Nested callFunction runs share the caller's
 * identity and count their database actions on the outermost invocation.
 */
export class Invocation {
  readonly id = randomBytes(8).toString('hex');
  readonly functionName: string;
  readonly identity: Identity;
  readonly source: InvocationSource;
  /** getWXContext().SOURCE of this run (see wxSourceOf). */
  readonly wxSource: string;
  readonly root: Invocation;
  private actions = 0;
  private examined = 0;
  private returned = 0;
  private readonly costs: DbActionCost[] = [];

  constructor(functionName: string, identity: Identity, source: InvocationSource, parent?: Invocation) {
    this.functionName = functionName;
    this.identity = identity;
    this.source = source;
    this.wxSource = wxSourceOf(source, identity, parent);
    this.root = parent ? parent.root : this;
  }

  countDbAction(): void {
    this.root.actions++;
  }

  /** Database actions of this invocation tree (only meaningful on the root). */
  get dbActions(): number {
    return this.root.actions;
  }

  /** Counts what a database action examined and returned, on the outermost invocation. */
  countDbCost(cost: DbActionCost): void {
    const root = this.root;
    root.examined += cost.examined;
    root.returned += cost.returned;
    if (root.costs.length < MAX_LOGGED_ACTIONS) root.costs.push(cost);
  }

  /** Documents the database examined for this invocation tree (MongoDB's totalDocsExamined, summed). */
  get dbExamined(): number {
    return this.root.examined;
  }

  /** Documents the database returned to this invocation tree. */
  get dbReturned(): number {
    return this.root.returned;
  }

  /** Each database action's cost, in order (the first 500). */
  get dbCosts(): readonly DbActionCost[] {
    return this.root.costs;
  }
}
