import { isStaffOver } from '../jurisdiction/isStaffOver';
import { DomainError } from '../shared/DomainError';
import type { Person } from './Person';

/**
 * Who may do what with households and visits. A household is kept (recorded,
 * edited) by the members of its grid and the staff over it; the cadres who
 * look after it (结对, or 包保 of its grid) visit it too; a resident linked as
 * a member sees their own household. Anyone else is outside it.
 */
export type HouseholdRole = 'keeper' | 'caretaker' | 'member';

export interface HouseholdPlace {
  gridId: string;
  placeIds: readonly string[];
  cadreIds: readonly string[];
  memberUserIds: readonly string[];
}

export function servesGrid(person: Pick<Person, 'roles' | 'gridDuties'>, gridId: string): boolean {
  return person.roles.includes('gridMember') && person.gridDuties.some((duty) => duty.gridId === gridId);
}

export { isStaffOver };

/** Grid members on duty somewhere and staff with a place: the people who visit households. */
export function isCadre(person: Pick<Person, 'roles' | 'gridDuties' | 'staffScopeId'>): boolean {
  const gridMember = person.roles.includes('gridMember') && person.gridDuties.length > 0;
  const staff = person.roles.includes('staff') && person.staffScopeId !== null;
  return gridMember || staff;
}

/** May record and edit households of this grid. */
export function keepsPlace(person: Person, gridId: string, placeIds: readonly string[]): boolean {
  return servesGrid(person, gridId) || isStaffOver(person, placeIds);
}

/**
 * How the person stands to the household, the closest relation first.
 * `beatGridIds`: the grids the person looks after (包保).
 */
export function householdRole(person: Person, household: HouseholdPlace, beatGridIds: readonly string[] = []): HouseholdRole | null {
  if (keepsPlace(person, household.gridId, household.placeIds)) return 'keeper';
  if (household.cadreIds.includes(person._id) || beatGridIds.includes(household.gridId)) return 'caretaker';
  if (household.memberUserIds.includes(person._id)) return 'member';
  return null;
}

/** Refuses anyone outside the household, and those inside it whose relation is not allowed. */
export function requireHouseholdRole(role: HouseholdRole | null, allowed: readonly HouseholdRole[]): HouseholdRole {
  if (role === null) throw new DomainError('OUT_OF_JURISDICTION');
  if (!allowed.includes(role)) throw new DomainError('FORBIDDEN');
  return role;
}

/** Keepers and the cadres who look after it see members' phones in full (the handling chain). */
export function seesFullPhones(role: HouseholdRole | null): boolean {
  return role === 'keeper' || role === 'caretaker';
}

/** May keep households of a place: grid members for their grids, staff for their subtree. */
export function requireKeeper(person: Person, gridId: string, placeIds: readonly string[]): void {
  if (!keepsPlace(person, gridId, placeIds)) throw new DomainError('OUT_OF_JURISDICTION');
}

/** Lists of a place (households, who needs a visit, diaries): staff over it, or the grid's own members and 包保 cadres. */
export function requirePlaceReader(
  person: Person,
  place: { id: string; placeIds: readonly string[] },
  beatGridIds: readonly string[] = [],
): void {
  if (isStaffOver(person, place.placeIds)) return;
  if (servesGrid(person, place.id) || beatGridIds.includes(place.id)) return;
  throw new DomainError('OUT_OF_JURISDICTION');
}

export type VisitRole = 'author' | 'supervisor' | 'keeper' | 'caretaker';

export interface VisitPlace {
  cadreId: string;
  gridId: string;
  placeIds: readonly string[];
}

/**
 * How the person stands to a visit: its author, a supervisor (staff over
 * its place, 调阅), a member of its grid, or a cadre who looks after one of
 * its households (`caresForOne`, decided by the caller from the households).
 */
export function visitRole(person: Person, visit: VisitPlace, caresForOne = false): VisitRole | null {
  if (visit.cadreId === person._id) return 'author';
  if (isStaffOver(person, visit.placeIds)) return 'supervisor';
  if (servesGrid(person, visit.gridId)) return 'keeper';
  return caresForOne ? 'caretaker' : null;
}

export function requireVisitReader(role: VisitRole | null): VisitRole {
  if (role === null) throw new DomainError('OUT_OF_JURISDICTION');
  return role;
}

/** 回访 is a supervisor's check on someone else's visit. */
export function requireSupervisorOf(role: VisitRole | null): void {
  if (role === 'supervisor') return;
  if (role === 'author') throw new DomainError('FORBIDDEN', '不能回访自己的走访记录，请由上级回访');
  throw new DomainError(role === null ? 'OUT_OF_JURISDICTION' : 'FORBIDDEN');
}

/** The county's administrator edits its tags, rules and quotas. */
export function requireRulesAdmin(person: Person, countyId: string): void {
  if (!person.roles.includes('admin')) throw new DomainError('FORBIDDEN');
  if (person.staffScopeId !== countyId) throw new DomainError('OUT_OF_JURISDICTION', '户类、走访周期和走访天数由县里的系统管理员设置');
}
