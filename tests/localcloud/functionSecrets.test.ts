import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FUNCTION_SECRETS_FILE, functionSecrets } from '../../localcloud/runtime/functionSecrets';
import { startFixtureCloud, type FixtureCloud } from './harness';

/**
 * Secrets the functions read from their environment variables (WeChat:
 * 云函数 → 函数配置 → 环境变量): the local runtime sets them for its
 * function instances, each from the host's environment when the deployer
 * set it there, else kept in the data folder, made at random the first time.
 */
describe('functionSecrets', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'localcloud-secrets-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('makes a random secret for a data folder that has none, keeps it owner-only, and gives the same one after', () => {
    const first = functionSecrets(dataDir, ['A_SECRET', 'B_SECRET'], {});
    expect(first.A_SECRET).toMatch(/^[0-9a-f]{64}$/);
    expect(first.B_SECRET).toMatch(/^[0-9a-f]{64}$/);
    expect(first.A_SECRET).not.toBe(first.B_SECRET);
    const file = path.join(dataDir, FUNCTION_SECRETS_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(functionSecrets(dataDir, ['A_SECRET', 'B_SECRET'], {})).toEqual(first);
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'localcloud-secrets-'));
    try {
      expect(functionSecrets(other, ['A_SECRET'], {}).A_SECRET).not.toBe(first.A_SECRET);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('takes the value the host environment sets, writing none for it', () => {
    expect(functionSecrets(dataDir, ['A_SECRET'], { A_SECRET: 'from-the-deployer' })).toEqual({ A_SECRET: 'from-the-deployer' });
    expect(fs.existsSync(path.join(dataDir, FUNCTION_SECRETS_FILE))).toBe(false);
  });
});

describe('the functions are given the secrets', () => {
  let fx: FixtureCloud;
  beforeAll(async () => {
    fx = await startFixtureCloud(
      {
        secretive: {
          // Its digest, not the secret: what the function has is compared without sending it.
          code: `exports.main = async () => ({ digest: require('node:crypto').createHash('sha256').update(process.env.FIXTURE_SECRET || '').digest('hex') });`,
        },
      },
      { functionSecrets: ['FIXTURE_SECRET'] },
    );
  });
  afterAll(() => fx.cleanup());

  it('in their environment, the same after a restart on the same data folder', async () => {
    const secret = fx.cloud.functionEnv.FIXTURE_SECRET;
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect((await fx.cloud.invoke('secretive', {})).result).toEqual({ digest: createHash('sha256').update(secret).digest('hex') });
    await fx.cloud.close();
    const again = await fx.reopen();
    expect(again.functionEnv.FIXTURE_SECRET).toBe(secret);
  });
});
