/** Hours are half-hour steps; sums are shown with one decimal. */
export function roundHours(hours: number): number {
  return Math.round(hours * 10) / 10;
}

/** Twelve months of a year, with the approved hours of each (zero where none). */
export function monthsOfYear(year: number, rows: ReadonlyArray<{ month: string; hours: number }>): Array<{ month: string; hours: number }> {
  const byMonth = new Map(rows.map((row) => [row.month, row.hours]));
  return Array.from({ length: 12 }, (_, index) => {
    const month = `${year}-${String(index + 1).padStart(2, '0')}`;
    return { month, hours: roundHours(byMonth.get(month) ?? 0) };
  });
}
