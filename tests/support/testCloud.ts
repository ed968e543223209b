import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ActionName, Envelope, FunctionName, RequestOf, ResponseOf } from '../../cloudfunctions/contract';
import { UPLOAD_SECRET_VAR } from '../../cloudfunctions/shared/uploadFolder';
import { startLocalCloud } from '../../localcloud';
import { productTemplates } from '../../localcloud/console/productTemplates';
import { seedDemoData } from '../../localcloud/seed/seedDemoData';

type LocalCloud = Awaited<ReturnType<typeof startLocalCloud>>;

export interface TestCloud {
  cloud: LocalCloud;
  /** Calls an action as `openid` over HTTP, exactly as the H5 client does. */
  call<F extends FunctionName, A extends ActionName<F>>(
    openid: string,
    fn: F,
    action: A,
    payload: RequestOf<F, A>,
  ): Promise<Envelope<ResponseOf<F, A>>>;
  /** Sends any event at all, for malformed-input tests; with the database work it cost (X-Db-* headers). */
  raw(
    openid: string | null,
    fn: string,
    event: unknown,
  ): Promise<{ status: number; body: unknown; dbActions: number; dbExamined: number; dbReturned: number }>;
  close(): Promise<void>;
}

/** A fresh local cloud on a random port with its own data folder and the demo data. */
export async function startTestCloud(
  options: { seed?: boolean; staticDir?: string; workers?: number; functionsDir?: string; functionSecrets?: readonly string[] } = {},
): Promise<TestCloud> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'wgt-cloud-'));
  const cloud = await startLocalCloud({
    port: 0,
    dataDir,
    functionsDir: options.functionsDir ?? path.resolve(__dirname, '../../dist/cloudfunctions'),
    staticDir: options.staticDir,
    workers: options.workers,
    enableTimers: false,
    subscribeTemplates: productTemplates(),
    functionSecrets: options.functionSecrets,
  });
  if (options.seed !== false) await seedDemoData(cloud.store, new Date(), cloud.functionEnv[UPLOAD_SECRET_VAR]);

  async function raw(openid: string | null, fn: string, event: unknown) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (openid !== null) headers['x-wx-openid'] = openid;
    const response = await fetch(`${cloud.url}/cloud/${fn}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(event),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? (JSON.parse(text) as unknown) : null,
      dbActions: Number(response.headers.get('x-db-actions') ?? 'NaN'),
      dbExamined: Number(response.headers.get('x-db-examined') ?? 'NaN'),
      dbReturned: Number(response.headers.get('x-db-returned') ?? 'NaN'),
    };
  }

  return {
    cloud,
    raw,
    async call(openid, fn, action, payload) {
      const { body } = await raw(openid, fn, { action, payload });
      return body as Envelope<ResponseOf<typeof fn, typeof action>>;
    },
    async close() {
      await cloud.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Unwraps an ok envelope or fails the test with the error it carried. */
export function dataOf<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${envelope.code}: ${envelope.message}`);
  return envelope.data;
}
