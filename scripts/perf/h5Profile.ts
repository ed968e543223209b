/**
 * Where the H5 home's script time goes on the rural link: a CPU profile of
 * one load (CPU slowed 4×, 400 ms / 400 kbit/s) of the built dist/h5 until
 * the contact card shows, summed by script file and by function (self time).
 * `npx tsx scripts/perf/h5Profile.ts` after `npm run build:h5`.
 */
import path from 'node:path';
import { actAs } from '../../tests/support/actAs';
import { launchBrowser } from '../../tests/support/browser';
import { startTestCloud } from '../../tests/support/testCloud';
import { buildFunctions } from '../build-functions';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function selfTimes(profile: Profile): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  return self;
}

function top(entries: Map<string, number>, count: number): string[] {
  return [...entries]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${key}`);
}

async function main(): Promise<void> {
  await buildFunctions();
  const test = await startTestCloud({ staticDir: path.resolve(__dirname, '../../dist/h5') });
  const browser = await launchBrowser();
  try {
    const setup = await browser.browser.newContext({ locale: 'zh-CN' });
    await actAs(await setup.newPage(), test.cloud.url, '王秀英');
    const storageState = await setup.storageState();
    await setup.close();
    const context = await browser.browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, storageState });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: 50_000,
      uploadThroughput: 50_000,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const started = performance.now();
    await page.goto(`${test.cloud.url}/`, { waitUntil: 'commit' });
    await page.locator('.gt-contact-card').first().waitFor({ state: 'visible', timeout: 120_000 });
    const ms = performance.now() - started;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const self = selfTimes(profile);
    const byFile = new Map<string, number>();
    const byFunction = new Map<string, number>();
    for (const node of profile.nodes) {
      const t = self.get(node.id) ?? 0;
      const file = node.callFrame.url ? new URL(node.callFrame.url).pathname : `(${node.callFrame.functionName || 'native'})`;
      byFile.set(file, (byFile.get(file) ?? 0) + t);
      const fn = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + t);
    }
    console.log(`card visible after ${Math.round(ms)} ms; profiled CPU (unthrottled clock) by file:`);
    for (const line of top(byFile, 15)) console.log(line);
    console.log('by function (self):');
    for (const line of top(byFunction, 30)) console.log(line);
    await context.close();
  } finally {
    await browser.close();
    await test.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
