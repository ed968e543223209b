import { DomainError } from '../shared/DomainError';
import { refOf, type Person } from './Person';
import type { ProblemInput } from './recordVisit';
import type { Visit, VisitLogEntry, VisitProblem } from './Visit';
import { VISIT_LIMITS } from './vocabulary';

/**
 * Problems found at the door become 诉求 filed as 代办 for the household.
 * The problem is stored on the visit first (nothing is lost if filing
 * fails), then marked with the request it became, so each is filed once.
 */

/** Only the cadre who made the visit reports what they found there. */
export function requireAuthor(visit: Pick<Visit, 'cadreId'>, person: Pick<Person, '_id'>): void {
  if (visit.cadreId !== person._id) throw new DomainError('FORBIDDEN', '只有走访的干部本人可以把走访中发现的问题转为诉求');
}

/** A problem added after the visit was recorded (from its page). Null when the key is already there (a retry). */
export function addProblem(visit: Visit, problem: ProblemInput, now: Date): VisitProblem | null {
  const existing = visit.problems.find((p) => p.key === problem.key);
  if (existing) return null;
  if (!visit.householdIds.includes(problem.householdId)) {
    throw new DomainError('INVALID_INPUT', '发现的问题要属于这次走访的住户', [{ path: 'householdId', message: '不在这次走访的住户里' }]);
  }
  if (visit.problems.length >= VISIT_LIMITS.problemsPerVisit) {
    throw new DomainError('INVALID_INPUT', `一次走访最多转${VISIT_LIMITS.problemsPerVisit}件诉求`);
  }
  return { ...problem, requestId: null, requestCode: null, error: null, at: now };
}

/** The problems still to file: not yet a request. */
export function unfiledProblems(visit: Pick<Visit, 'problems'>): VisitProblem[] {
  return visit.problems.filter((p) => p.requestId === null);
}

export function filedEntry(by: Person, problem: Pick<VisitProblem, 'key'>, code: string, now: Date): VisitLogEntry {
  return { at: now, by: refOf(by), kind: 'problemFiled', what: `发现的问题已转为诉求 ${code}`, opId: `filed-${problem.key}` };
}
