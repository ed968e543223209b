import { updatedCount } from './dbResults';

interface Updatable {
  update(options: { data: Record<string, unknown> }): unknown;
}

/**
 * `where(conditions).update(data)` for one document: true when it matched
 * and was written, false when the conditions no longer held (nothing was
 * written). The check and the write are one atomic database step.
 */
export async function conditionalUpdate(query: Updatable, data: Record<string, unknown>): Promise<boolean> {
  return (await updatedCount(query.update({ data }))) === 1;
}
