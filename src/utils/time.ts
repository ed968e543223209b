/**
 * Dates for display, always in China time whatever the phone's zone: the
 * deadlines, service days and cutoffs are set in China time.
 */
const BEIJING_OFFSET_MS = 8 * 3600_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** `instant` as a Date whose UTC fields read China wall-clock time. */
export function chinaWallClock(instant: Date): Date {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS);
}

/** The instant as a Date whose UTC fields read China wall-clock time; null when unparseable. */
function chinaInstant(iso: string): Date | null {
  const time = new Date(iso).getTime();
  return Number.isNaN(time) ? null : chinaWallClock(new Date(time));
}

/** The day (YYYY-MM-DD) of an ISO time in China, the calendar everyone here uses. */
export function chinaDay(isoTime: string): string {
  return chinaWallClock(new Date(isoTime)).toISOString().slice(0, 10);
}

/** "11月26日"; with the year when it is not this year's. */
export function formatDate(iso: string): string {
  const date = chinaInstant(iso);
  if (!date) return '';
  const md = `${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
  const thisYear = chinaWallClock(new Date()).getUTCFullYear();
  return date.getUTCFullYear() === thisYear ? md : `${date.getUTCFullYear()}年${md}`;
}

/** "07:00" */
export function formatClock(iso: string): string {
  const date = chinaInstant(iso);
  return date ? `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}` : '';
}

/** "11月23日 16:05" (the year too when it is not this year). */
export function formatDateTime(iso: string): string {
  const day = formatDate(iso);
  return day ? `${day} ${formatClock(iso)}` : '';
}

/** Today in China and the first day of its month, as YYYY-MM-DD (defaults for a date range). */
export function chinaMonthSoFar(now: Date = new Date()): { from: string; to: string } {
  const today = chinaWallClock(now).toISOString().slice(0, 10);
  return { from: `${today.slice(0, 8)}01`, to: today };
}
