import type { AgentUnreached, ProxyCase } from './ProxyCase';

/** WeChat's code for a subscribe message the person gave no acceptance for. */
const NOT_ALLOWED = 43101;

/**
 * Why the 改派 message missed the agent: `notAllowed`, they gave no
 * acceptance for reminders; `failed`, the send itself failed (the template
 * missing, the quota, any other error), whatever they accepted.
 */
export type UnreachedCause = 'notAllowed' | 'failed';

export function unreachedCause(unreached: AgentUnreached): UnreachedCause {
  return (unreached.notAllowed ?? unreached.errCode === NOT_ALLOWED) ? 'notAllowed' : 'failed';
}

/**
 * The 改派 message missed the agent holding the case and they have not
 * touched it since (a step of theirs moves `updatedAt` past the miss: then
 * they know): why, or null. Only its agent takes steps on an open case, and
 * a 改派 clears the miss.
 */
export function missedAgent(proxyCase: Pick<ProxyCase, 'agentId' | 'updatedAt' | 'agentUnreached'>): UnreachedCause | null {
  const unreached = proxyCase.agentUnreached;
  if (!unreached || unreached.agentId !== proxyCase.agentId) return null;
  if (proxyCase.updatedAt.getTime() > unreached.at.getTime()) return null;
  return unreachedCause(unreached);
}
