import type { NeedsVisitPanelDto } from '@contract';
import { callCloud } from './cloud';

/**
 * 工作台's one 民情走访 call, apart from the visits client (services/visits.ts)
 * so the console subpackage does not carry that whole client too.
 */
export function needsVisitPanel(): Promise<NeedsVisitPanelDto> {
  return callCloud('visits', 'needsVisitPanel', {});
}
