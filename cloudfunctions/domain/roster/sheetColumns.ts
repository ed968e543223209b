/**
 * The positions of a sheet's columns from its header row (row 1), by their
 * Chinese headers; a required column the header lacks is reported through
 * `missing` with its header.
 */
export function sheetColumns<K extends string>(
  header: readonly string[],
  columns: Readonly<Record<K, string>>,
  required: readonly K[],
  missing: (header: string) => void,
): Map<K, number> {
  const trimmed = header.map((cell) => cell.trim());
  const indexes = new Map<K, number>();
  for (const key of Object.keys(columns) as K[]) {
    const at = trimmed.indexOf(columns[key]);
    if (at >= 0) indexes.set(key, at);
    else if (required.includes(key)) missing(columns[key]);
  }
  return indexes;
}

/** The rows under the header that hold anything, with their row numbers as the spreadsheet shows them. */
export function filledRows(table: readonly string[][]): Array<{ cells: string[]; row: number }> {
  return table
    .map((cells, index) => ({ cells, row: index + 1 }))
    .slice(1)
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
}
