import path from 'node:path';
import { actAs } from '../../tests/support/actAs';
import { launchBrowser } from '../../tests/support/browser';
import { startTestCloud } from '../../tests/support/testCloud';
import { buildFunctions } from '../build-functions';

async function main(): Promise<void> {
  await buildFunctions();
  const test = await startTestCloud({ staticDir: path.resolve(__dirname, '../../dist/h5') });
  const browser = await launchBrowser();
  try {
    const setup = await browser.browser.newContext({ locale: 'zh-CN' });
    await actAs(await setup.newPage(), test.cloud.url, '王秀英');
    const storageState = await setup.storageState();
    await setup.close();
    for (let run = 0; run < 3; run++) {
      const context = await browser.browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, storageState });
      await context.addInitScript(`(() => { const t = window.__t = {}; const seen = (k) => { if (!t[k]) t[k] = Math.round(performance.now()); };
        new MutationObserver(() => { if (document.querySelector('.taro_page')) seen('page'); if (document.querySelector('.gt-home')) seen('home'); if (document.querySelector('.gt-tab-bar')) seen('bar'); if (document.querySelector('.gt-contact-card')) seen('card'); }).observe(document, { childList: true, subtree: true }); })()`);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${test.cloud.url}/`, { waitUntil: 'commit' });
      await page.locator('.gt-contact-card').first().waitFor({ state: 'visible', timeout: 120_000 });
      const marks = await page.evaluate(`({ t: window.__t, r: performance.getEntriesByType('resource').map((e) => [e.name.replace(/^https?:\\/\\/[^/]+/, '').slice(0, 40), Math.round(e.startTime), Math.round(e.responseEnd)]) })`);
      console.log(JSON.stringify(marks));
      await context.close();
    }
  } finally {
    await browser.close();
    await test.close();
  }
}
void main();
