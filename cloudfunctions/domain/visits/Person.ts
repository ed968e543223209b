import type { PersonRole } from './vocabulary';

/**
 * What the visits rules need to know about a person (a user record has all
 * of it): who they are, their roles, the grids they serve and the place
 * they are staff of.
 */
export interface Person {
  _id: string;
  name: string;
  phone: string;
  roles: PersonRole[];
  gridDuties: Array<{ gridId: string; title: string; firstResponsible: boolean }>;
  staffScopeId: string | null;
}

/** A person as records name them: id and name at the time. */
export interface PersonRef {
  id: string;
  name: string;
}

export function refOf(person: Pick<Person, '_id' | 'name'>): PersonRef {
  return { id: person._id, name: person.name };
}
