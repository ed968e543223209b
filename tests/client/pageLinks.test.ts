/**
 * Every page the code opens exists: a URL to `/pages/…/index` or
 * `/packages/…/index` in src/ (navigateTo, entries, links) or in the cloud
 * functions (a subscribe message's page) names a page app.config.ts declares.
 * A page moved to a subpackage cannot leave a link behind that fails at a tap.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** The pages app.config.ts declares: the main package's and each subpackage's under its root. */
function declaredPages(): Set<string> {
  const config = readFileSync(join(ROOT, 'src', 'app.config.ts'), 'utf8');
  const pages = new Set<string>();
  const main = /\n\s*pages:\s*\[([^\]]*)\]/.exec(config);
  for (const [, page] of (main?.[1] ?? '').matchAll(/'([^']+)'/g)) pages.add(page);
  for (const [, root, list] of config.matchAll(/root:\s*'([^']+)',\s*(?:\/\/[^\n]*\n\s*)*pages:\s*\[([^\]]*)\]/g)) {
    for (const [, page] of list.matchAll(/'([^']+)'/g)) pages.add(`${root}/${page}`);
  }
  return pages;
}

/** `/pages/x/index` or `/packages/a/b/index` written in a file, without its query. */
const PAGE_URL = /['"`]\/?((?:pages|packages)\/[a-z0-9/-]+\/index)(?=[?'"`])/g;

test('app.config.ts declares the tab pages and the subpackages', () => {
  const pages = declaredPages();
  expect(pages.has('pages/index/index')).toBe(true);
  expect(pages.has('packages/requests/detail/index')).toBe(true);
});

test('every page URL in the code is a declared page', () => {
  const pages = declaredPages();
  const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'cloudfunctions'))].filter(
    (f) => !f.endsWith('app.config.ts'),
  );
  const unknown: string[] = [];
  let seen = 0;
  for (const file of files) {
    for (const [, page] of readFileSync(file, 'utf8').matchAll(PAGE_URL)) {
      seen += 1;
      if (!pages.has(page)) unknown.push(`${relative(ROOT, file)}: ${page}`);
    }
  }
  expect(seen).toBeGreaterThan(20);
  expect(unknown).toEqual([]);
});
