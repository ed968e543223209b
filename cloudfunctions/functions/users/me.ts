import { defineAction } from '../../shared/defineAction';
import { finishMove } from './support/finishMove';
import { loadProfile } from './support/loadProfile';

export const me = defineAction('users', 'me', {
  access: 'visitor',
  async run(_input, { db, caller, openid, now }) {
    // A take-over cut short by a crash is finished the next time the person opens the app.
    await finishMove(db, caller, now);
    return loadProfile(db, openid, caller);
  },
});
