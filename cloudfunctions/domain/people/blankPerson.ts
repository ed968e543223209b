import type { User } from './User';

/** A person with nothing known yet but their id: no roles, grid, duties or tags. */
export function blankPerson(id: string, now: Date): User {
  return {
    _id: id,
    name: '',
    phone: '',
    contactPhone: null,
    rosterName: null,
    roles: [],
    homeGridId: null,
    householdTags: [],
    gridDuties: [],
    nodeDuties: [],
    staffScopeId: null,
    elderMode: false,
    createdAt: now,
  };
}
