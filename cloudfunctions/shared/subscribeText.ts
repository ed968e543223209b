import { chinaWallClock } from '../domain/shared/chinaTime';

/** WeChat's limits for subscribe-message values: thing ≤ 20 characters, phrase ≤ 5. */
export function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** "2026年11月23日 16:50" in Beijing time, the `time` keyword's format. */
export function wechatTime(date: Date): string {
  const b = chinaWallClock(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${b.getUTCFullYear()}年${b.getUTCMonth() + 1}月${b.getUTCDate()}日 ${pad(b.getUTCHours())}:${pad(b.getUTCMinutes())}`;
}
