import type {
  AgentCasesDto,
  CaseAssigneeDto,
  CatalogueDto,
  FiguresDto,
  OpenCaseResultDto,
  ProxyCaseDto,
  ProxyItemDto,
  ProxyResponses,
  RequestOf,
  StuckCasesDto,
} from '@contract';
import { callCloud } from './cloud';

/** 代理代办: the catalogue, a case and its steps, the lists, the agents' figures. */

export function catalogue(includeRetired = false): Promise<CatalogueDto> {
  return callCloud('proxy', 'catalogue', { includeRetired });
}

/** The county administrator adds an item, or saves an edit of one made on the version shown. */
export function saveItem(payload: RequestOf<'proxy', 'saveItem'>): Promise<ProxyItemDto> {
  return callCloud('proxy', 'saveItem', payload);
}

export function openCase(payload: RequestOf<'proxy', 'openCase'>): Promise<OpenCaseResultDto> {
  return callCloud('proxy', 'openCase', payload);
}

export function caseDetail(caseId: string): Promise<ProxyCaseDto> {
  return callCloud('proxy', 'caseDetail', { caseId });
}

/** The steps on a case (收件, 送办, 办结, 交还), 改派 and the resident's rating: each answers the case as it now is. */
export type CaseStep = 'receive' | 'send' | 'conclude' | 'handBack' | 'reassign' | 'rate';

export function step<A extends CaseStep>(action: A, payload: RequestOf<'proxy', A>): Promise<ProxyCaseDto> {
  return callCloud('proxy', action, payload) as Promise<ProxyCaseDto>;
}

/** Whom 改派 would give the case to now (empty when the caller may not). */
export async function reassignOptions(caseId: string): Promise<CaseAssigneeDto[]> {
  return (await callCloud('proxy', 'reassignOptions', { caseId })).people;
}

export function myCases(): Promise<ProxyResponses['myCases']> {
  return callCloud('proxy', 'myCases', {});
}

export function agentCases(view: 'open' | 'done', after?: AgentCasesDto['next']): Promise<AgentCasesDto> {
  return callCloud('proxy', 'agentCases', after ? { view, after } : { view });
}

/** Staff: the open cases of their jurisdiction waiting for 改派, most urgent first, a page after the cursor. */
export function stuckCases(after?: StuckCasesDto['next']): Promise<StuckCasesDto> {
  return callCloud('proxy', 'stuckCases', after ? { after } : {});
}

export function figures(payload: RequestOf<'proxy', 'figures'>): Promise<FiguresDto> {
  return callCloud('proxy', 'figures', payload);
}
