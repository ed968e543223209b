import { ERROR_MESSAGES } from '../../../domain/shared/errorCodes';
import type { User } from '../../../domain/people/User';
import { headOf, householdLabel, type Household } from '../../../domain/visits/Household';
import { filedEntry, unfiledProblems } from '../../../domain/visits/problems';
import type { Visit, VisitProblem } from '../../../domain/visits/Visit';
import { callAction } from '../../../shared/callAction';
import type { Database } from '../../../shared/cloud';
import { findVisit, householdsByIds, markProblemFailed, markProblemFiled } from './store';

const NOT_REACHED = '暂时没能转为诉求，请稍后在走访记录里点“重新提交”';

/** At most `max` characters (the request's fields are bounded; the visit keeps the whole). */
const cut = (text: string, max: number) => [...text].slice(0, max).join('');

/** The member to reach about the request: the head if they have a phone, else the first member who has one. */
function contactOf(household: Household): { name: string; phone: string } | null {
  const head = headOf(household);
  const member = [head, ...household.members].find((m) => m !== undefined && m.phone !== '');
  return member ? { name: member.name, phone: member.phone } : null;
}

/**
 * Files one problem as a 诉求 (代办) for its household through the requests
 * function, so it is routed, timed and notified like any other; the request
 * records the visit, then the visit the request. The key makes a retry file
 * nothing twice. A refusal is kept on the problem for the cadre to act on.
 */
async function fileOne(
  db: Database,
  filer: User,
  visit: Visit,
  index: number,
  problem: VisitProblem,
  household: Household | undefined,
  now: Date,
): Promise<void> {
  const contact = household ? contactOf(household) : null;
  if (!household || !contact) {
    await markProblemFailed(db, visit._id, index, problem.key, ERROR_MESSAGES.HOUSEHOLD_NO_PHONE);
    return;
  }
  const where = `${household.group}${household.address}`.trim();
  let answer;
  try {
    answer = await callAction('requests', 'fileOnBehalf', {
      clientKey: problem.key,
      gridId: household.gridId,
      categoryId: problem.categoryId,
      text: problem.text,
      photos: [],
      publicName: false,
      residentName: contact.name,
      household: cut(householdLabel(household), 60),
      residentPhone: contact.phone,
      visitId: visit._id,
      ...(where ? { location: { address: cut(where, 100) } } : {}),
    });
  } catch (error) {
    console.warn(`[visits] problem ${problem.key} of visit ${visit._id} not filed`, error);
    await markProblemFailed(db, visit._id, index, problem.key, NOT_REACHED);
    return;
  }
  if (!answer.ok) {
    await markProblemFailed(db, visit._id, index, problem.key, answer.message);
    return;
  }
  const request = { id: answer.data.request.id, code: answer.data.request.code };
  await markProblemFiled(db, visit._id, index, problem.key, request, filedEntry(filer, problem, request.code, now));
}

/** Files every problem of the visit not yet a request; the visit as it then stands. */
export async function fileProblems(
  db: Database,
  filer: User,
  visit: Visit,
  known: ReadonlyMap<string, Household>,
  now: Date,
): Promise<Visit> {
  const waiting = unfiledProblems(visit);
  if (waiting.length === 0) return visit;
  const missing = waiting.map((p) => p.householdId).filter((id) => !known.has(id));
  const households = missing.length > 0 ? new Map([...known, ...(await householdsByIds(db, missing))]) : known;
  for (const problem of waiting) {
    const index = visit.problems.findIndex((p) => p.key === problem.key);
    await fileOne(db, filer, visit, index, problem, households.get(problem.householdId), now);
  }
  return (await findVisit(db, visit._id)) ?? visit;
}
