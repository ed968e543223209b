import type { Page } from 'playwright-core';
import { instantAt } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import { assembleSession, type DateBookings, type DateDocument, type SlotTally } from '../../cloudfunctions/domain/servicedays/dateLayout';
import { sessionIdOf, type ServiceSession } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { DEMO_SERVICE_DAY_ID, demoBookingDate } from '../../localcloud/seed/demoServiceDays';
import { eventually } from '../support/eventually';
import { actAs, useH5App } from '../support/h5App';
import { unusedAcceptances } from '../support/subscribeConsent';

/**
 * 便民服务日 in a real browser against the H5 build and the local cloud: a
 * resident books a slot and sees the code and QR code; another resident
 * cancels and the place reappears; on the day, staff check the first one in
 * by the code.
 */
const demoDate = demoBookingDate(new Date());
const sessionId = sessionIdOf(DEMO_SERVICE_DAY_ID, demoDate);

const app = useH5App();

/** The date as stored: its document, its bookings' documents and its slots' tallies. */
async function stored(): Promise<ServiceSession> {
  const { store } = app().cloud.cloud;
  const [date] = (await store.find('serviceSessions', { _id: sessionId })) as unknown as DateDocument[];
  const docs = (await store.find('serviceBookings', { sessionId })) as unknown as DateBookings[];
  const tallies = (await store.find('slotTallies', { sessionId })) as unknown as SlotTally[];
  return assembleSession(date, tallies, docs);
}

async function openSession(page: Page, windowName: string): Promise<void> {
  await page.goto(`${app().cloud.cloud.url}/pages/index/index`);
  await page.locator('.gt-home__services-main').click();
  await page.locator(`.gt-sd-session-card[data-session="${sessionId}"]`).click();
  await page.locator('.gt-sd-window', { hasText: windowName }).click();
}

let zhaoCode = '';

it('lets a resident pick a window and a slot, book, and see the code and QR code', async () => {
  const page = await app().browser.newPage();
  await actAs(app(), page, '赵桂兰');
  await openSession(page, '农技');
  const slot = page.locator('.gt-sd-slot[data-slot="w5_1000"]');
  await expect(slot.locator('.gt-sd-slot__left').innerText()).resolves.toBe('还剩3个号');
  await slot.click();
  await page.locator('.gt-sd-confirm').click();

  const card = page.locator('.gt-booking');
  await card.waitFor();
  zhaoCode = (await card.locator('.gt-booking__code').innerText()).trim();
  expect(zhaoCode).toMatch(/^\d{6}$/);
  await expect(card.locator('.gt-booking__what').innerText()).resolves.toContain('农技');
  await expect(card.locator('.gt-qr').getAttribute('data-qr')).resolves.toBe(`WGT-SD|${sessionId}|${zhaoCode}`);
  await expect(card.locator('.gt-qr__dark').count()).resolves.toBeGreaterThan(100);
  const booking = (await stored()).bookings.find((b) => b.code === zhaoCode);
  expect(booking).toEqual(expect.objectContaining({ openid: 'demo-resident-zhao', slotKey: 'w5_1000', status: 'booked' }));
  // The tap on 确认预约 asked for the reminder and the cancellation notice, and she allowed them.
  await expect(unusedAcceptances(app().cloud.cloud.url, 'demo-resident-zhao')).resolves.toEqual({
    SERVICEDAY_REMINDER: 1,
    SERVICEDAY_CANCELLED: 1,
  });
});

it('lets another resident cancel with a reason, and the place reappears at once', async () => {
  const page = await app().browser.newPage();
  await actAs(app(), page, '李建国');
  await page.goto(`${app().cloud.cloud.url}/pages/index/index`);
  await page.locator('.gt-home__my-bookings').click();
  const card = page.locator('.gt-booking[data-code="100002"]');
  await card.locator('.gt-booking__cancel').click();
  await card.locator('.gt-booking__reason', { hasText: '临时有事去不了' }).click();
  await card.locator('.gt-booking__confirm').click();
  await page.locator('.gt-booking--cancelled[data-code="100002"]').waitFor();
  await eventually(async () => expect((await stored()).bookings.find((b) => b.code === '100002')?.status).toBe('cancelled'));

  const other = await app().browser.newPage();
  await actAs(app(), other, '高秀山');
  await openSession(other, '医保');
  await expect(other.locator('.gt-sd-slot[data-slot="w2_0930"] .gt-sd-slot__left').innerText()).resolves.toBe('还剩4个号');
});

it('lets staff check the resident in by the code on the day', async () => {
  app().cloud.cloud.setClockOffset(instantAt(demoDate, '09:50').getTime() - Date.now());
  try {
    const page = await app().browser.newPage();
    await actAs(app(), page, '黄文斌');
    await page.goto(`${app().cloud.cloud.url}/pages/index/index`);
    await page.locator('.gt-home__manage').click();
    await page.locator(`.gt-sd-manage__date[data-session="${sessionId}"] .gt-sd-manage__open-day`).click();
    await page.locator('.gt-sd-day__code input').fill(zhaoCode);
    await page.locator('.gt-sd-day__check-in').click();
    await eventually(async () => expect((await stored()).bookings.find((b) => b.code === zhaoCode)?.status).toBe('checkedIn'));
    await page.locator('.gt-sd__chip', { hasText: '农技' }).click();
    await expect(page.locator(`.gt-sd-day__booking[data-code="${zhaoCode}"] .gt-sd-day__status`).innerText()).resolves.toBe('已签到');
    await expect(page.locator('.gt-sd-day__totals').innerText()).resolves.toContain('已签到1人');
  } finally {
    app().cloud.cloud.setClockOffset(0);
  }
});
