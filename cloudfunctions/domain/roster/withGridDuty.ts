import type { GridDuty, User } from '../people/User';

/**
 * The person with `duty` as their duty in its grid, replacing the one they
 * had there: setting the same duty twice changes nothing. Being on duty in a
 * grid makes them a grid member.
 */
export function withGridDuty(person: User, duty: GridDuty): User {
  const others = person.gridDuties.filter((held) => held.gridId !== duty.gridId);
  const roles = person.roles.includes('gridMember') ? person.roles : [...person.roles, 'gridMember' as const];
  return { ...person, roles, gridDuties: [...others, duty] };
}
