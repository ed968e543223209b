import { isWithinScope } from '../jurisdiction/isWithinScope';
import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import type { User } from '../people/User';
import { isIn } from '../people/audiences';
import { DomainError } from '../shared/DomainError';

/** The places that tie a person to a jurisdiction: their home grid, their staff scope and the grids they serve. */
export function placeIdsOf(person: Pick<User, 'homeGridId' | 'staffScopeId' | 'gridDuties'>): string[] {
  const ids = [person.homeGridId, person.staffScopeId, ...person.gridDuties.map((duty) => duty.gridId)];
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}

/**
 * Of the people known by a phone number, those an administrator may see
 * and appoint: who live, are staff or serve a grid within the
 * administrator's jurisdiction. Nobody there: NOT_FOUND, whether or not
 * the number is known elsewhere — an administrator of one village learns
 * nothing about who has registered in another.
 */
export function peopleWithin(
  caller: Pick<User, 'roles' | 'staffScopeId'>,
  people: User[],
  places: Array<Pick<JurisdictionNode, '_id' | 'ancestorIds'>>,
): User[] {
  if (!isIn(caller, 'administrators')) throw new DomainError('FORBIDDEN');
  const scopeId = caller.staffScopeId;
  const within = people.filter((person) =>
    placeIdsOf(person).some((id) => {
      const place = places.find((candidate) => candidate._id === id);
      return scopeId !== null && place !== undefined && isWithinScope(place, scopeId);
    }),
  );
  if (!within.length)
    throw new DomainError('NOT_FOUND', '您管理的范围内没有用这个号码登记的人。请核对号码，或请他先在小程序里登记，或用花名册导入');
  return within;
}
