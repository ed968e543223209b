import { emptyTally, type StatsSource, type StatsTally } from './RequestStats';

/**
 * Finished: resolved (waiting for the rating) or closed; a rejected request
 * is not work done. On time: finished without the timer ever having found
 * it past a deadline and nobody having supervised it (no system 超期
 * escalation and no 督办 in its ledger).
 */
export function isFinished(request: Pick<StatsSource, 'state' | 'resolvedAt' | 'resolution'>): boolean {
  return ended(request) && !request.resolution?.kind;
}

/** Ended by a handler (resolved, explained or planned), waiting for the rating or closed. */
function ended(request: Pick<StatsSource, 'state' | 'resolvedAt'>): boolean {
  return (request.state === 'resolved' || request.state === 'closed') && request.resolvedAt !== null;
}

export function wasOverdue(request: Pick<StatsSource, 'ledger'>): boolean {
  return request.ledger.some((event) => event.kind === 'supervised' || (event.kind === 'escalated' && event.actor.role === 'system'));
}

/** Adds one request to a tally (mutates it: tallies are built in a loop). */
export function addToTally(tally: StatsTally, request: StatsSource): void {
  tally.total += 1;
  tally.byState[request.state] = (tally.byState[request.state] ?? 0) + 1;
  const category = tally.byCategory[request.categoryId] ?? { name: request.categoryName, count: 0 };
  category.count += 1;
  tally.byCategory[request.categoryId] = category;
  // 已解释 / 纳入规划 are counted apart: neither 办结率 nor 满意率 takes them (nor their ratings).
  const outcome = ended(request) ? request.resolution?.kind : undefined;
  if (outcome) tally[outcome] = (tally[outcome] ?? 0) + 1;
  const rated = request.rating !== null && !outcome;
  if (rated) {
    tally.rated += 1;
    tally.starsSum += request.rating!.stars;
  }
  const notSolved = request.notSolvedCount > 0;
  if (notSolved) tally.notSolved += 1;
  if (rated || notSolved) tally.feedback += 1;
  if (!isFinished(request)) return;
  const onTime = !wasOverdue(request);
  tally.finished += 1;
  if (onTime) tally.onTime += 1;
  tally.resolveMsSum += request.resolvedAt!.getTime() - request.createdAt.getTime();
  const by = request.resolution?.by;
  if (by && by.id) {
    const member = tally.members[by.id] ?? { name: by.name, finished: 0, onTime: 0, rated: 0, starsSum: 0 };
    member.finished += 1;
    if (onTime) member.onTime += 1;
    if (rated) {
      member.rated += 1;
      member.starsSum += request.rating!.stars;
    }
    tally.members[by.id] = member;
  }
}

export function tallyRequests(requests: StatsSource[]): StatsTally {
  const tally = emptyTally();
  for (const request of requests) addToTally(tally, request);
  return tally;
}

/** Sums tallies (several months, several grids); a member keeps the first grid named. */
export function mergeTallies(tallies: StatsTally[]): StatsTally {
  const total = emptyTally();
  for (const t of tallies) {
    total.total += t.total;
    for (const [state, n] of Object.entries(t.byState)) {
      const key = state as keyof StatsTally['byState'];
      total.byState[key] = (total.byState[key] ?? 0) + (n ?? 0);
    }
    for (const [id, c] of Object.entries(t.byCategory)) {
      const into = total.byCategory[id] ?? { name: c.name, count: 0 };
      into.count += c.count;
      total.byCategory[id] = into;
    }
    total.finished += t.finished;
    total.onTime += t.onTime;
    total.resolveMsSum += t.resolveMsSum;
    total.rated += t.rated;
    total.starsSum += t.starsSum;
    total.feedback += t.feedback;
    total.notSolved += t.notSolved;
    total.explained = (total.explained ?? 0) + (t.explained ?? 0);
    total.planned = (total.planned ?? 0) + (t.planned ?? 0);
    for (const [id, m] of Object.entries(t.members)) {
      const into = total.members[id] ?? { name: m.name, finished: 0, onTime: 0, rated: 0, starsSum: 0 };
      if (into.grid === undefined && m.grid !== undefined) into.grid = m.grid;
      into.finished += m.finished;
      into.onTime += m.onTime;
      into.rated += m.rated;
      into.starsSum += m.starsSum;
      total.members[id] = into;
    }
  }
  return total;
}
