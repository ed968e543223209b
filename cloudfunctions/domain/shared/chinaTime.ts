/**
 * The product's calendar is China's (UTC+8, no daylight saving): a log
 * "on 3 March" or "this year" means China time whatever the server's zone.
 */
export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * `instant` moved by China's offset: its UTC fields (getUTCHours, …) read
 * the wall clock in China. The one place the offset is applied.
 */
export function chinaWallClock(instant: Date): Date {
  return new Date(new Date(instant).getTime() + CHINA_OFFSET_MS);
}

/** The instant at which China's wall clock reads what `wallClock`'s UTC fields say (chinaWallClock undone). */
export function fromChinaWallClock(wallClockMs: number): Date {
  return new Date(wallClockMs - CHINA_OFFSET_MS);
}

/** The calendar day in China at `instant`, as YYYY-MM-DD. */
export function chinaDate(instant: Date): string {
  return chinaWallClock(instant).toISOString().slice(0, 10);
}

export function chinaYear(instant: Date): number {
  return Number(chinaDate(instant).slice(0, 4));
}

/** The wall-clock time in China at `instant`, as `YYYY-MM-DD HH:MM` (how the ledger prints times). */
export function chinaDateTime(instant: Date): string {
  return chinaWallClock(instant).toISOString().slice(0, 16).replace('T', ' ');
}
