import type { User } from '../../../domain/people/User';
import type { Household } from '../../../domain/visits/Household';
import { householdAfterVisit } from '../../../domain/visits/recordVisit';
import type { Visit } from '../../../domain/visits/Visit';
import type { VisitRules } from '../../../domain/visits/VisitRules';
import type { Database } from '../../../shared/cloud';
import { fileProblems } from './fileProblems';
import { addVisitDay, findHousehold, writeVisitState } from './store';

/** A household written meanwhile is read again; after this many tries the next visit moves it on. */
const TRIES = 3;

async function moveHouseholdOn(db: Database, household: Household, visit: Visit, rules: VisitRules): Promise<void> {
  let current: Household | null = household;
  for (let attempt = 0; attempt < TRIES && current; attempt += 1) {
    const fields = householdAfterVisit(current, visit, rules);
    if (!fields || (await writeVisitState(db, current, fields))) return;
    current = await findHousehold(db, current._id);
  }
}

/**
 * What follows a recorded visit, each step safe to repeat (a resend runs
 * them again and changes only what the first run did not reach): the
 * households' last visit and due dates move on, the day counts for the
 * cadre, the problems found become requests. Returns the visit as it stands.
 */
export async function afterVisit(
  db: Database,
  cadre: User,
  visit: Visit,
  households: ReadonlyMap<string, Household>,
  rules: VisitRules,
  now: Date,
): Promise<Visit> {
  for (const id of visit.householdIds) {
    const household = households.get(id);
    if (household) await moveHouseholdOn(db, household, visit, rules);
  }
  await addVisitDay(db, visit.cadreId, Number(visit.day.slice(0, 4)), visit.day);
  return fileProblems(db, cadre, visit, households, now);
}
