import { SETTINGS_ID } from '../../../cloudfunctions/functions/posts/support/settingsCache';
import type { TestCloud } from '../../support/testCloud';

/** The claim limit's version as 岗位管理 would show it now (StaffPostsDto.claimLimitVersion; 0 before any save). */
export function claimLimitVersion(test: TestCloud): number {
  const [settings] = test.cloud.store.find('settings', { _id: SETTINGS_ID });
  return (settings?.version as number | undefined) ?? 0;
}
