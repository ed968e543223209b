/**
 * Bundles each cloud function into a self-contained deployable folder
 * (dist/cloudfunctions/<name>/{index.js,package.json,config.json}) that
 * WeChat DevTools uploads unchanged. Shared code (contract, domain, edge
 * helpers) is bundled in; only wx-server-sdk stays external, installed by
 * the cloud from the pinned version in the folder's package.json.
 *
 * Heavy libraries that only some actions use (LAZY_LIBRARIES) are bundled
 * into their own file, `vendor/<library>.js` in the function's folder, and
 * required from there on first use (`shared/loadExcelJS.ts`), so a cold
 * start does not even parse them.
 */
import { build, type Plugin } from 'esbuild';
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

/** Loaded with a dynamic import() by the actions that need them; each becomes vendor/<name>.js. */
export const LAZY_LIBRARIES = ['exceljs', 'iconv-lite'] as const;

/** Points the lazy libraries at their vendor file and records which ones the function uses. */
function vendorFiles(used: Set<string>): Plugin {
  const filter = new RegExp(`^(${LAZY_LIBRARIES.join('|')})$`);
  return {
    name: 'vendor-files',
    setup(plugin) {
      plugin.onResolve({ filter }, (args) => {
        if (args.kind !== 'require-call') {
          return {
            errors: [
              {
                text: `${args.path} is loaded lazily: require it inside the function that uses it (see shared/loadExcelJS.ts); import type is fine`,
              },
            ],
          };
        }
        used.add(args.path);
        return { path: `./vendor/${args.path}.js`, external: true };
      });
    },
  };
}

async function buildVendorFile(library: string, outDir: string): Promise<void> {
  await build({
    entryPoints: [require.resolve(library, { paths: [root] })],
    outfile: path.join(outDir, 'vendor', `${library}.js`),
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    legalComments: 'none',
    logLevel: 'warning',
  });
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
      const lazy = new Set<string>();
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
        plugins: [vendorFiles(lazy)],
      });
      await Promise.all([...lazy].map((library) => buildVendorFile(library, outDir)));
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
