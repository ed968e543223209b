import type { User } from './User';

/** How to reach a person by phone, and whether WeChat (or the roster) vouches for the number. */
export interface Reach {
  /** '' when there is no number at all. */
  phone: string;
  verified: boolean;
}

/** The verified number when there is one, else the one the person typed (contact only). */
export function reachOf(person: Pick<User, 'phone' | 'contactPhone'>): Reach {
  if (person.phone) return { phone: person.phone, verified: true };
  return { phone: person.contactPhone ?? '', verified: false };
}

/** Whether the person has told us how to reach them, or that they leave no number: the form asks only once. */
export function contactAnswered(person: Pick<User, 'phone' | 'contactPhone'>): boolean {
  return person.phone !== '' || (person.contactPhone !== null && person.contactPhone !== undefined);
}
