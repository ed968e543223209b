import type { TestCloud } from '../../support/testCloud';

/** The person's version as an administrator's screen would show it now (AdminPersonDto.version; 0 before any change). */
export function versionOf(test: TestCloud, userId: string): number {
  const [person] = test.cloud.store.find('users', { _id: userId });
  return (person?.version as number | undefined) ?? 0;
}
