import { COLLECTIONS } from '../../cloudfunctions/shared/collections';
import { UPLOAD_SECRET_VAR } from '../../cloudfunctions/shared/uploadFolder';
import { seedDemoData } from '../../localcloud/seed/seedDemoData';
import type { TestCloud } from './testCloud';

/** Empties every collection and seeds the demo data again, so a test starts from a known state. */
export async function resetDemoData(test: TestCloud): Promise<void> {
  for (const name of Object.values(COLLECTIONS)) test.cloud.store.documents.remove(name, {}, true);
  await seedDemoData(test.cloud.store, new Date(), test.cloud.functionEnv[UPLOAD_SECRET_VAR]);
}
