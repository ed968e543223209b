interface Updatable {
  update(options: { data: Record<string, unknown> }): unknown;
}

/**
 * `where(conditions).update(data)` for one document: true when it matched
 * and was written, false when the conditions no longer held (nothing was
 * written). The check and the write are one atomic database step.
 */
export async function conditionalUpdate(query: Updatable, data: Record<string, unknown>): Promise<boolean> {
  const result = (await query.update({ data })) as { stats?: { updated?: number } } | undefined;
  if (!result || !result.stats || typeof result.stats.updated !== 'number') {
    throw new Error('database update returned no stats');
  }
  return result.stats.updated === 1;
}
