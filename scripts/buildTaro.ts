/**
 * Builds the H5 app unless dist/h5 is newer than every source it comes from,
 * so `npm start` is quick the second time and never serves a stale build.
 * An H5 build is finished by scripts/h5/finishBuild.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { finishH5Build } from './h5/finishBuild';

const root = path.resolve(__dirname, '..');
const SOURCES = ['src', 'config', 'cloudfunctions/contract', 'babel.config.js', 'package.json', 'scripts/h5'];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

export function buildTaro(type: 'h5' | 'weapp'): void {
  const result = spawnSync('npx', ['taro', 'build', '--type', type], {
    cwd: root,
    // Build logs go to stderr so a caller's stdout (e.g. `bench --json`) stays clean.
    stdio: ['ignore', 2, 2],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`taro build --type ${type} failed (exit ${String(result.status)})`);
  // Preloads, the service worker and precompressed files (scripts/h5/finishBuild.ts).
  if (type === 'h5') finishH5Build(path.join(root, 'dist', 'h5'));
}

export function buildH5IfStale(): void {
  const built = path.join(root, 'dist', 'h5', 'index.html');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((source) => newestMtime(path.join(root, source))));
  if (builtAt > sourcesAt) {
    console.log('H5 build is up to date');
    return;
  }
  console.log('building the H5 app (about half a minute)…');
  buildTaro('h5');
}
