import type { ProxyCaseDto } from '@contract';
import type * as proxyApi from '@/services/proxy';
import type { Submitted } from '@/utils/submit';
import type { StepFields } from './useProxyCase';

/** What every step panel of the case page gets. */
export interface StepPanelProps {
  proxyCase: ProxyCaseDto;
  act: <A extends proxyApi.CaseStep>(action: A, fields: StepFields<A>) => Promise<Submitted<ProxyCaseDto>>;
  busy: boolean;
}
