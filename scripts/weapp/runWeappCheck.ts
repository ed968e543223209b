/**
 * Runs checkWeapp.ts in a child process (miniprogram-ci starts helper
 * processes and the checker ends with process.exit) and returns its report.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { WeappReport } from './checkWeapp';

const root = path.resolve(__dirname, '../..');

export function runWeappCheck(args: string[] = []): { status: number | null; report: WeappReport } {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(__dirname, 'checkWeapp.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (!result.stdout.trim()) throw new Error(`checkWeapp printed no report (exit ${String(result.status)}): ${result.stderr}`);
  return { status: result.status, report: JSON.parse(result.stdout) as WeappReport };
}
