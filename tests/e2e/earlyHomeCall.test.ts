import { useH5App, actAs } from '../support/h5App';

/**
 * A returning resident opening the app on 首页: index.html's first script sends
 * the home's one call (scripts/h5/earlyHomeScript.ts) before the app's code
 * has arrived, and the page takes its answer: one call, and the card shows.
 */
const app = useH5App();

it('sends the home’s one call before the app’s code arrives, and the page shows its answer', async () => {
  const page = await app().browser.newPage();
  await actAs(app(), page, '王秀英');
  const events: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/cloud/')) events.push(`call ${new URL(request.url()).pathname}`);
  });
  // The app's code takes a second to arrive, as on a rural link.
  await page.route(/\/js\/app\.[0-9a-f]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    events.push('app code arrives');
    await route.continue();
  });
  await page.goto(`${app().cloud.cloud.url}/`);
  await page.locator('.gt-contact-card').first().waitFor();
  expect(events.filter((event) => event === 'call /cloud/users')).toHaveLength(1);
  expect(events.indexOf('call /cloud/users')).toBeLessThan(events.indexOf('app code arrives'));
});
