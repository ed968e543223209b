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

/** The caller's OPENID as WeChat vouches for it; empty when there is none. */
export function callerOpenId(): string {
  const openid: unknown = cloud.getWXContext().OPENID;
  return typeof openid === 'string' ? openid : '';
}

export { cloud };
