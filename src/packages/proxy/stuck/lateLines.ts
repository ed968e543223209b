import type { StuckCaseDto } from '@contract';
import { proxyText as t } from '@/text/proxy';

/**
 * What a 待改派 card says of how late a case is: the days past its limit,
 * and, when it was already 改派 after that, to whom, so staff phone its
 * holder instead of handing it on again and again.
 */
export function lateLines(item: Pick<StuckCaseDto, 'overdueDays' | 'reassignedLate' | 'agentName'>): string[] {
  if (item.overdueDays <= 0) return [];
  return [t.stuck.overdueDays(item.overdueDays), ...(item.reassignedLate ? [t.stuck.reassignedTo(item.agentName)] : [])];
}
