import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { aggregateAll } from '../../../shared/aggregateAll';

export interface HoursGroup<K extends string> {
  key: Record<K, string>;
  hours: number;
  logs: number;
}

/**
 * Sums service-log hours grouped by the given fields, over the logs that
 * match (one aggregate; the leading match uses the indexes).
 */
export async function sumLogHours<K extends string>(
  db: Database,
  match: Record<string, unknown>,
  keys: readonly K[],
): Promise<Array<HoursGroup<K>>> {
  const $ = db.command.aggregate;
  const id = Object.fromEntries(keys.map((key) => [key, `$${key}`]));
  const rows = await aggregateAll<{ _id: Record<K, string>; hours: number; logs: number }>(() =>
    db
      .collection(COLLECTIONS.serviceLogs)
      .aggregate()
      .match(match)
      .group({ _id: id, hours: $.sum('$hours'), logs: $.sum(1) }),
  );
  return rows.map((row) => ({ key: row._id, hours: row.hours, logs: row.logs }));
}
