import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { functionsOutDir, LAZY_LIBRARIES } from '../../scripts/build-functions';

/** Requires a deployable bundle in a fresh process; lists the vendor files that got loaded. */
function vendorFilesLoadedBy(functionName: string): string[] {
  const bundle = path.join(functionsOutDir, functionName, 'index.js');
  const script = `
    require(process.argv[1]);
    const loaded = Object.keys(require.cache).filter((file) => file.includes('${path.sep}vendor${path.sep}'));
    process.stdout.write(JSON.stringify(loaded));
  `;
  const result = spawnSync(process.execPath, ['-e', script, bundle], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', SILENCE: 'true' },
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[];
}

describe('heavy libraries load only in the actions that use them', () => {
  it('ships exceljs and iconv-lite beside the admin bundle, and exceljs beside the ledger bundle', () => {
    for (const library of LAZY_LIBRARIES) expect(existsSync(path.join(functionsOutDir, 'admin', 'vendor', `${library}.js`))).toBe(true);
    expect(existsSync(path.join(functionsOutDir, 'ledger', 'vendor', 'exceljs.js'))).toBe(true);
    // Nothing another function does not use.
    expect(existsSync(path.join(functionsOutDir, 'ledger', 'vendor', 'iconv-lite.js'))).toBe(false);
    expect(existsSync(path.join(functionsOutDir, 'requests', 'vendor'))).toBe(false);
  });

  it('loading a function does not load them (a cold start of any other action stays cheap)', () => {
    expect(vendorFilesLoadedBy('admin')).toEqual([]);
    expect(vendorFilesLoadedBy('ledger')).toEqual([]);
  });
});
