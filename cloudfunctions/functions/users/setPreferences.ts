import { defineAction } from '../../shared/defineAction';
import { loadProfile } from './support/loadProfile';
import { setElderMode } from './support/store';

export const setPreferences = defineAction('users', 'setPreferences', {
  access: 'everyone',
  async run({ elderMode }, { db, caller, now }) {
    await setElderMode(db, caller._id, elderMode, now);
    return loadProfile(db, { ...caller, elderMode, elderModeSetAt: now });
  },
});
