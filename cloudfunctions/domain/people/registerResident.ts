import { blankPerson } from './blankPerson';
import type { User } from './User';

/**
 * A first-time visitor becomes a resident of the grid they chose. Nobody can
 * give themselves any other role: those are granted by staff.
 */
export function registerResident(openid: string, gridId: string, now: Date): User {
  return { ...blankPerson(openid, now), roles: ['resident'], homeGridId: gridId };
}
