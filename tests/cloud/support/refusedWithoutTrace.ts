import { snapshotStore } from '../../support/snapshotStore';
import type { TestCloud } from '../../support/testCloud';

/** The call is refused with `code` and a Chinese message, and the database and the outbox are as they were. */
export async function refusedWithoutTrace(test: TestCloud, call: () => Promise<unknown>, code: string): Promise<void> {
  const before = await snapshotStore(test);
  const outbox = test.cloud.outbox().length;
  const result = await call();
  expect(result).toEqual(expect.objectContaining({ ok: false, code }));
  expect((result as { message: string }).message).toMatch(/[\u4e00-\u9fa5]/);
  expect(await snapshotStore(test)).toBe(before);
  expect(test.cloud.outbox().length).toBe(outbox);
}
