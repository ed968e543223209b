import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { loadProfile } from './loadProfile';

export const setPreferences = defineAction('users', 'setPreferences', {
  access: 'everyone',
  async run({ elderMode }, { db, caller }) {
    await db.collection(COLLECTIONS.users).doc(caller._id).update({ data: { elderMode } });
    return loadProfile(db, { ...caller, elderMode });
  },
});
