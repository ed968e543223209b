import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { actAs, useH5App } from '../support/h5App';

/**
 * Every page app.config.ts declares, opened on the H5 build (Preact) by the
 * demo people who use it: no uncaught error and no console.error on any of
 * them. A resident opens every page (the staff pages answer her with their
 * refusal); each other role opens the tab pages and the areas it works in.
 */
const app = useH5App();

/** The pages app.config.ts declares: the main package's and each subpackage's under its root. */
function declaredPages(): string[] {
  const config = readFileSync(path.resolve(__dirname, '../../src/app.config.ts'), 'utf8');
  const pages: string[] = [];
  const main = /\n\s*pages:\s*\[([^\]]*)\]/.exec(config);
  for (const [, page] of (main?.[1] ?? '').matchAll(/'([^']+)'/g)) pages.push(page);
  for (const [, root, list] of config.matchAll(/root:\s*'([^']+)',\s*(?:\/\/[^\n]*\n\s*)*pages:\s*\[([^\]]*)\]/g)) {
    for (const [, page] of list.matchAll(/'([^']+)'/g)) pages.push(`${root}/${page}`);
  }
  return pages;
}

/** The first stored document's id of a collection (the demo data's), for pages that show one thing. */
function firstId(collection: string): string {
  const [doc] = app().cloud.cloud.store.find(collection, {});
  if (!doc) throw new Error(`the demo data has no ${collection}`);
  return String(doc._id);
}

/** A page's query: the pages that show one thing get one of the demo data's. */
function queryOf(page: string): string {
  const ids: Record<string, () => string> = {
    'packages/requests/detail/index': () => firstId('requests'),
    'packages/proxy/case/index': () => firstId('proxyCases'),
    'packages/visits/household/index': () => firstId('households'),
    'packages/visits/visit/index': () => firstId('visits'),
    'packages/servicedays/session/index': () => firstId('serviceSessions'),
    'packages/servicedays/day/index': () => firstId('serviceSessions'),
    'packages/servicedays/edit/index': () => firstId('serviceDays'),
    'packages/console/message-detail/index': () => firstId('messages'),
  };
  const id = ids[page];
  return id ? `?id=${encodeURIComponent(id())}` : '';
}

const ALL = ['pages/', 'packages/'];
const ROLES: Array<[name: string, areas: string[]]> = [
  ['王秀英', ALL],
  ['汪德华', ['pages/', 'packages/requests/', 'packages/visits/', 'packages/proxy/']],
  ['高秀山', ['pages/', 'packages/party/', 'packages/servicedays/']],
  ['黄文斌', ['pages/', 'packages/party/', 'packages/console/', 'packages/servicedays/', 'packages/admin/']],
  ['钱卫东', ['pages/', 'packages/visits/', 'packages/admin/', 'packages/party/totals/', 'packages/party/stars/']],
  ['系统管理员', ['pages/', 'packages/admin/', 'packages/visits/rules/', 'packages/proxy/catalogue/']],
];

/** Opens the page and waits until it has shown what it loads (no loading state left on screen). */
async function open(page: Page, route: string): Promise<void> {
  await page.goto(`${app().cloud.cloud.url}/${route}${queryOf(route)}`);
  await eventually(async () => expect(await page.locator('.gt-load-state--loading:visible').count()).toBe(0));
}

it.each(ROLES)('%s opens every page of their areas without an error', async (name, areas) => {
  const page = await app().browser.newPage();
  const errors: string[] = [];
  let where = 'the demo identity switch';
  page.on('pageerror', (error) => errors.push(`${where}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${where}: console.error ${message.text()}`);
  });
  await actAs(app(), page, name);
  const routes = declaredPages().filter((route) => areas.some((area) => route.startsWith(area)));
  expect(routes.length).toBeGreaterThan(2);
  for (const route of routes) {
    where = route;
    await open(page, route);
  }
  expect(errors).toEqual([]);
  await page.context().close();
});
