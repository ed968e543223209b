import { randomBytes } from 'node:crypto';

/** Who a function runs as: what getWXContext() returns inside it. */
export interface Identity {
  openid?: string;
  appid?: string;
  unionid?: string;
}

export type InvocationSource = 'http' | 'api' | 'callFunction' | 'timer';

/**
 * One run of a cloud function. Nested callFunction runs share the caller's
 * identity and count their database actions on the outermost invocation.
 */
export class Invocation {
  readonly id = randomBytes(8).toString('hex');
  readonly functionName: string;
  readonly identity: Identity;
  readonly source: InvocationSource;
  readonly root: Invocation;
  private actions = 0;

  constructor(functionName: string, identity: Identity, source: InvocationSource, parent?: Invocation) {
    this.functionName = functionName;
    this.identity = identity;
    this.source = source;
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
