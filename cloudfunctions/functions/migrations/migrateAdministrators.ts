import { administratorsAreStaff } from '../../domain/people/administratorsAreStaff';
import type { User } from '../../domain/people/User';
import { getDatabase } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { conditionalUpdate } from '../../shared/conditionalUpdate';
import { readAllPages } from '../../shared/readAllPages';

export interface AdministratorMigration {
  /** Administrators who were not staff: made staff of their scope, or (without one) no longer administrators. */
  administratorsRepaired: number;
  done: boolean;
}

/**
 * Person records from before every administrator had to be staff too (an
 * administrator whose staff scope was ended kept `admin`). Each repair is one
 * conditional update that adds or removes one role, so a change made
 * meanwhile is never overwritten, and running it again changes nothing.
 */
export async function migrateAdministrators(): Promise<AdministratorMigration> {
  const db = getDatabase();
  const _ = db.command;
  const users = db.collection(COLLECTIONS.users);
  const notStaff = _.and([{ roles: 'admin' }, { roles: _.nin(['staff']) }]);
  const people = await readAllPages<Pick<User, '_id' | 'roles' | 'staffScopeId'>>(db, COLLECTIONS.users, notStaff, {
    fields: { roles: true, staffScopeId: true },
  });
  let administratorsRepaired = 0;
  for (const person of people) {
    const repaired = administratorsAreStaff(person);
    // Roles show on screens: the person's version moves on with them.
    const roles = repaired.roles.includes('staff') ? _.push(['staff']) : _.pull('admin');
    const update = { roles, version: _.inc(1) };
    const unchanged = users.where(_.and([{ _id: person._id, staffScopeId: person.staffScopeId }, notStaff]));
    if (await conditionalUpdate(unchanged, update)) administratorsRepaired += 1;
  }
  return { administratorsRepaired, done: true };
}
