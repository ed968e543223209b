import type { User } from './User';

/**
 * A first-time visitor becomes a resident of the grid they chose. Nobody can
 * give themselves any other role: those are granted by staff.
 */
export function registerResident(openid: string, gridId: string, now: Date): User {
  return {
    _id: openid,
    name: '',
    phone: '',
    roles: ['resident'],
    homeGridId: gridId,
    householdTags: [],
    gridDuties: [],
    nodeDuties: [],
    staffScopeId: null,
    elderMode: false,
    createdAt: now,
  };
}
