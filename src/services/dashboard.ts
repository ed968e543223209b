import type { DashboardDto, ProxyAgentsDto, RequestOf } from '@contract';
import { callCloud } from './cloud';

/** Figures for the caller's jurisdiction, requests filed in the months from..to ("2026-01"). */
export function overview(from: string, to: string): Promise<DashboardDto> {
  return callCloud('dashboard', 'overview', { from, to });
}

/** 一键督办: `opId` is made once per tap and sent again on a retry. */
export function remind(requestId: string, opId: string): Promise<{ requestId: string; remindedAt: string; replayed: boolean }> {
  return callCloud('dashboard', 'remind', { requestId, opId });
}

/** 代理代办 on the 工作台: the jurisdiction's agents' figures for a month or quarter, a page after `after` agents. */
export function proxyAgents(payload: RequestOf<'dashboard', 'proxyAgents'>): Promise<ProxyAgentsDto> {
  return callCloud('dashboard', 'proxyAgents', payload);
}
