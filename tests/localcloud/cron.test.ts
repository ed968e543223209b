import { parseCron } from '../../localcloud/runtime/cron';

/** Epoch ms for a China wall-clock time (UTC+8). */
function chinaInstant(iso: string): number {
  return new Date(`${iso}+08:00`).getTime();
}

test('7-field WeChat cron in China time', () => {
  const nightly = parseCron('0 0 2 * * * *');
  expect(nightly.matches(chinaInstant('2025-03-04T02:00:00'))).toBe(true);
  expect(nightly.matches(chinaInstant('2025-03-04T02:00:01'))).toBe(false);
  expect(nightly.matches(chinaInstant('2025-03-04T03:00:00'))).toBe(false);
  // 02:00 China is 18:00 UTC the previous day.
  expect(nightly.matches(Date.UTC(2025, 2, 3, 18, 0, 0))).toBe(true);
});

test('lists, ranges, steps and names', () => {
  const everyFive = parseCron('*/5 * * * * * *');
  expect(everyFive.matches(chinaInstant('2025-01-01T00:00:10'))).toBe(true);
  expect(everyFive.matches(chinaInstant('2025-01-01T00:00:11'))).toBe(false);
  const weekdays = parseCron('0 30 9 * * MON-FRI *');
  expect(weekdays.matches(chinaInstant('2025-03-05T09:30:00'))).toBe(true); // Wednesday
  expect(weekdays.matches(chinaInstant('2025-03-08T09:30:00'))).toBe(false); // Saturday
  const months = parseCron('0 0 8 1 JAN,JUL * 2025');
  expect(months.matches(chinaInstant('2025-07-01T08:00:00'))).toBe(true);
  expect(months.matches(chinaInstant('2026-07-01T08:00:00'))).toBe(false);
  expect(months.matches(chinaInstant('2025-08-01T08:00:00'))).toBe(false);
  const sunday = parseCron('0 0 0 * * 7 *');
  expect(sunday.matches(chinaInstant('2025-03-09T00:00:00'))).toBe(true);
});

test('day and weekday both restricted: either matches (classic cron)', () => {
  const cron = parseCron('0 0 12 1 * MON *');
  expect(cron.matches(chinaInstant('2025-03-01T12:00:00'))).toBe(true); // the 1st (a Saturday)
  expect(cron.matches(chinaInstant('2025-03-03T12:00:00'))).toBe(true); // a Monday
  expect(cron.matches(chinaInstant('2025-03-04T12:00:00'))).toBe(false);
});

test('invalid expressions are rejected', () => {
  expect(() => parseCron('0 0 2 * * *')).toThrow(/7 fields/);
  expect(() => parseCron('61 * * * * * *')).toThrow(/out of range/);
  expect(() => parseCron('*/0 * * * * * *')).toThrow(/step/);
  expect(() => parseCron('0 0 0 * FOO * *')).toThrow(/invalid/);
});
