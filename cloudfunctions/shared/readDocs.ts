/** Anything with the SDK's `get()`: a collection, a filtered or sorted query. */
interface Readable {
  get(): unknown;
}

/**
 * Runs a query and returns its documents typed as the caller expects. The
 * SDK's typings give `get()` a loose union; a result without a `data` array
 * is an SDK failure, so it is raised, not read as "no documents".
 */
export async function readDocs<T>(query: Readable): Promise<T[]> {
  const result = (await query.get()) as { data?: unknown } | undefined;
  if (!result || !Array.isArray(result.data)) {
    throw new Error('database query returned no data array');
  }
  return result.data as T[];
}
