import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where a data folder keeps the secrets its functions are given (never in the repository: data folders are not). */
export const FUNCTION_SECRETS_FILE = 'function-secrets.json';

type Env = Record<string, string | undefined>;

function readKept(file: string): Record<string, string> {
  if (!fs.existsSync(file)) return {};
  const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  if (typeof kept !== 'object' || kept === null || Array.isArray(kept)) throw new Error(`${file} is not an object of secrets`);
  return Object.fromEntries(Object.entries(kept).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/**
 * The secret environment variables a console would hold for the functions
 * (WeChat: 云函数 → 函数配置 → 环境变量), as the local runtime sets them for
 * its function instances: a value the host's own environment gives (a
 * deployer's choice), else the one kept in the data folder, made at random
 * the first time and kept (owner-only) so tokens stay valid across restarts.
 */
export function functionSecrets(dataDir: string, names: readonly string[], host: Env = process.env): Record<string, string> {
  const file = path.join(dataDir, FUNCTION_SECRETS_FILE);
  const kept = readKept(file);
  const missing = names.filter((name) => !host[name] && !kept[name]);
  if (missing.length > 0) {
    for (const name of missing) kept[name] = randomBytes(32).toString('hex');
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(kept, null, 2)}\n`, { mode: 0o600 });
  }
  return Object.fromEntries(names.map((name) => [name, host[name] || kept[name]]));
}
