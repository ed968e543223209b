import { COLLECTIONS } from '../../cloudfunctions/shared/collections';
import type { TestCloud } from './testCloud';

/** Every document of every collection, to prove a refused call wrote nothing. */
export async function snapshotStore(test: TestCloud): Promise<string> {
  const parts: Record<string, unknown> = {};
  for (const name of Object.values(COLLECTIONS)) parts[name] = await test.cloud.store.find(name, {});
  return JSON.stringify(parts);
}
