import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { actAs, useH5App } from '../support/h5App';
import { acceptSubscribe } from '../support/subscribeConsent';

/**
 * 诉求 in a real browser against the H5 build and the local cloud: a resident
 * files with a photo, the grid member accepts and resolves, the resident
 * rates; a deadline passes (the runtime's clock is moved) and the timer
 * escalates to the village; a request filed without network is sent when
 * the network returns, once.
 */

const app = useH5App();

/** A small real PNG (a green square), as a phone photo would be uploaded. */
function png(size = 48): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, 0)]);
  for (let x = 0; x < size; x += 1) row.set([40, 160, 60], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function openRequest(page: Page, id: string): Promise<void> {
  await page.goto(`${app().cloud.cloud.url}/packages/requests/detail/index?id=${id}`);
  await page.locator('.gt-request__category').waitFor();
}

/** The app's buttons (components/Button): the tap lands on the button, found by its label. */
function tap(page: Page, label: string, within = ''): Promise<void> {
  return page.locator(`${within} .gt-button`.trim(), { hasText: new RegExp(`^\\s*${label}\\s*$`) }).click();
}

const stateOf = (page: Page) => page.locator('.gt-request__state').innerText();

type StoredRequest = {
  _id: string;
  state: string;
  text: string;
  photos: string[];
  handler: { name: string } | null;
  level: string;
  version: number;
};
async function storedByText(text: string): Promise<StoredRequest[]> {
  return (await app().cloud.cloud.store.find('requests', { text })) as unknown as StoredRequest[];
}

it('a resident files with a photo, the grid member accepts and resolves, the resident rates', async () => {
  const text = '村口垃圾桶倒了，垃圾撒了一地，下雨天流到路上。';
  const resident = await app().browser.newPage();
  await actAs(app(), resident, '王秀英');
  await resident.goto(`${app().cloud.cloud.url}/pages/index/index`);
  await resident.locator('.gt-home__file .gt-button').click();

  // Screen 1: the category, big icons.
  await resident.locator('[data-category="environment"]').click();
  // Screen 2: what happened, with a photo.
  await resident.locator('.gt-new-request__text textarea').fill(text);
  const chooser = resident.waitForEvent('filechooser');
  await resident.locator('.gt-photos__add').click();
  await (await chooser).setFiles({ name: 'rubbish.png', mimeType: 'image/png', buffer: png() });
  await resident.locator('.gt-photos__image').waitFor();
  await tap(resident, '下一步');
  // Screen 3: where, and whether the name may be shown; the home grid is the default.
  await resident.locator('.gt-new-request__grid-name', { hasText: '湖滨村 第一网格（汪屋组）' }).waitFor();
  await tap(resident, '提交');

  await resident.waitForURL(/requests\/detail\/index/);
  await resident.locator('.gt-request__handler', { hasText: '汪德华' }).waitFor();
  expect(await stateOf(resident)).toBe('已分派');
  const [filed] = await storedByText(text);
  expect(filed.photos).toHaveLength(1);
  expect(filed.photos[0]).toMatch(/^cloud:\/\/.+\/requests\/[0-9a-f]+\/rq-.+\/1\.jpg$/);
  // The photo is in cloud storage and shown back from there.
  await resident.locator('.gt-request__card .gt-photo-strip__image').first().waitFor();

  // The grid member finds it in the inbox, accepts, resolves.
  const member = await app().browser.newPage();
  await actAs(app(), member, '汪德华');
  await member.goto(`${app().cloud.cloud.url}/packages/requests/inbox/index`);
  await member.locator(`[data-request="${filed._id}"]`).click();
  await member.locator('.gt-request__category').waitFor();
  await member.locator('[data-step="accept"] .gt-button').click();
  await eventually(async () => expect(await stateOf(member)).toBe('办理中'));
  await member.locator('[data-step="resolve"] .gt-button').click();
  await member.locator('.gt-step-panel textarea').fill('已清理干净，垃圾桶已扶正加固。');
  await tap(member, '确定', '.gt-step-panel');
  await eventually(async () => expect(await stateOf(member)).toBe('已办结待评价'));

  // The resident rates it: four stars and a word.
  await openRequest(resident, filed._id);
  await resident.locator('[data-stars="4"]').click();
  await resident.locator('.gt-rating__comment textarea').fill('很及时，谢谢');
  await tap(resident, '提交评价');
  await eventually(async () => expect(await stateOf(resident)).toBe('已完成'));
  const timeline = await resident.locator('.gt-timeline__what').allInnerTexts();
  expect(timeline).toEqual([
    '提交了诉求（环境卫生）',
    expect.stringContaining('由第一网格（汪屋组） 汪德华（网格长） 办理'),
    '受理了诉求，开始办理',
    '办结了诉求，请群众评价',
    '评价：★★★★（4星），诉求完成',
  ]);
  const [done] = await storedByText(text);
  expect(done.state).toBe('closed');
});

it('a deadline passes on the runtime clock and the timer escalates the request to the village', async () => {
  // 李建国 files from his phone (the submit tap allows one progress notice, reported as the client does).
  const options = await app().cloud.call('demo-resident-li', 'requests', 'formOptions', {});
  if (!options.ok) throw new Error(options.message);
  await acceptSubscribe(app().cloud.cloud.url, 'demo-resident-li', options.data.subscribeTemplateIds);
  const result = await app().cloud.call('demo-resident-li', 'requests', 'submit', {
    clientKey: 'e2e-overdue-0001',
    gridId: 'g-hubin-2',
    categoryId: 'security',
    text: '郭屋组的路灯全坏了，晚上黑漆漆的。',
    photos: [],
    publicName: false,
  });
  if (!result.ok) throw new Error(result.message);
  const id = result.data.request.id;

  const resident = await app().browser.newPage();
  await actAs(app(), resident, '李建国');
  await openRequest(resident, id);
  await resident.locator('.gt-request__handler', { hasText: '郭长林' }).waitFor();

  // 李大毛 taps 接收新诉求和超期提醒 in his inbox, once for each task he may get (other demo requests fall due too).
  const base = app().cloud.cloud.url;
  const cadre = await app().browser.newPage();
  await actAs(app(), cadre, '李大毛');
  await cadre.goto(`${base}/packages/requests/inbox/index`);
  for (let i = 0; i < 20; i += 1) await cadre.locator('.gt-inbox__subscribe').click();
  await eventually(async () => {
    const consent = (await (await fetch(`${base}/dev/subscribe-consent?openid=demo-staff-hubin`)).json()) as {
      unused: Record<string, number>;
    };
    expect(Object.values(consent.unused)).toEqual([20]);
  });

  // Ten days on: past the 2 working days of 治安. Then the timer fires.
  await fetch(`${base}/dev/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ offsetMs: 10 * 86_400_000 }),
  });
  try {
    const fired = await fetch(`${base}/dev/timers/requests/sweep`, { method: 'POST' });
    expect(fired.status).toBe(200);
    await openRequest(resident, id);
    await resident.locator('.gt-request__handler', { hasText: '李大毛' }).waitFor();
    expect(await stateOf(resident)).toBe('已上报');
    expect(await resident.locator('.gt-request__handler').innerText()).toContain('湖滨村');
    const timeline = await resident.locator('.gt-timeline__what').allInnerTexts();
    expect(timeline.at(-1)).toMatch(/^超过办理时限（\d+月\d+日）未办结，自动上报至湖滨村/);
    expect(await resident.locator('.gt-timeline__actor').last().innerText()).toBe('系统');

    // The village's first responsible person now has it in the inbox.
    await cadre.goto(`${base}/packages/requests/inbox/index`);
    await cadre.locator(`[data-request="${id}"]`).waitFor();
    const messages = app()
      .cloud.cloud.outbox()
      .filter((m) => m.page?.endsWith(`?id=${id}`));
    expect(messages.map((m) => m.touser)).toEqual(expect.arrayContaining(['demo-staff-hubin', 'demo-resident-li']));
  } finally {
    await fetch(`${base}/dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ offsetMs: 0 }),
    });
  }
});

it('keeps a request filed without network on the phone and sends it, once, when the network returns', async () => {
  const text = '太华街的下水道堵了，污水冒到路面上。';
  const page = await app().browser.newPage();
  await actAs(app(), page, '赵桂兰');
  // Open the list first, then the form from it (every page's code is loaded before the network goes).
  await page.goto(`${app().cloud.cloud.url}/pages/request-list/index`);
  await page.locator('.gt-request-list__new .gt-button').click();
  await page.locator('[data-category="environment"]').click();
  await page.locator('.gt-new-request__text textarea').fill(text);
  await tap(page, '下一步');
  await page.locator('.gt-new-request__grid-name', { hasText: '太华村' }).waitFor();

  await page.context().setOffline(true);
  await tap(page, '提交');
  // Said on the form itself (a card over a fresh form), and listed as waiting under 我的诉求.
  await page.locator('.gt-saved', { hasText: '太华街的下水道' }).locator('.gt-saved__title', { hasText: '已保存在手机上' }).waitFor();
  await page.goBack();
  await page.locator('.gt-request-list__pending-text', { hasText: text }).waitFor();
  expect(await storedByText(text)).toEqual([]);

  await page.context().setOffline(false);
  await eventually(async () => expect(await storedByText(text)).toHaveLength(1), 100, 200);
  await page.locator('.gt-request-card__text', { hasText: text }).waitFor();
  expect(await page.locator('.gt-request-list__pending').count()).toBe(0);
  // A reload (the app restarted) sends nothing again.
  await page.reload();
  await page.locator('.gt-request-card__text', { hasText: text }).waitFor();
  expect(await storedByText(text)).toHaveLength(1);
});
