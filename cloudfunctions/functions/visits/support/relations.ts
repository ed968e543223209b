import type { User } from '../../../domain/people/User';
import { DomainError } from '../../../domain/shared/DomainError';
import {
  householdRole,
  isCadre,
  isStaffOver,
  requireHouseholdRole,
  requirePlaceReader,
  requireVisitReader,
  servesGrid,
  visitRole,
  type HouseholdRole,
  type VisitRole,
} from '../../../domain/visits/access';
import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import { chainOf } from './places';
import type { Household } from '../../../domain/visits/Household';
import type { Visit } from '../../../domain/visits/Visit';
import type { Database } from '../../../shared/cloud';
import { findGridCaretakers, findHousehold, findVisit, gridsCaredBy, householdsByIds } from './store';

/**
 * How a person stands to a household. The grid's 包保 cadres are read only
 * when the cheaper relations (keeper, paired) do not already decide it.
 */
export async function householdRoleOf(db: Database, person: User, household: Household): Promise<HouseholdRole | null> {
  const direct = householdRole(person, household);
  if ((direct !== null && direct !== 'member') || !isCadre(person)) return direct;
  const beat = await findGridCaretakers(db, household.gridId);
  return householdRole(person, household, beat?.cadreIds.includes(person._id) ? [household.gridId] : []);
}

/** The household, if the person may act on it as one of `allowed`. */
export async function loadHouseholdAs(
  db: Database,
  person: User,
  householdId: string,
  allowed: readonly HouseholdRole[],
): Promise<{ household: Household; role: HouseholdRole }> {
  const household = await findHousehold(db, householdId);
  if (!household) throw new DomainError('NOT_FOUND', '没有找到这户的民情档案，请返回刷新');
  const role = requireHouseholdRole(await householdRoleOf(db, person, household), allowed);
  return { household, role };
}

/** The grids a cadre looks after (包保); none for anyone else. */
export async function beatGridIdsOf(db: Database, person: User): Promise<string[]> {
  if (!isCadre(person)) return [];
  return (await gridsCaredBy(db, person._id)).map((doc) => doc._id);
}

/**
 * How a person stands to a visit: its author, a supervisor, a member of its
 * grid, or a cadre who looks after one of its households (read only when
 * nothing cheaper decides it).
 */
export async function visitRoleOf(db: Database, person: User, visit: Visit): Promise<VisitRole | null> {
  const direct = visitRole(person, visit);
  if (direct !== null || !isCadre(person)) return direct;
  const households = await householdsByIds(db, visit.householdIds);
  if ([...households.values()].some((h) => h.cadreIds.includes(person._id))) return 'caretaker';
  const beat = await findGridCaretakers(db, visit.gridId);
  return visitRole(person, visit, beat?.cadreIds.includes(person._id) ?? false);
}

/** The visit, if the person may read it. */
export async function loadVisitAs(db: Database, person: User, visitId: string): Promise<{ visit: Visit; role: VisitRole }> {
  const visit = await findVisit(db, visitId);
  if (!visit) throw new DomainError('NOT_FOUND', '没有找到这条走访记录');
  return { visit, role: requireVisitReader(await visitRoleOf(db, person, visit)) };
}

/**
 * Lists of a place (households, who needs a visit, diaries): staff over it,
 * or for a grid its members and its 包保 cadres (read only when needed).
 */
export async function requireReaderOf(db: Database, person: User, place: JurisdictionNode): Promise<void> {
  const chain = chainOf(place);
  if (isStaffOver(person, chain) || servesGrid(person, place._id)) return;
  const beats = place.level === 'grid' ? await beatGridIdsOf(db, person) : [];
  requirePlaceReader(person, { id: place._id, placeIds: chain }, beats);
}
