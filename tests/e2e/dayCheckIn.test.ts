import type { Page } from 'playwright-core';
import { instantAt } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import { sessionIdOf } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { DEMO_SERVICE_DAY_ID, demoBookingDate } from '../../localcloud/seed/demoServiceDays';
import { actAs, useH5App } from '../support/h5App';

/**
 * Service-day check-in for a busy hall (issue 14, item 6), on a 375×667
 * phone: 黄文斌 at the 社保 window on the day. 王秀英 (code 100001, 09:00)
 * has her own 签到 button, her code and her phone apart and labelled; 未到
 * is offered only once 09:00 has passed; checked in, she moves to 已签到.
 */
const demoDate = demoBookingDate(new Date());
const sessionId = sessionIdOf(DEMO_SERVICE_DAY_ID, demoDate);

const app = useH5App();

const row = (page: Page, code: string, within = '') => page.locator(`${within} .gt-sd-day__booking[data-code="${code}"]`.trim());

async function openDayAt(clock: string): Promise<Page> {
  app().cloud.cloud.setClockOffset(instantAt(demoDate, clock).getTime() - Date.now());
  const page = await app().browser.newPage();
  await page.setViewportSize({ width: 375, height: 667 });
  await actAs(app(), page, '黄文斌');
  await page.goto(`${app().cloud.cloud.url}/packages/servicedays/day/index?id=${encodeURIComponent(sessionId)}`);
  await row(page, '100001').waitFor();
  return page;
}

afterEach(() => app().cloud.cloud.setClockOffset(0));

it('before the booked time: her own 签到, code and phone apart, no 未到 yet', async () => {
  const page = await openDayAt('08:40');
  const wang = row(page, '100001', '.gt-sd-day__waiting');
  await expect(wang.locator('.gt-sd-day__code-chip').innerText()).resolves.toMatch(/^预约码\s*100001$/);
  await expect(wang.locator('.gt-sd-day__phone').innerText()).resolves.toMatch(/^电话\s*[\d ]+$/);
  await expect(wang.locator('.gt-sd-day__row-check-in').count()).resolves.toBe(1);
  await expect(wang.locator('.gt-sd-day__no-show').count()).resolves.toBe(0);
  await expect(wang.innerText()).resolves.toContain('09:00后可标记未到');
});

it('after it: 未到 is offered; her 签到 moves her to 已签到', async () => {
  const page = await openDayAt('09:10');
  const wang = row(page, '100001', '.gt-sd-day__waiting');
  await wang.locator('.gt-sd-day__no-show').waitFor();
  await wang.locator('.gt-sd-day__row-check-in').click();
  const checkedIn = row(page, '100001', '.gt-sd-day__checked-in');
  await checkedIn.waitFor();
  await expect(checkedIn.locator('.gt-sd-day__status').innerText()).resolves.toBe('已签到');
  await expect(row(page, '100001', '.gt-sd-day__waiting').count()).resolves.toBe(0);
  await expect(checkedIn.locator('.gt-sd-day__row-check-in').count()).resolves.toBe(0);
  await expect(page.locator('.gt-sd__heading', { hasText: '已签到（1人）' }).count()).resolves.toBe(1);
  await expect(page.locator('.gt-sd-day__totals').innerText()).resolves.toContain('已签到1人');
});
