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
    const page = await browser.browser.newPage();
    await page.setViewportSize({ width: 375, height: 667 });
    await actAs(page, test.cloud.url, '王秀英');
    await page.waitForTimeout(500);
    console.log(await page.evaluate(`(() => { const p = document.querySelector('.gt-profile'); const tp = p.closest('.taro_page'); const cs = getComputedStyle(tp);
      const kids = Array.from(p.children).map((c) => c.className + ' ' + JSON.stringify(c.getBoundingClientRect()));
      const bar = document.querySelector('.gt-tab-bar'); 
      return { tpRect: JSON.stringify(tp.getBoundingClientRect()), panelRect: JSON.stringify(tp.parentElement.getBoundingClientRect()), pcls: tp.parentElement.className + '/' + tp.parentElement.parentElement.className + '/' + tp.parentElement.parentElement.parentElement.className, nav: JSON.stringify(document.getElementById('taro-navigation-bar').getBoundingClientRect()), tp: tp.className, maxH: cs.maxHeight, ov: cs.overflowY, h: tp.getBoundingClientRect().height, sh: tp.scrollHeight, panel: getComputedStyle(tp.parentElement).overflow, kids, bar: JSON.stringify(bar.getBoundingClientRect()), barParent: bar.parentElement.className, img: bar.querySelector('.gt-tab-bar__icon').outerHTML.slice(0,200), var: getComputedStyle(document.documentElement).getPropertyValue('--taro-tabbar-height') }; })()`));
  } finally { await browser.close(); await test.close(); }
}
void main();
