import type { ProxyCase } from '../../../domain/proxy/ProxyCase';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { sendSubscribeMessage } from '../../../shared/subscribeMessage';

/** The page a message opens: the case, where its agent takes the next step. */
export const CASE_PAGE = 'packages/proxy/case/index';

/** Staff over the case learn that the message did not arrive: written on the case, best-effort (the 改派 stands). */
async function recordUnreached(
  db: Database,
  proxyCase: ProxyCase,
  failure: { errCode: number; notAllowed: boolean },
  now: Date,
): Promise<ProxyCase> {
  // Why it missed them: staff are told to phone them either way, in words for each.
  const agentUnreached = { agentId: proxyCase.agentId, at: now, errCode: failure.errCode, notAllowed: failure.notAllowed };
  try {
    // On the version just written: a step taken meanwhile keeps its own state (its agent acted, so was reached).
    await db
      .collection(COLLECTIONS.proxyCases)
      .where({ _id: proxyCase._id, version: proxyCase.version })
      .update({ data: { agentUnreached: db.command.set(agentUnreached) } });
  } catch (error) {
    console.warn(`[proxy] could not record the undelivered 改派 notice of ${proxyCase._id}`, error);
  }
  return { ...proxyCase, agentUnreached };
}

/**
 * 改派: the agent who now holds the case is told, as handlers are told of a
 * new 诉求 (待办任务提醒, their acceptance from the inbox's 接收新诉求和超期提醒).
 * A message not sent (no acceptance left, 43101; or the send failed: the
 * template, the quota…) is logged by the sender and written on the case
 * with its cause for staff, who then phone the agent; it never undoes the 改派.
 */
export async function noticeNewAgent(db: Database, proxyCase: ProxyCase, reason: string, now: Date): Promise<ProxyCase> {
  const outcome = await sendSubscribeMessage('requestTask', proxyCase.agentId, `${CASE_PAGE}?id=${proxyCase._id}`, {
    thing1: `代办 ${proxyCase.item.name}（${proxyCase.resident.name}）`,
    phrase2: '改派代办',
    time3: proxyCase.deadline ?? now,
    thing4: `改派原因：${reason}`,
  });
  if (outcome.sent) return proxyCase;
  console.warn(`[proxy] 改派 of ${proxyCase._id}: its new agent ${proxyCase.agentId} was not told (${outcome.errCode})`);
  return recordUnreached(db, proxyCase, outcome, now);
}
