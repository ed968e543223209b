/** Day of an ISO time, in China (the calendar everyone here uses). */
export function chinaDay(isoTime: string): string {
  return new Date(new Date(isoTime).getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}
