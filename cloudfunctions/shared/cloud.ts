import * as cloud from 'wx-server-sdk';

// Initialised once per instance. DYNAMIC_CURRENT_ENV makes the SDK use the
// environment the function runs in, so one bundle deploys anywhere. The SDK's
// typings only admit strings here although it documents the symbol.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

export type Database = ReturnType<typeof cloud.database>;

let database: Database | undefined;

export function getDatabase(): Database {
  database ??= cloud.database();
  return database;
}

/** Who WeChat says is calling and what triggered the run (getWXContext: OPENID, SOURCE). */
export interface Invoker {
  /** The caller's OPENID as WeChat vouches for it; empty when there is none. */
  openid: string;
  /**
   * What triggered this run: `wx_client` (a mini-program user), `wx_trigger`
   * (a timer trigger), `wx_http` (WeChat's HTTP API), a chain ending in
   * `,scf` (another function called this one)…; empty when WeChat says nothing.
   */
  source: string;
}

export function invoker(): Invoker {
  const context = cloud.getWXContext() as { OPENID?: unknown; SOURCE?: unknown };
  return {
    openid: typeof context.OPENID === 'string' ? context.OPENID : '',
    source: typeof context.SOURCE === 'string' ? context.SOURCE : '',
  };
}

export { cloud };
