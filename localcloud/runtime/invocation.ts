import { randomBytes } from 'node:crypto';

/** Who a function runs as: what getWXContext() returns inside it. */
export interface Identity {
  openid?: string;
  appid?: string;
  unionid?: string;
}

export type InvocationSource = 'http' | 'api' | 'callFunction' | 'timer';

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
}
