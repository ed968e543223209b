/**
 * Typed readings of the SDK's write, count and aggregate results. The SDK
 * types them loosely (a promise or void); a result without the expected
 * field is an SDK failure and is raised, never read as zero.
 */

/** Documents an update changed: 0 means its condition did not hold. */
export async function updatedCount(pending: unknown): Promise<number> {
  const result = (await pending) as { stats?: { updated?: unknown } } | undefined;
  const updated = result?.stats?.updated;
  if (typeof updated !== 'number') throw new Error('database update returned no stats');
  return updated;
}

/** The `_id` of a document `add` created. */
export async function addedId(pending: unknown): Promise<string> {
  const result = (await pending) as { _id?: unknown } | undefined;
  if (typeof result?._id !== 'string') throw new Error('database add returned no _id');
  return result._id;
}

export async function countOf(query: { count(): unknown }): Promise<number> {
  const result = (await query.count()) as { total?: unknown } | undefined;
  if (typeof result?.total !== 'number') throw new Error('database count returned no total');
  return result.total;
}

export async function aggregateList<T>(aggregate: { end(): unknown }): Promise<T[]> {
  const result = (await aggregate.end()) as { list?: unknown } | undefined;
  if (!result || !Array.isArray(result.list)) throw new Error('database aggregate returned no list');
  return result.list as T[];
}

/** Documents a remove deleted (0: there was none). */
export async function removedCount(pending: unknown): Promise<number> {
  const result = (await pending) as { stats?: { removed?: unknown } } | undefined;
  const removed = result?.stats?.removed;
  if (typeof removed !== 'number') throw new Error('database remove returned no stats');
  return removed;
}
