import { chinaWallClock } from '@/utils/time';

/** How far ahead a plan may be dated (the server refuses later dates: 5 years). */
const MAX_PLAN_YEARS = 5;

/** The dates a plan may be given, as the picker offers them: tomorrow (China) to five years from today. */
export function planDateRange(now: Date = new Date()): { start: string; end: string } {
  const today = chinaWallClock(now);
  const tomorrow = new Date(today.getTime() + 86_400_000).toISOString().slice(0, 10);
  const iso = today.toISOString().slice(0, 10);
  return { start: tomorrow, end: `${Number(iso.slice(0, 4)) + MAX_PLAN_YEARS}${iso.slice(4)}` };
}

/** "2027-03-15" → "2027年3月15日" */
export function planDateWords(date: string): string {
  return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
