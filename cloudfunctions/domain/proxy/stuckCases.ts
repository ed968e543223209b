import { isIn } from '../people/audiences';
import { servesGrid, type Server } from '../requests/requireMayFileFor';
import { missedAgent } from './agentUnreached';
import type { ProxyCase } from './ProxyCase';

/**
 * Why a 代办件 waits for 改派:
 * - `notAgent`: its agent holds no agent role any more (neither grid member
 *   nor staff), or their record is gone;
 * - `leftGrid`: its agent is still an agent, but no longer serves the case's
 *   grid (moved to another grid, or staff scoped elsewhere);
 * - `overdue`: its current stage is past the time limit the item gives it
 *   (收件/送办/办结/交还 days), whoever holds it;
 * - `unreached`: the 改派 message missed the agent holding it and they have
 *   not acted since (staff phone them), whoever did the 改派.
 */
export type StuckReason = 'notAgent' | 'leftGrid' | 'overdue' | 'unreached';

/** What the rule reads of a case. */
export type StuckCandidate = Pick<ProxyCase, 'agentId' | 'gridId' | 'placeIds' | 'open' | 'deadline' | 'updatedAt' | 'agentUnreached'>;

/**
 * Why this case needs a new agent now (empty: it does not). Only open
 * cases: one handed back is finished. The agent is judged as 改派 judges
 * who may hold a case (`servesGrid`), so a case listed here is one the
 * agent could no longer be given, and one 改派 to a person who serves the
 * grid leaves the list (unless it is past its limit, which 改派 does not
 * restart: the resident's clock runs on).
 */
export function stuckReasons(proxyCase: StuckCandidate, agent: Server | null, now: Date): StuckReason[] {
  if (!proxyCase.open) return [];
  const reasons: StuckReason[] = [];
  if (!agent || !isIn(agent, 'cadres')) reasons.push('notAgent');
  else if (!servesGrid(agent, proxyCase.placeIds, proxyCase.gridId)) reasons.push('leftGrid');
  if (proxyCase.deadline !== null && proxyCase.deadline.getTime() < now.getTime()) reasons.push('overdue');
  if (missedAgent(proxyCase)) reasons.push('unreached');
  return reasons;
}

const DAY = 86_400_000;

/**
 * How late a case stands, for the 待改派 card: the days past its stage's
 * deadline (a part of a day counts as one; 0 within it), and whether it was
 * already 改派 after that deadline (its holder got it late: phone them
 * before handing it on yet again).
 */
export function lateness(
  proxyCase: Pick<ProxyCase, 'deadline' | 'reassignedAt'>,
  now: Date,
): { overdueDays: number; reassignedLate: boolean } {
  const deadline = proxyCase.deadline;
  if (deadline === null || deadline.getTime() >= now.getTime()) return { overdueDays: 0, reassignedLate: false };
  const reassignedAt = proxyCase.reassignedAt ?? null;
  return {
    overdueDays: Math.ceil((now.getTime() - deadline.getTime()) / DAY),
    reassignedLate: reassignedAt !== null && reassignedAt.getTime() > deadline.getTime(),
  };
}

/** Where a list of stuck cases continues: after this deadline and id. */
export interface StuckCursor {
  at: Date;
  id: string;
}

/**
 * Most urgent first: the earliest deadline (the longest past its limit)
 * first, then by id so that equal deadlines keep one order across pages.
 */
export function compareUrgency(a: { deadline: Date | null; _id: string }, b: { deadline: Date | null; _id: string }): number {
  const at = (c: { deadline: Date | null }) => c.deadline?.getTime() ?? Number.POSITIVE_INFINITY;
  return at(a) - at(b) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);
}

/**
 * The stuck cases among those given (with their agents by id), most urgent
 * first, each with its reasons: a page of `size` after the cursor, how many
 * there are in all, and whether more follow.
 */
export function stuckCasePage<C extends StuckCandidate & { _id: string }>(
  cases: readonly C[],
  agents: ReadonlyMap<string, Server>,
  now: Date,
  after: StuckCursor | undefined,
  size: number,
): { rows: Array<{ proxyCase: C; reasons: StuckReason[] }>; total: number; more: boolean } {
  const stuck = cases
    .map((proxyCase) => ({ proxyCase, reasons: stuckReasons(proxyCase, agents.get(proxyCase.agentId) ?? null, now) }))
    .filter((row) => row.reasons.length > 0)
    .sort((a, b) => compareUrgency(a.proxyCase, b.proxyCase));
  const cursor = after ? { deadline: after.at, _id: after.id } : null;
  const rest = cursor ? stuck.filter((row) => compareUrgency(row.proxyCase, cursor) > 0) : stuck;
  return { rows: rest.slice(0, size), total: stuck.length, more: rest.length > size };
}
