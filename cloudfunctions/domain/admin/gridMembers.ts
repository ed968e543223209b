import type { GridDuty, User } from '../people/User';

export interface GridMember {
  person: User;
  /** The person's duties in this grid (usually one). */
  duties: GridDuty[];
}

/** The people on duty in a grid with their duties there: 第一责任人 first, then by name. */
export function gridMembers(people: User[], gridId: string): GridMember[] {
  return people
    .map((person) => ({ person, duties: person.gridDuties.filter((duty) => duty.gridId === gridId) }))
    .filter((member) => member.duties.length > 0)
    .sort((a, b) => {
      const first = (member: GridMember) => (member.duties.some((duty) => duty.firstResponsible) ? 0 : 1);
      return first(a) - first(b) || a.person.name.localeCompare(b.person.name, 'zh-CN');
    });
}
