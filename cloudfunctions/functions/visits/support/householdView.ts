import type { HouseholdDetailDto, HouseholdStep } from '../../../contract/visits';
import type { User } from '../../../domain/people/User';
import { isCadre, isStaffOver, type HouseholdRole } from '../../../domain/visits/access';
import type { Household } from '../../../domain/visits/Household';
import type { Database } from '../../../shared/cloud';
import { caretakersOfOne } from './caretakers';
import { loadPlaceNames } from './places';
import { peopleByIds, visitsOfHousehold } from './store';
import { householdDetail } from './toDto';

/** The latest visits a household page shows. */
const RECENT_VISITS = 10;

function stepsFor(person: User, household: Household, role: HouseholdRole, now: Date): HouseholdStep[] {
  const steps: HouseholdStep[] = [];
  if (role === 'keeper') steps.push('edit');
  if ((role === 'keeper' || role === 'caretaker') && isCadre(person)) steps.push('visit');
  if (isStaffOver(person, household.placeIds)) {
    steps.push('assign');
    if (household.dueAt && new Date(household.dueAt).getTime() <= now.getTime()) steps.push('remind');
  }
  return steps;
}

/** The household page for a keeper or a cadre who looks after it: members, cadres with phones, recent visits, log, steps. */
export async function householdPage(
  db: Database,
  person: User,
  household: Household,
  role: HouseholdRole,
  now: Date,
): Promise<HouseholdDetailDto> {
  const [caretakers, cadres, visits, names] = await Promise.all([
    caretakersOfOne(db, household),
    peopleByIds(
      db,
      household.cadres.map((c) => c.id),
    ),
    visitsOfHousehold(db, household._id, RECENT_VISITS),
    loadPlaceNames(db, [household.placeIds]),
  ]);
  const phones = new Map([...cadres].map(([id, user]) => [id, user.phone]));
  return householdDetail(household, { role, names, phones, caretakers, visits, allowed: stepsFor(person, household, role, now), now });
}
