/**
 * The product's calendar is China's (UTC+8, no daylight saving): a log
 * "on 3 March" or "this year" means Beijing time whatever the server's zone.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day in China at `instant`, as YYYY-MM-DD. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export function chinaYear(instant: Date): number {
  return Number(chinaDate(instant).slice(0, 4));
}

/** The wall-clock time in China at `instant`, as `YYYY-MM-DD HH:MM` (how the ledger prints times). */
export function chinaDateTime(instant: Date): string {
  return new Date(new Date(instant).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
