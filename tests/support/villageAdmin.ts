import type { User } from '../../cloudfunctions/domain/people/User';
import { resetDemoData } from './resetDemoData';
import { startTestCloud, type TestCloud } from './testCloud';

/** An administrator of 湖滨村 only (`admin-hubin`), to show administrators are bound to their jurisdiction. */
export function addVillageAdmin(test: TestCloud): void {
  const base = test.cloud.store.find('users', { _id: 'demo-admin' })[0] as unknown as User;
  test.cloud.store.insertMany('users', [{ ...base, _id: 'admin-hubin', name: '湖滨村管理员', staffScopeId: 'v-hubin' }]);
}

/**
 * For administration suites: one test cloud for the file, the demo data
 * reset and `admin-hubin` added before each test. Read `current` inside
 * tests and hooks (it is set once the suite starts).
 */
export function administrationCloud(): { current: TestCloud } {
  const holder = {} as { current: TestCloud };
  beforeAll(async () => {
    holder.current = await startTestCloud();
  });
  afterAll(() => holder.current.close());
  beforeEach(async () => {
    await resetDemoData(holder.current);
    addVillageAdmin(holder.current);
  });
  return holder;
}
