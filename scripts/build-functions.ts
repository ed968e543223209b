/**
 * Bundles each cloud function into a self-contained deployable folder
 * (dist/cloudfunctions/<name>/{index.js,package.json,config.json}) that
 * WeChat DevTools uploads unchanged. Shared code (contract, domain, edge
 * helpers) is bundled in; only wx-server-sdk stays external, installed by
 * the cloud from the pinned version in the folder's package.json.
 */
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const sourceRoot = path.join(root, 'cloudfunctions', 'functions');
export const functionsOutDir = path.join(root, 'dist', 'cloudfunctions');

function sdkVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  return pkg.dependencies['wx-server-sdk'];
}

export function functionNames(): string[] {
  return readdirSync(sourceRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(sourceRoot, entry.name, 'index.ts')))
    .map((entry) => entry.name)
    .sort();
}

export async function buildFunctions(): Promise<string[]> {
  const names = functionNames();
  rmSync(functionsOutDir, { recursive: true, force: true });
  const version = sdkVersion();
  await Promise.all(
    names.map(async (name) => {
      const outDir = path.join(functionsOutDir, name);
      mkdirSync(outDir, { recursive: true });
      await build({
        entryPoints: [path.join(sourceRoot, name, 'index.ts')],
        outfile: path.join(outDir, 'index.js'),
        bundle: true,
        platform: 'node',
        // WeChat cloud functions run on Node 16 or newer.
        target: 'node16',
        format: 'cjs',
        external: ['wx-server-sdk'],
        legalComments: 'none',
        logLevel: 'warning',
      });
      copyFileSync(path.join(sourceRoot, name, 'config.json'), path.join(outDir, 'config.json'));
      const manifest = {
        name,
        version: '1.0.0',
        private: true,
        main: 'index.js',
        dependencies: { 'wx-server-sdk': version },
      };
      writeFileSync(path.join(outDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    }),
  );
  return names;
}

if (require.main === module) {
  buildFunctions()
    .then((names) => console.log(`built cloud functions: ${names.join(', ')} → ${path.relative(root, functionsOutDir)}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
