import { chinaWallClock } from '@/utils/time';

export type PeriodKey = 'month' | 'quarter' | 'year';

const SPAN: Record<PeriodKey, number> = { month: 0, quarter: 2, year: 11 };

/** The months (China time) a period choice covers, ending with the current month. */
export function periodMonths(key: PeriodKey, now: Date = new Date()): { from: string; to: string } {
  const b = chinaWallClock(now);
  const index = b.getUTCFullYear() * 12 + b.getUTCMonth();
  const month = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  return { from: month(index - SPAN[key]), to: month(index) };
}
