import { CHINA_OFFSET_MS, chinaWallClock } from '../shared/chinaTime';

/** "2026-11": the month in China time at `instant`. */
export function chinaMonth(instant: Date): string {
  return chinaWallClock(instant).toISOString().slice(0, 7);
}

/** The instants a China month starts and ends (end exclusive). */
export function monthBounds(month: string): { start: Date; end: Date } {
  const [year, m] = month.split('-').map(Number);
  const start = new Date(Date.UTC(year, m - 1, 1) - CHINA_OFFSET_MS);
  const end = new Date(Date.UTC(year, m, 1) - CHINA_OFFSET_MS);
  return { start, end };
}

/** Every month from..to inclusive ("2026-01".."2026-03" → three months). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, m] = from.split('-').map(Number);
  for (let guard = 0; guard < 1200; guard += 1) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (month > to) break;
    months.push(month);
    m += 1;
    if (m > 12) {
      m = 1;
      year += 1;
    }
  }
  return months;
}

/** The month `count` months before `month` ("2026-03", 3 → "2025-12"). */
export function monthsBack(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
