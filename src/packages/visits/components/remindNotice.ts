import type { RemindDto } from '@contract';
import { showNotice } from '@/state/notice';
import { visitsText as t } from '@/text/visits';

/** After 提醒走访: when WeChat could not reach every cadre, staff are told to phone them. */
export function noticeUnreached(result: RemindDto): void {
  if (result.notified < result.people.length) showNotice(t.household.notNotified(result.people.join('、')), '', 5000);
}
