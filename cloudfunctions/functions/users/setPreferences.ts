import type { User } from '../../domain/people/User';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { loadProfile } from './support/loadProfile';
import { setElderMode } from './support/store';

export const setPreferences = defineAction('users', 'setPreferences', {
  access: 'everyone',
  async run({ elderMode, save }, { db, caller, now }) {
    if (await setElderMode(db, caller._id, { elderMode, save, at: now })) {
      return loadProfile(db, caller._id, { ...caller, elderMode, elderModeSetAt: now, elderModeSave: save });
    }
    // A later tap from this phone is stored: the answer says what the server holds.
    return loadProfile(db, caller._id, await findById<User>(db, COLLECTIONS.users, caller._id));
  },
});
