import { isIn } from '../people/audiences';
import type { Role } from '../people/vocabulary';

export interface StaffMember {
  id: string;
  roles: Role[];
  scopeId: string | null;
}

/**
 * Who hears about a place's duty queue and overdue work: the staff whose
 * jurisdiction is that place; if it has none, the nearest level above that
 * has some (the county's staff for a township without any).
 */
export function staffToAlert(staff: StaffMember[], placeIds: string[], nodeId: string): string[] {
  const upTo = placeIds.indexOf(nodeId);
  const chain = upTo >= 0 ? placeIds.slice(0, upTo + 1) : [nodeId];
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const here = staff.filter((person) => isIn(person, 'staff') && person.scopeId === chain[i]).map((p) => p.id);
    if (here.length > 0) return [...new Set(here)];
  }
  return [];
}
