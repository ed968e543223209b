import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import type { ContactCardDto } from '../../cloudfunctions/contract';
import { serveStatic } from '../../localcloud/server/static-files';
import { buildFunctions } from '../../scripts/build-functions';
import { buildTaro } from '../../scripts/buildTaro';
import { duplicationIn } from '../../scripts/h5/chunkModules';
import { precompress } from '../../scripts/h5/precompress';
import { actAs } from '../../tests/support/actAs';
import { launchBrowser, type TestBrowser } from '../../tests/support/browser';
import { dataOf, startTestCloud, type TestCloud } from '../../tests/support/testCloud';
import type { BenchSection } from '../BenchSection';

const h5Dir = path.resolve(__dirname, '../../dist/h5');

/** A rural link and a cheap phone, as Chromium's DevTools emulate them. */
const RURAL = { latencyMs: 400, kbitPerSecond: 400, cpuSlowdown: 4 };
/** Runs of each page; the median is reported. */
const RUNS = Number(process.env.BENCH_H5_RUNS ?? 3);
const RESIDENT = { name: '王秀英', openid: 'demo-resident-wang' };
const CARD = '.gt-contact-card';

interface Load {
  ms: number;
  bytes: number;
  requests: number;
  /** The home's cloud calls until the card: when each was sent and answered (ms after navigation). */
  cloudCalls: Array<{ url: string; sentMs: number; doneMs: number }>;
  /** Every request until the card: when it was sent and finished (ms after navigation) and its bytes. */
  waterfall: Array<{ url: string; sentMs: number; doneMs: number; bytes: number }>;
}

/** Opens `url` in a fresh context (empty cache) on the rural link; until the contact card is visible. */
async function loadUntilCard(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: RURAL.latencyMs,
    downloadThroughput: (RURAL.kbitPerSecond * 1000) / 8,
    uploadThroughput: (RURAL.kbitPerSecond * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RURAL.cpuSlowdown });
  const sent = new Map<string, { url: string; at: number }>();
  const finished: Array<{ url: string; bytes: number; sentAt: number; at: number }> = [];
  cdp.on('Network.requestWillBeSent', (event: { requestId: string; request: { url: string }; timestamp: number }) => {
    sent.set(event.requestId, { url: event.request.url, at: event.timestamp });
  });
  cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number; timestamp: number }) => {
    const request = sent.get(event.requestId);
    if (request) finished.push({ url: request.url, bytes: event.encodedDataLength, sentAt: request.at, at: event.timestamp });
  });
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(CARD).first().waitFor({ state: 'visible', timeout: 120_000 });
  const ms = performance.now() - started;
  const upToCard = [...finished];
  const navigation = Math.min(...[...sent.values()].map((r) => r.at));
  const sinceNavigation = (at: number) => (at - navigation) * 1000;
  await page.close();
  return {
    waterfall: upToCard.map((r) => ({ url: r.url, sentMs: sinceNavigation(r.sentAt), doneMs: sinceNavigation(r.at), bytes: r.bytes })),
    ms,
    bytes: upToCard.reduce((sum, r) => sum + r.bytes, 0),
    requests: upToCard.length,
    cloudCalls: upToCard
      .filter((r) => new URL(r.url).pathname.startsWith('/cloud/'))
      .map((r) => ({ url: r.url, sentMs: sinceNavigation(r.sentAt), doneMs: sinceNavigation(r.at) })),
  };
}

/** The same text as the home page's contact card, as one static HTML page: the anchor. */
function staticCardPage(card: ContactCardDto): string {
  const people = card.contacts
    .map((c) => `<li>${c.name} ${c.title} ${c.duties.join('、')} <a href="tel:${c.phone}">${c.phone}</a></li>`)
    .join('');
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>网格通</title></head><body><h1>${card.township.name} ${card.village.name} ${card.grid.name}</h1>` +
    `<ul class="gt-contact-card">${people}</ul></body></html>`
  );
}

/** A server for the anchor page on this machine, served by the runtime's own static rules (compressed). */
async function serveAnchor(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wgt-anchor-'));
  writeFileSync(path.join(dir, 'index.html'), html);
  precompress(dir);
  const server = http.createServer((req, res) => serveStatic(req, res, dir, new URL(req.url ?? '/', 'http://x').pathname));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function printWaterfall(load: Load, ms: number): void {
  console.error(`card visible at ${Math.round(ms)} ms (this load ${Math.round(load.ms)} ms)`);
  for (const r of [...load.waterfall].sort((a, b) => a.sentMs - b.sentMs)) {
    const where = new URL(r.url);
    console.error(
      `${String(Math.round(r.sentMs)).padStart(6)} → ${String(Math.round(r.doneMs)).padStart(6)} ms ${String(r.bytes).padStart(7)} B  ${where.pathname}`,
    );
  }
}

function ruralMs(loads: Load[]): number {
  return median(loads.map((l) => l.ms));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The H5 build on a rural link (400 ms, 400 kbit/s each way, CPU 4× slower):
 * a returning resident (identity on the phone, empty cache) opens the app
 * until the contact card shows (`h5.ruralCardMs`), beside a static page
 * with the same text on the same link in the same run (`h5.staticCardMs`);
 * bytes and requests to the card; code the build ships more than once
 * (`h5.duplicatedBytes`); and the home's second cloud call, which waits for
 * the first (`h5.secondHomeCallMs`: what one home call would save).
 */
export const h5Bench: BenchSection = {
  title: `H5 on a rural link (${RURAL.latencyMs} ms, ${RURAL.kbitPerSecond} kbit/s, CPU ${RURAL.cpuSlowdown}× slower), median of ${RUNS}`,
  async run() {
    await buildFunctions();
    // BENCH_REUSE_H5_BUILD=1 measures dist/h5 as it is (after `npm run build:h5`-like runs of buildTaro).
    if (process.env.BENCH_REUSE_H5_BUILD !== '1') buildTaro('h5');
    const duplication = duplicationIn(h5Dir);
    let test: TestCloud | undefined;
    let browser: TestBrowser | undefined;
    let anchor: Awaited<ReturnType<typeof serveAnchor>> | undefined;
    try {
      test = await startTestCloud({ staticDir: h5Dir });
      browser = await launchBrowser();
      const me = dataOf(await test.call(RESIDENT.openid, 'users', 'me', {}));
      const gridId = me.homeGrid?.grid.id;
      if (!gridId) throw new Error(`${RESIDENT.name} has no home grid in the demo data`);
      const card = dataOf(await test.call(RESIDENT.openid, 'grids', 'contactCard', { gridId }));
      anchor = await serveAnchor(staticCardPage(card));

      // A returning resident: their identity is on the phone, the browser's cache is empty.
      const setup = await browser.browser.newContext({ locale: 'zh-CN' });
      await actAs(await setup.newPage(), test.cloud.url, RESIDENT.name);
      const storageState = await setup.storageState();
      await setup.close();

      const app: Load[] = [];
      const anchors: Load[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        for (const [url, into] of [
          [`${test.cloud.url}/`, app],
          [anchor.url, anchors],
        ] as const) {
          const context = await browser.browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, storageState });
          into.push(await loadUntilCard(context, url));
          await context.close();
        }
      }
      const typical = app.find((load) => load.ms === median(app.map((l) => l.ms))) ?? app[0];
      // BENCH_H5_WATERFALL=1 prints the typical load's requests (stderr), to see what the card waits for.
      if (process.env.BENCH_H5_WATERFALL === '1') printWaterfall(typical, ruralMs(app));
      const calls = typical.cloudCalls;
      const secondCall = calls.length >= 2 ? calls[1].doneMs - calls[0].doneMs : 0;
      const ruralCardMs = Math.round(median(app.map((l) => l.ms)));
      const staticCardMs = Math.round(median(anchors.map((l) => l.ms)));
      return {
        'h5.ruralCardMs': ruralCardMs,
        'h5.staticCardMs': staticCardMs,
        'h5.ruralCardRatio': Math.round((ruralCardMs / staticCardMs) * 100) / 100,
        'h5.cardBytes': median(app.map((l) => l.bytes)),
        'h5.cardRequests': median(app.map((l) => l.requests)),
        'h5.staticCardBytes': median(anchors.map((l) => l.bytes)),
        'h5.homeCloudCalls': calls.length,
        'h5.secondHomeCallMs': Math.round(secondCall),
        'h5.duplicatedBytes': duplication.duplicatedBytes,
        'h5.duplicatedModules': duplication.duplicatedModules,
      };
    } finally {
      await anchor?.close();
      await browser?.close();
      await test?.close();
    }
  },
};
