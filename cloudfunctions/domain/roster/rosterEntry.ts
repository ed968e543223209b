import { blankPerson } from '../people/blankPerson';
import type { User } from '../people/User';
import { withGridDuty } from './withGridDuty';

/** What one checked row of a roster says about one person. */
export interface RosterEntry {
  /** The person it writes: someone already known by the phone, or `roster-<phone>`. */
  personId: string;
  phone: string;
  name: string;
  gridId: string;
  role: 'gridMember' | 'resident';
  /** A grid member's duty in the grid (empty for a resident). */
  categoryIds: string[];
  firstResponsible: boolean;
}

/**
 * The person as the row makes them, from how they are now (null: nobody yet):
 * named as in the file; a resident's home is the grid; a grid member's duty
 * in that grid is the row's (their others stay). Nothing else changes, so a
 * change made to them meanwhile by anyone else is kept.
 */
export function applyRosterEntry(person: User | null, entry: RosterEntry, now: Date): User {
  const known = person ?? { ...blankPerson(entry.personId, now), phone: entry.phone };
  const named: User = {
    ...known,
    name: entry.name,
    rosterName: entry.name,
    homeGridId: entry.role === 'resident' ? entry.gridId : (known.homeGridId ?? entry.gridId),
  };
  if (entry.role === 'gridMember') {
    return withGridDuty(named, {
      gridId: entry.gridId,
      title: '网格员',
      categoryIds: entry.categoryIds,
      firstResponsible: entry.firstResponsible,
    });
  }
  return { ...named, roles: named.roles.includes('resident') ? named.roles : [...named.roles, 'resident' as const] };
}
